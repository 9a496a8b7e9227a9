"""`a2e batch run` and `a2e batch status`: bulk runs from a jobs file, resumable (a2e.batch)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import click

from a2e import defaults

from . import exits
from .output import emit_line, json_text, one_line, say
from .settings import Settings, sendable_texts
from .waiting import MAX_POLL_PAUSE, Seconds

if TYPE_CHECKING:
    from a2e.batch import JobResult, Progress, Summary

# A log gets a line of counts at most this often (and one line per job that ends).
LOG_EVERY = 10.0
# Jobs shown in the final table; the JSON lines on stdout hold every one.
TABLE_ROWS = 30
ORDER = ("finished", "failed", "unknown", "started", "starting", "pending", "invalid")
STYLES = {"finished": "green", "failed": "red", "unknown": "magenta", "invalid": "red"}


def shown(text: str) -> str:
    """`text` on one line, with every character a terminal would act on (an escape sequence,
    a bidi override) written as its escape: A2E's messages and the jobs' names are not ours."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in one_line(text)
    )


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def counts_line(progress: Progress) -> str:
    counts = ", ".join(f"{progress.counts[s]} {s}" for s in ORDER if progress.counts.get(s))
    eta = f", about {_duration(progress.eta)} left" if progress.eta is not None else ""
    rate = f"{progress.rate:.1f}/min" if progress.rate else "no job ended yet"
    spent = f", {progress.spent:g} credits" if progress.spent else ""
    note = f"; {shown(progress.note)}" if progress.note else ""
    return f"{progress.total} jobs: {counts}; {rate}{eta}{spent}{note}"


def _ended(job: JobResult) -> str | None:
    if job.state == "finished":
        files = f" ({len(job.files)} file(s))" if job.files else ""
        return shown(f"line {job.line} finished: task {job.task_id}{files}")
    if job.state in ("failed", "unknown"):
        return shown(f"line {job.line} {job.state}: {job.error or job.status}")
    return None


class PlainProgress:
    """Lines on stderr for a log: one per job that ends, and the counts now and then."""

    def __init__(self) -> None:
        self.last = 0.0

    def __enter__(self) -> PlainProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __call__(self, progress: Progress) -> None:
        for job in progress.changed:
            line = _ended(job)
            if line is not None:
                say(line)
        now = time.monotonic()
        if now - self.last >= LOG_EVERY:
            self.last = now
            say(counts_line(progress))


