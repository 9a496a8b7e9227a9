"""Waiting for tasks: `a2e wait`, `--wait` after a start, with a live display on a terminal and
plain status lines elsewhere."""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

import click

from a2e.scrub import terminal_text

from . import exits
from .output import emit, say
from .settings import Settings, sendable_texts

if TYPE_CHECKING:
    from a2e.tasks import TaskFamily

# Task fields through which some families report a percentage (avatar videos: `process`).
PROGRESS_FIELDS = ("progress", "process")
STYLES = {"pending": "dim", "running": "yellow", "succeeded": "green", "failed": "red"}
MAX_POLL_PAUSE = 20.0


def family_argument(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A task family by any of its names (face_swap, face-swap, its section's name): its name."""
    from a2e import ConfigurationError
    from a2e.tasks import family_named

    try:
        return family_named(value).name
    except ConfigurationError as error:
        raise click.BadParameter(str(error).removeprefix("family: ")) from None


def complete_family(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    from a2e_client.families import ALIASES

    return [name for name in ALIASES if name.startswith(incomplete)]


@dataclass
class Row:
    """What the display shows of one task."""

    task_id: str
    status: str = "waiting"
    state: str = "pending"  # pending, running, succeeded, failed
    progress: float | None = None
    message: str | None = None
    started: float = field(default_factory=time.monotonic)
    ended: float | None = None

    @property
    def elapsed(self) -> str:
        seconds = int((self.ended or time.monotonic()) - self.started)
        return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"


def _progress(record: dict[str, Any]) -> float | None:
    for name in PROGRESS_FIELDS:
        value = record.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 100:
            return float(value)
    return None


class Display(Protocol):
    def __enter__(self) -> Display: ...
    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...
    def update(self, row: Row) -> None: ...


class PlainDisplay:
    """One line on stderr each time a task's status changes: for logs and pipes."""

    def __init__(self, family: str, rows: dict[str, Row]) -> None:
        self.family = family
        self.rows = rows
        self.shown: dict[str, tuple[str, float | None]] = {}

    def __enter__(self) -> PlainDisplay:
        say(f"waiting for {len(self.rows)} {self.family} task(s): {' '.join(self.rows)}")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None

    def update(self, row: Row) -> None:
        if self.shown.get(row.task_id) == (row.status, row.progress):
            return
        self.shown[row.task_id] = (row.status, row.progress)
        progress = f" {row.progress:.0f}%" if row.progress is not None else ""
        say(f"{self.family} {row.task_id} {row.status}{progress} ({row.elapsed})")


class LiveDisplay:
    """A table redrawn in place on a terminal: one line per task, with a bar when A2E reports
    progress and a spinner otherwise."""

    def __init__(self, family: str, rows: dict[str, Row]) -> None:
        from rich.console import Console
        from rich.live import Live

        self.family = family
        self.rows = rows
        self.console = Console(stderr=True)
        self.live = Live(self, console=self.console, refresh_per_second=8, transient=False)

    def __rich__(self) -> Any:
        from rich.console import Group
        from rich.progress_bar import ProgressBar
        from rich.spinner import Spinner
        from rich.table import Table
        from rich.text import Text

        states = [row.state for row in self.rows.values()]
        done, failed = states.count("succeeded"), states.count("failed")
        title = f"{self.family}: {done} of {len(states)} done" + (
            f", {failed} failed" if failed else ""
        )
        if done + failed < len(states):
            title += " · Ctrl-C stops waiting, not the tasks"
        table = Table.grid(padding=(0, 2))
        for _ in range(5):
            table.add_column(no_wrap=True)
        for row in list(self.rows.values()):
            style = STYLES.get(row.state, "")
            marker: Any
            if row.state == "succeeded":
                marker = Text("✓", style="green")
            elif row.state == "failed":
                message = terminal_text(row.message or "")
                marker = Text(f"✗ {message}", style="red", overflow="ellipsis")
            elif row.progress is not None:
                marker = Table.grid(padding=(0, 1))
                marker.add_row(
                    ProgressBar(total=100, completed=row.progress, width=24),
                    Text(f"{row.progress:.0f}%"),
                )
            else:
                marker = Spinner("dots", style="yellow")
            table.add_row(
                Text(self.family, style="bold"),
                Text(terminal_text(row.task_id), style="cyan"),
                Text(terminal_text(row.status), style=style),
                Text(row.elapsed, style="dim"),
                marker,
            )
        return Group(Text(title, style="dim"), table)

    def __enter__(self) -> LiveDisplay:
        self.live.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.live.stop()

    def update(self, row: Row) -> None:
        self.live.refresh()


def _display(family: str, rows: dict[str, Row]) -> Display:
    return LiveDisplay(family, rows) if sys.stderr.isatty() else PlainDisplay(family, rows)


def resume_hint(family: str, ids: list[str]) -> str:
    return f"resume with: a2e wait {family} {' '.join(ids)}"


def follow(
    client: Any,
    family: TaskFamily[Any],
    ids: list[str],
    *,
    timeout: float,
    poll_interval: float | None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Wait for every task; return ({id: final task}, {id: failed task}).

    `a2e.wait_many` stops at the first failure; the others are then followed on, so that one
    failed task does not hide how its siblings ended. Raises exits.Exit for a timeout (4) and
    an interruption (130), naming the tasks to resume. Without `poll_interval` the reads follow
    the fitted schedule, with the run times learned in earlier runs (see `learned`).
    """
    from a2e import FittedSchedule, PollSchedule, TaskFailed, TaskTimeout, wait_many
    from a2e.durations import LEARNED

    from . import learned

    schedule: FittedSchedule | PollSchedule = FittedSchedule()
    if poll_interval is not None:
        schedule = PollSchedule(initial=poll_interval, maximum=max(poll_interval, MAX_POLL_PAUSE))
    learned.load(LEARNED)
    rows = {task_id: Row(task_id) for task_id in ids}
    finished: dict[str, Any] = {}
    failed: dict[str, Any] = {}
    deadline = time.monotonic() + timeout

    def pending() -> list[str]:
        return [i for i in ids if i not in finished and i not in failed]

    with _display(family.name, rows) as display:

        def seen(task: Any) -> None:
            row = rows.get(family.id_of(task))
            if row is None:
                return
            row.status = family.status_of(task)
            row.progress = _progress(task.to_dict()) if hasattr(task, "to_dict") else None
            if row.status in family.succeeded:
                row.state, row.ended = "succeeded", time.monotonic()
                finished[row.task_id] = task
            elif row.status in family.failed:
                row.state, row.ended = "failed", time.monotonic()
                row.message = family.failure_message(task)
                failed[row.task_id] = task
            else:
                row.state = "running"
            display.update(row)

        try:
            while (waiting := pending()) and (left := deadline - time.monotonic()) > 0:
                try:
                    wait_many(
                        client, family, waiting, timeout=left, on_update=seen, schedule=schedule
                    )
                except TaskFailed:
                    continue  # `seen` recorded it; follow the others on
        except TaskTimeout:
            pass  # reported below, after the display has stopped
        except KeyboardInterrupt:
            still = pending()
            raise exits.Exit(
                exits.INTERRUPTED,
                f"interrupted; the task(s) keep running at A2E; {resume_hint(family.name, still)}",
            ) from None
        finally:
            learned.save(LEARNED)
    if still := pending():
        raise exits.Exit(
            exits.TIMED_OUT,
            f"timed out after {timeout:g}s; still running at A2E: {' '.join(still)}; {resume_hint(family.name, still)}",
        )
    return finished, failed


def report(
    settings: Settings,
    client: Any,
    family: TaskFamily[Any],
    ids: list[str],
    *,
    several: bool,
    timeout: float,
    poll_interval: float | None,
    directory: Path | None,
) -> None:
    """Wait, print the final tasks as JSON (a list, one entry per id of `ids` in its order,
    when `several`; else the one task), save the results when asked; exit 3 when a task failed.
    A repeated id is followed once."""
    distinct = list(dict.fromkeys(ids))
    finished, failed = follow(
        client, family, distinct, timeout=timeout, poll_interval=poll_interval
    )
    records = {i: (finished.get(i) or failed[i]).to_dict() for i in distinct}
    emit([records[i] for i in ids] if several else records[ids[0]])
    if directory is not None and finished:
        from .files import save_results

        save_results(client, family, {i: finished[i] for i in distinct if i in finished}, directory)
    if failed:
        for task_id, task in failed.items():
            message = family.failure_message(task) or "no failure message from A2E"
            say(f"{family.name} task {task_id} {family.status_of(task)}: {message}")
        raise exits.Exit(exits.TASK_FAILED)


def follow_started(
    settings: Settings,
    family_name: str,
    data: Any,
    *,
    timeout: float,
    poll_interval: float | None,
    directory: Path | None,
) -> None:
    """`--wait` after a start operation: follow the task(s) its answer names."""
    from a2e.tasks import family_named

    started = data if isinstance(data, list) else [data]
    ids = [str(t["_id"]) for t in started if isinstance(t, dict) and t.get("_id")]
    if not ids:
        emit(data)
        raise exits.Exit(exits.API_ERROR, "A2E's answer names no task to wait for")
    say(f"started {family_name} task(s): {' '.join(ids)}")
    report(
        settings,
        settings.client(),
        family_named(family_name),
        ids,
        several=isinstance(data, list),
        timeout=timeout,
        poll_interval=poll_interval,
        directory=directory,
    )


DEFAULT_TIMEOUT = 1800.0
# No fixed schedule unless asked for: waits follow the fitted one.
DEFAULT_POLL_INTERVAL: float | None = None


class Seconds(click.ParamType[float]):
    """A finite number of seconds above 0: click's FloatRange lets nan and inf through."""

    name = "seconds"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not (math.isfinite(seconds) and seconds > 0):
            self.fail(f"{value!r} is not a finite number of seconds above 0", param, ctx)
        return seconds


def wait_options(*, download_help: str) -> list[click.Option]:
    """--timeout, --poll-interval and --download: of `a2e wait`, and of every start command
    for its --wait."""
    return [
        click.Option(
            ["--timeout", "wait_timeout"],
            type=Seconds(),
            metavar="SECONDS",
            default=DEFAULT_TIMEOUT,
            show_default=True,
            help="Seconds to wait before giving up (exit code 4); the tasks keep running.",
        ),
        click.Option(
            ["--poll-interval"],
            type=Seconds(),
            metavar="SECONDS",
            help=(
                "A fixed schedule: seconds before the first read, later pauses growing to 20 s. "
                "By default reads follow the family's typical run time and those seen before."
            ),
        ),
        click.Option(
            ["--download", "download_dir"],
            type=click.Path(file_okay=False, path_type=Path),
            help=download_help,
        ),
    ]


@click.command(
    params=wait_options(
        download_help="Save the result files into this folder once the tasks finish."
    )
)
@click.argument("family", callback=family_argument, shell_complete=complete_family)
@click.argument("task_ids", nargs=-1, required=True, metavar="ID...", callback=sendable_texts)
@click.pass_obj
def wait(
    settings: Settings,
    family: str,
    task_ids: tuple[str, ...],
    wait_timeout: float,
    poll_interval: float | None,
    download_dir: Path | None,
) -> None:
    """Wait for tasks of one family to finish; print the final task as JSON, or for several
    ids a list with one entry per id given, in that order (a repeated id is read once).

    A live display on a terminal, status lines otherwise (both on stderr). Ctrl-C stops
    waiting, not the tasks: it prints the command that resumes.
    """
    from a2e.tasks import family_named

    from .files import ready_folder

    if download_dir is not None:
        ready_folder(download_dir)
    report(
        settings,
        settings.client(),
        family_named(family),
        list(task_ids),
        several=len(task_ids) > 1,
        timeout=wait_timeout,
        poll_interval=poll_interval,
        directory=download_dir,
    )