class LiveProgress:
    """A line of counts redrawn in place on a terminal, with the rate, the time left and why
    the run is slowed down, if it is."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.live import Live
        from rich.text import Text

        self.console = Console(stderr=True)
        self.live = Live(Text("starting..."), console=self.console, refresh_per_second=4)

    def __enter__(self) -> LiveProgress:
        self.live.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.live.stop()

    def __call__(self, progress: Progress) -> None:
        from rich.text import Text

        for job in progress.changed:
            if job.state in ("failed", "unknown"):
                self.console.print(Text(f"a2e: {_ended(job)}", style=STYLES[job.state]))
        text = Text(counts_line(progress), style="bold")
        text.append("\nCtrl-C stops starting and waiting; the same command continues", style="dim")
        self.live.update(text)


def _table(summary: Summary) -> Any:
    from rich.table import Table
    from rich.text import Text

    title = Text(shown(f"{summary.target} ({summary.journal})"))
    table = Table(title=title, title_justify="left")
    for column in ("job", "task id", "status", "files", "error"):
        table.add_column(column, overflow="fold")
    rank = {state: index for index, state in enumerate(reversed(ORDER))}
    jobs = sorted(summary.jobs, key=lambda job: (rank.get(job.state, 0), job.line))
    for job in sorted(jobs[:TABLE_ROWS], key=lambda job: job.line):
        label = f"line {job.line}" + (f" {job.name}" if job.name else "")
        status = job.state if job.status is None else f"{job.state} ({job.status})"
        cells = (label, job.task_id or "", status, " ".join(job.files), job.error or "")
        table.add_row(*(Text(shown(cell)) for cell in cells), style=STYLES.get(job.state, ""))
    return table


def report(summary: Summary) -> None:
    """Every job as a JSON line on stdout; the table and the credits on stderr."""
    for job in summary.jobs:
        emit_line(json_text(job.to_dict()))
    from rich.console import Console

    # Nothing printed here is markup: a name or a message with [brackets] prints as it is.
    console = Console(stderr=True, soft_wrap=False, markup=False, highlight=False)
    console.print(_table(summary))
    if len(summary.jobs) > TABLE_ROWS:
        console.print(f"(the {TABLE_ROWS} jobs above first; every job is a JSON line on stdout)")
    counts = summary.counts
    console.print(", ".join(f"{counts[s]} {s}" for s in ORDER if counts.get(s)) or "no jobs")
    console.print(f"credits the journal's tasks say they cost: {summary.spent:g}")
    if summary.credits_before is not None or summary.credits_after is not None:
        before = "?" if summary.credits_before is None else f"{summary.credits_before:g}"
        after = "?" if summary.credits_after is None else f"{summary.credits_after:g}"
        console.print(
            f"account credits before the run: {before}, after: {after} "
            "(other use of the account shows there too)"
        )
    if summary.in_use:
        console.print("a run is using this journal now")
    if summary.budget_reached:
        console.print(
            f"budget of {summary.budget:g} credits reached: pending jobs were not started"
        )
    if summary.still_running:
        lines = " ".join(str(line) for line in summary.still_running)
        console.print(
            f"still running at A2E past --task-timeout (lines {lines}): rerun to follow them"
        )


def exit_code(summary: Summary) -> int:
    if any(job.state == "failed" for job in summary.jobs):
        return exits.TASK_FAILED
    return exits.OK if summary.complete else exits.INCOMPLETE


@click.group()
def batch() -> None:
    """Run many tasks from a file, resumably (a2e batch run --help).

    \b
    a2e batch run jobs.jsonl --section face-swap --journal run.db --out results/
    a2e batch status --journal run.db
    """


@batch.command()
@click.argument("jobs", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--section",
    required=True,
    callback=sendable_texts,
    help="The section whose start runs each job (face-swap, nano-banana...).",
)
@click.option(
    "--operation",
    default="start",
    show_default=True,
    callback=sendable_texts,
    help="The section's start method (start, start-preview...).",
)
@click.option(
    "--journal",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The run's SQLite journal: created on the first run, continued by a rerun.",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the finished jobs' result files.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=defaults.BATCH_CONCURRENCY,
    show_default=True,
    help="Tasks of this run running at A2E at once at most.",
)
@click.option(
    "--budget",
    type=click.FloatRange(min=0, min_open=True),
    metavar="CREDITS",
    help="Start no job once the journal's tasks have cost this much (running ones finish).",
)
@click.option("--skip-invalid", is_flag=True, help="Start the valid jobs when some are not.")
@click.option("--retry-failed", is_flag=True, help="Start failed jobs again.")
@click.option(
    "--restart-unknown",
    is_flag=True,
    help="Start again jobs whose start may have reached A2E but cannot be looked up.",
)
@click.option(
    "--task-timeout",
    type=Seconds(),
    metavar="SECONDS",
    default=defaults.WAIT_TIMEOUT,
    show_default=True,
    help="Seconds to follow each task; past it, it is left running.",
)
@click.option(
    "--poll-interval",
    type=Seconds(),
    metavar="SECONDS",
    default=1.0,
    show_default=True,
    help="Seconds before the first read; later pauses grow to 20 s.",
)
@click.pass_obj
def run(
    settings: Settings,
    jobs: Path,
    section: str,
    operation: str,
    journal: Path,
    out: Path,
    concurrency: int,
    budget: float | None,
    skip_invalid: bool,
    retry_failed: bool,
    restart_unknown: bool,
    task_timeout: float,
    poll_interval: float,
) -> None:
    """Start one task per line of JOBS (JSON Lines, or CSV with a header), follow them, save
    their results into --out, and print each job as a JSON line.

    A line's fields are the start's (a2e <section> <start-command> --help lists them); an
    address field takes '@path' for a local file, uploaded once. Rerun the same command after
    any stop (Ctrl-C, a crash): finished jobs are skipped, started ones followed, and no job
    starts twice. Exit codes: 0 every job finished, 3 a job failed, 5 jobs are left (budget
    reached, a start unknown, a task still running: see the table), 1 A2E or the journal
    failed, 2 bad usage or jobs (nothing started), 130 interrupted.
    """
    import a2e
    import a2e.batch
    from a2e import ConfigurationError
    from a2e.batch import JournalError

    schedule = a2e.PollSchedule(initial=poll_interval, maximum=max(poll_interval, MAX_POLL_PAUSE))
    client = settings.client()
    display: PlainProgress | LiveProgress = (
        LiveProgress() if sys.stderr.isatty() else PlainProgress()
    )
    try:
        with display:
            summary = a2e.batch.run(
                client,
                jobs,
                section=section,
                operation=operation,
                journal=journal,
                out=out,
                concurrency=concurrency,
                budget=budget,
                skip_invalid=skip_invalid,
                retry_failed=retry_failed,
                restart_unknown=restart_unknown,
                schedule=schedule,
                task_timeout=task_timeout,
                on_progress=display,
            )
    except ConfigurationError as error:
        raise exits.Exit(exits.USAGE, str(error)) from None
    except JournalError as error:
        raise exits.Exit(
            exits.API_ERROR,
            f"{error}; no job was started without its intent on record: free the space (or "
            "fix the file) and rerun the same command to continue",
        ) from None
    except KeyboardInterrupt:
        raise exits.Exit(
            exits.INTERRUPTED,
            f"interrupted: no more jobs start; tasks already started keep running at A2E. "
            f"Rerun the same command to continue (a2e batch status --journal {journal})",
        ) from None
    report(summary)
    raise exits.Exit(exit_code(summary))


@batch.command()
@click.option(
    "--journal",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The journal of a run.",
)
def status(journal: Path) -> None:
    """Where a run stands, from its journal alone (nothing is sent): each job as a JSON line
    on stdout, the table on stderr."""
    from a2e import ConfigurationError
    from a2e.batch import status as read_status

    try:
        summary = read_status(journal)
    except ConfigurationError as error:
        raise exits.Exit(exits.USAGE, str(error)) from None
    report(summary)
