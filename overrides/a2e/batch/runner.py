"""The decisions of a bulk run: which jobs start, what answers mean, what to read and look up.

`Batch` makes every decision and keeps the journal: which jobs start now (concurrency,
budget, A2E refusing for load), what each answer means, which tasks to read, which unknown
starts to look up, how long to pause. It never touches the network and takes the time as an
argument; the drivers in `drivers.py` send what it asks for.

A start that may have reached A2E is never sent again. Its job stays `starting` and is looked
up through the family's list operation by the marker the start carries in the task's name
(`<name> [a2e:<12 hex digits>]`, or the marker alone for a job without a name): found, the
task is adopted; absent once the longest a start can take with the client's timeouts and
retries has passed since the intent, A2E never received it and it starts again. Where the
family cannot be looked up that way, the job is `unknown` and starts again only when asked.
"""

from __future__ import annotations

import importlib
import math
import random
import re
from collections import Counter, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import defaults
from ..errors import (
    A2EError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    ConfigurationError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnknownHostError,
)
from ..polling import PollSchedule
from ..tasks import Task
from .jobs import Job, LocalFile, Target
from .journal import Journal, Row, marker

# The field of a task record where A2E says what the task cost (the newer families have it).
COST_FIELD = "coins"
MARK = re.compile(r"\[a2e:([0-9a-f]{12})\]")
# What A2E's refusals say when too many of the account's tasks run; A2E documents no code for
# it, so its words decide: such a refusal slows the run down instead of failing the job.
BUSY = re.compile(r"concurren|too many|at the same time|queue is full|busy", re.IGNORECASE)


def marked_name(name: str | None, mark: str) -> str:
    """The name a start carries: the job's own, then its marker."""
    tag = f"[a2e:{mark}]"
    return f"{name} {tag}" if name else tag


def start_grace(client: Any) -> float:
    """The longest a start can take with `client`'s timeouts and retries: after that long, a
    start that A2E does not list was never received."""
    timeout = client._timeout
    phases = (timeout.connect, timeout.write, timeout.read) if timeout is not None else ()
    per_try = sum(defaults.READ_TIMEOUT if p is None else p for p in phases)
    policy = client.retry_policy
    waits = policy.max_retries * max(policy.backoff_max, policy.retry_after_max)
    return float((policy.max_retries + 1) * (per_try or defaults.READ_TIMEOUT) + waits)


def _sent(error: BaseException) -> bool:
    """Whether a request that failed with `error` may have reached the server."""
    from ..retry import NOT_SENT_ERRORS

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, NOT_SENT_ERRORS):
            return False
        seen = seen.__cause__ or seen.__context__
    return True


def start_outcome(error: BaseException) -> str:
    """What a failed start means for its job: "refused" (nothing started; the job failed),
    "busy" (nothing started; try again later, slower), "fatal" (nothing started; no start can
    succeed, the run stops) or "unknown" (A2E may have started it)."""
    if isinstance(error, ConfigurationError):
        return "refused"
    if isinstance(error, AuthenticationError | PermissionDeniedError | UnknownHostError):
        return "fatal"
    if isinstance(error, RateLimitError):
        return "busy"
    if isinstance(error, APIConnectionError):
        return "unknown" if _sent(error) else "busy"
    if isinstance(error, ServerError | InvalidResponseError):
        return "unknown"
    if isinstance(error, APIError):
        return "busy" if BUSY.search(error.message or "") else "refused"
    return "unknown"


def _transient(error: BaseException) -> bool:
    return isinstance(error, APIConnectionError | RateLimitError | ServerError) and not isinstance(
        error, UnknownHostError
    )


def fatal(error: BaseException) -> bool:
    return isinstance(error, AuthenticationError | PermissionDeniedError | UnknownHostError)


@dataclass(frozen=True)
class Options:
    """How a run goes; checked by `checked_options`."""

    concurrency: int = defaults.BATCH_CONCURRENCY
    budget: float | None = None
    retry_failed: bool = False
    restart_unknown: bool = False
    out: Path | None = None
    task_timeout: float = defaults.WAIT_TIMEOUT
    schedule: PollSchedule = field(default_factory=PollSchedule)
    grace: float = 0.0


def checked_options(goal: Target, options: Options) -> Options:
    concurrency = options.concurrency
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigurationError(f"concurrency: must be a whole number >= 1, got {concurrency!r}")
    budget = options.budget
    if budget is not None:
        if isinstance(budget, bool) or not isinstance(budget, int | float):
            raise ConfigurationError(f"budget: must be a number of credits, got {budget!r}")
        if not math.isfinite(budget) or budget <= 0:
            raise ConfigurationError(f"budget: must be a number of credits above 0, got {budget!r}")
        if not reports_cost(goal):
            raise ConfigurationError(
                f"budget: {goal.family.name} tasks do not say what they cost "
                f"(no `{COST_FIELD}` field), so a budget cannot be kept"
            )
    timeout = options.task_timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0:
        raise ConfigurationError(f"task_timeout: must be seconds above 0, got {timeout!r}")
    if not math.isfinite(timeout):
        raise ConfigurationError(f"task_timeout: must be a finite number, got {timeout!r}")
    if not isinstance(options.schedule, PollSchedule):
        raise ConfigurationError(
            f"schedule: expected an a2e.PollSchedule, got {options.schedule!r}"
        )
    return options


def reports_cost(goal: Target) -> bool:
    import attrs

    module, _, name = goal.family.model.rpartition(".")
    model = getattr(importlib.import_module(f"a2e_client.models.{module}"), name)
    return COST_FIELD in attrs.fields_dict(model)


@dataclass(frozen=True)
class JobResult:
    """Where one job stands: what the summary and `a2e batch status` show."""

    line: int
    name: str | None
    state: str
    task_id: str | None
    status: str | None
    cost: float | None
    files: tuple[str, ...]
    urls: tuple[str, ...]
    result_id: str | None
    error: str | None
    error_code: str | None

    @classmethod
    def of(cls, row: Row) -> JobResult:
        return cls(
            row.line,
            row.name,
            row.state,
            row.task_id,
            row.status,
            row.cost,
            tuple(row.files),
            tuple(row.urls),
            row.result_id,
            row.error,
            row.error_code,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "name": self.name,
            "state": self.state,
            "task_id": self.task_id,
            "status": self.status,
            "cost": self.cost,
            "files": list(self.files),
            "urls": list(self.urls),
            "result_id": self.result_id,
            "error": self.error,
            "error_code": self.error_code,
        }


@dataclass(frozen=True)
class Progress:
    """A run as it goes, given to `on_progress` after every round and every change.

    counts: jobs per state; rate: jobs ended per minute in this run; eta: seconds until every
    job has ended at that rate (None before one has); spent: credits of the journal's tasks;
    changed: the jobs whose state changed since the last report; note: why the run is slowed
    or stopped starting, if it is.
    """

    counts: Mapping[str, int]
    total: int
    elapsed: float
    rate: float
    eta: float | None
    spent: float
    changed: tuple[JobResult, ...]
    note: str | None


@dataclass(frozen=True)
class Summary:
    """How a run ended (or where a journal stands): every job, and the credits.

    spent: what this journal's tasks say they cost, earlier attempts of retried jobs included
    (families without a cost field count 0); credits_before, credits_after: the account's
    remaining credits around the run (None when unknown), which other use of the account
    changes too; still_running: lines of tasks left running past the task timeout; in_use
    (from `status`): a run holds the journal now.
    """

    journal: Path
    target: str
    jobs: tuple[JobResult, ...]
    spent: float
    budget: float | None = None
    budget_reached: bool = False
    credits_before: float | None = None
    credits_after: float | None = None
    still_running: tuple[int, ...] = ()
    in_use: bool = False

    @property
    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for job in self.jobs:
            found[job.state] = found.get(job.state, 0) + 1
        return found

    @property
    def complete(self) -> bool:
        """Whether every job (skipped invalid lines aside) has finished."""
        return all(job.state in ("finished", "invalid") for job in self.jobs)


@dataclass
class Lookup:
    """Step: find these markers in the family's list, newest first, back to `since` (epoch)."""

    markers: dict[str, int]
    since: float


@dataclass
class _Job:
    """A job during the run: its journal row, the file's job, and how far the run is with it."""

    row: Row
    job: Job | None
    check_at: float = 0.0  # starting: when to look it up
    follow_until: float = math.inf  # started: when this run stops following it
    task: Any = None  # finished at A2E, files still to save
    download_tries: int = 0


class Batch:
    """The decisions of a run over its journal. Drivers ask, act, and report back."""

    def __init__(
        self,
        goal: Target,
        jobs: Sequence[Job],
        journal: Journal,
        options: Options,
        now: float,
    ) -> None:
        self.goal = goal
        self.journal = journal
        self.options = options
        self.began = now
        by_line = {job.line: job for job in jobs}
        self.jobs = {row.line: _Job(row, by_line.get(row.line)) for row in journal.rows()}
        self.pending: deque[int] = deque()
        self.starting: set[int] = set()
        self.in_flight: set[int] = set()
        self.running: set[int] = set()
        self.saving: set[int] = set()
        self.left_running: set[int] = set()
        self.cap = options.concurrency
        self.busy_until = 0.0
        self.busy_pause = defaults.BATCH_BUSY_PAUSE
        self.read_at = now
        self.note: str | None = None
        self.ended_here = 0
        self._changed: dict[int, Row] = {}
        self.uploads: dict[Path, str] = {}
        self._resume(now)
        # Kept as jobs change, so that a report or a budget check costs the same for any run.
        self._counts = Counter(state.row.state for state in self.jobs.values())
        self._spent = sum(s.row.earlier_cost + (s.row.cost or 0.0) for s in self.jobs.values())

    # What a rerun makes of the journal.

    def _resume(self, now: float) -> None:
        again: list[Row] = []
        for line, state in sorted(self.jobs.items()):
            row = state.row
            if (row.state, True) in (
                ("failed", self.options.retry_failed),
                ("unknown", self.options.restart_unknown),
            ):
                self._again(row)
                again.append(row)
            elif row.state == "starting" and not self.goal.lookup:
                row.state = "unknown"
                row.error = self._unknown_reason()
                if self.options.restart_unknown:
                    self._again(row)
                again.append(row)
            # The same lines, but a local file a job names may have come or gone since.
            problem = state.job.problem if state.job is not None else None
            if row.state == "pending" and problem is not None:
                row.state, row.error = "invalid", problem
                again.append(row)
            elif row.state == "invalid" and problem is None:
                row.state, row.error = "pending", None
                again.append(row)
            if row.state == "pending":
                self.pending.append(line)
            elif row.state == "starting":
                self.starting.add(line)
                state.check_at = now
            elif row.state == "started":
                self.running.add(line)
                state.follow_until = now + self.options.task_timeout
        self.journal.save(again)
        self._changed.update((row.line, row) for row in again)

    def _unknown_reason(self) -> str:
        return (
            f"the start may have reached A2E, and {self.goal.family.name} tasks cannot be "
            "looked up; rerun with --restart-unknown (restart_unknown=True) to start it again"
        )

    @staticmethod
    def _again(row: Row) -> None:
        """The job starts again: a new attempt, with a marker of its own (what its earlier
        task cost still counts)."""
        row.state = "pending"
        row.attempt += 1
        row.earlier_cost += row.cost or 0.0
        row.marker = row.intent_at = row.task_id = row.status = row.cost = None
        row.error = row.error_code = None
        row.urls, row.files, row.result_id = [], [], None

    # Counting.

    @property
    def spent(self) -> float:
        return self._spent

    def _move(self, row: Row, state: str) -> None:
        self._counts[row.state] -= 1
        self._counts[state] += 1
        row.state = state

    @property
    def budget_reached(self) -> bool:
        budget = self.options.budget
        return budget is not None and self.spent >= budget

    def _occupied(self) -> int:
        return len(self.running) + len(self.starting) + len(self.in_flight)

    def counts(self) -> dict[str, int]:
        return {state: count for state, count in self._counts.items() if count}

    def done(self) -> bool:
        startable = bool(self.pending) and not self.budget_reached
        return not (startable or self.starting or self.in_flight or self.running or self.saving)

    def progress(self, now: float) -> Progress:
        counts = self.counts()
        elapsed = max(now - self.began, 1e-9)
        rate = self.ended_here / elapsed * 60
        ended = sum(counts.get(s, 0) for s in ("finished", "failed", "unknown", "invalid"))
        left = len(self.jobs) - ended
        eta = left / rate * 60 if rate > 0 else None
        changed = tuple(JobResult.of(row) for row in self._changed.values())
        self._changed.clear()
        note = self.note
        if self.budget_reached and self.pending:
            note = f"budget reached ({self.spent:g} of {self.options.budget:g} credits): no more starts"
        return Progress(counts, len(self.jobs), elapsed, rate, eta, self.spent, changed, note)

    def _touch(self, *rows: Row) -> None:
        self._changed.update((row.line, row) for row in rows)

    # Starting.

    def next_starts(self, now: float, limit: int | None = None) -> list[Row]:
        """Jobs to start now, reserved for the caller, which reports each one back."""
        if now < self.busy_until or self.budget_reached:
            return []
        free = min(self.cap, self.options.concurrency) - self._occupied()
        if limit is not None:
            free = min(free, limit)
        chosen = []
        while free > 0 and self.pending:
            line = self.pending.popleft()
            self.in_flight.add(line)
            chosen.append(self.jobs[line].row)
            free -= 1
        return chosen

    def files_to_upload(self, row: Row) -> list[LocalFile]:
        """The job's local files that have no URL yet."""
        job = self.jobs[row.line].job
        found = []
        for file in job.local_files() if job is not None else []:
            if file.path in self.uploads:
                continue
            stat = _stat(file.path)
            url = self.journal.uploaded(file.path, *stat) if stat is not None else None
            if url is None:
                found.append(file)
            else:
                self.uploads[file.path] = url
        return found

    def uploaded(self, file: LocalFile, url: str) -> None:
        stat = _stat(file.path)
        if stat is not None:
            self.journal.save_upload(file.path, *stat, url)
        self.uploads[file.path] = url

    def upload_failed(self, row: Row, file: LocalFile, error: BaseException, now: float) -> None:
        """An upload before the start failed: the job waits (a passing problem) or fails."""
        self.in_flight.discard(row.line)
        if isinstance(error, A2EError) and fatal(error):
            self.pending.appendleft(row.line)
            raise error
        if isinstance(error, A2EError) and _transient(error):
            self.pending.appendleft(row.line)
            self._slow_down(now, error, f"uploads failing ({error})")
            return
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        self._fail(row, f"upload of {file.path}: {reason}", None)

    def intend(self, rows: Sequence[Row], now: float) -> list[dict[str, Any]]:
        """Journal the intent to start these jobs (on disk when this returns); return each
        one's keyword arguments for the start. On JournalError nothing was recorded."""
        requests = []
        saved = [(row.marker, row.intent_at, row.state) for row in rows]
        for row in rows:
            row.marker = marker(self.journal.run_id, row.line, row.attempt)
            row.intent_at = now
            self._move(row, "starting")
            requests.append(self._request(row))
        try:
            self.journal.save(rows, durable=True)
        except A2EError:
            for row, (mark, intent_at, state) in zip(rows, saved, strict=True):
                row.marker, row.intent_at = mark, intent_at
                self._move(row, state)
                self.in_flight.discard(row.line)
                self.pending.appendleft(row.line)
            raise
        self._touch(*rows)
        return requests

    def _request(self, row: Row) -> dict[str, Any]:
        job = self.jobs[row.line].job
        assert job is not None and job.fields is not None and row.marker is not None

        def url(value: Any) -> Any:
            if isinstance(value, LocalFile):
                return self.uploads[value.path]
            if isinstance(value, list):
                return [url(item) for item in value]
            return value

        fields = {name: url(value) for name, value in job.fields.items()}
        if self.goal.lookup:
            fields["name"] = marked_name(job.name, row.marker)
        return fields

    def started(self, row: Row, task: Any, now: float) -> None:
        """A2E answered a start with its task."""
        self.in_flight.discard(row.line)
        self._move(row, "started")
        row.task_id = self.goal.family.id_of(task)
        row.error = row.error_code = None
        self.running.add(row.line)
        self.jobs[row.line].follow_until = now + self.options.task_timeout
        self.cap = min(self.options.concurrency, self.cap + 1)
        self.busy_pause = defaults.BATCH_BUSY_PAUSE
        self.note = None
        self._seen(row, task, now)
        self.journal.save([row])
        self._touch(row)

    def start_failed(self, row: Row, error: BaseException, now: float) -> None:
        """A start ended without A2E's answer holding a task."""
        self.in_flight.discard(row.line)
        outcome = start_outcome(error)
        if outcome in ("busy", "fatal"):
            # Nothing was started: the job is as it was before its intent.
            self._move(row, "pending")
            row.marker = row.intent_at = None
            self.pending.appendleft(row.line)
            self.journal.save([row])
            if outcome == "fatal":
                raise error
            self._slow_down(now, error, f"A2E refused a start for load ({error})")
        elif outcome == "refused":
            self._fail(row, f"start refused: {error}", getattr(error, "code", None))
        elif self.goal.lookup:
            # Found by its marker once A2E lists it; absent after the grace, it never arrived.
            self.starting.add(row.line)
            self.jobs[row.line].check_at = now
            row.error = f"start outcome unknown ({error}); looking it up"
            self.journal.save([row])
        else:
            self._move(row, "unknown")
            row.error = f"start outcome unknown ({error}); {self._unknown_reason()}"
            self.ended_here += 1
            self.journal.save([row])
        self._touch(row)

    def _slow_down(self, now: float, error: BaseException, why: str) -> None:
        """A2E is loaded: fewer tasks at once, and a pause before the next start."""
        self.cap = max(1, self._occupied())
        hint = getattr(error, "retry_after", None)
        pause = hint if isinstance(hint, int | float) and hint > 0 else self.busy_pause
        self.busy_until = now + pause
        self.busy_pause = min(self.busy_pause * 2, defaults.BATCH_BUSY_PAUSE_MAX)
        self.note = f"slowed down to {self.cap} at once: {why}"

    def _fail(self, row: Row, error: str, code: Any) -> None:
        self._move(row, "failed")
        row.error = error
        row.error_code = None if code is None else str(code)
        self.ended_here += 1
        self.journal.save([row])
        self._touch(row)

    # Looking unknown starts up.

    def lookup(self, now: float) -> Lookup | None:
        """The starts to look up now, if any."""
        due = [line for line in self.starting if self.jobs[line].check_at <= now]
        if not due:
            return None
        rows = [self.jobs[line].row for line in due]
        markers = {row.marker: row.line for row in rows if row.marker is not None}
        since = min(row.intent_at or now for row in rows) - defaults.BATCH_CLOCK_SKEW
        return Lookup(markers, since)

    def looked_up(self, lookup: Lookup, found: Mapping[str, Any], now: float) -> None:
        """The list was read back to `lookup.since`: `found` holds the tasks by marker."""
        changed = []
        for mark, line in lookup.markers.items():
            state = self.jobs[line]
            row = state.row
            task = found.get(mark)
            if task is not None:
                self.starting.discard(line)
                self._move(row, "started")
                row.task_id = self.goal.family.id_of(task)
                row.error = None
                self.running.add(line)
                state.follow_until = now + self.options.task_timeout
                self._seen(row, task, now)
                self._touch(row)
                changed.append(row)
            elif now >= (row.intent_at or now) + self.options.grace:
                self.starting.discard(line)
                self._move(row, "pending")
                self._again(row)
                self.pending.appendleft(line)
                self._touch(row)
                changed.append(row)
            else:
                state.check_at = (row.intent_at or now) + self.options.grace
        self.journal.save(changed)

    def lookup_failed(self, lookup: Lookup, error: BaseException, now: float) -> None:
        if isinstance(error, A2EError) and fatal(error):
            raise error
        for line in lookup.markers.values():
            self.jobs[line].check_at = now + defaults.BATCH_LOOKUP_RETRY
        self.note = f"looking up unknown starts failed ({error}); trying again"

    # Following tasks.

    def to_read(self, now: float) -> list[str]:
        """Ids of the tasks to read in this round (empty before the next read is due)."""
        for line in [line for line in self.running if self.jobs[line].follow_until <= now]:
            self.running.discard(line)
            self.left_running.add(line)
        if now < self.read_at or not self.running:
            return []
        return [str(self.jobs[line].row.task_id) for line in sorted(self.running)]

    def read(self, outcomes: Sequence[tuple[str, Any]], now: float) -> None:
        """A round's reads: (task id, task or A2EError) pairs."""
        by_id = {self.jobs[line].row.task_id: line for line in self.running}
        changed = []
        wait = 0.0
        for task_id, outcome in outcomes:
            line = by_id.get(task_id)
            if line is None:
                continue
            row = self.jobs[line].row
            if isinstance(outcome, NotFoundError):
                self.running.discard(line)
                self._move(row, "failed")
                row.error = f"task {task_id} not found at A2E (deleted?)"
                self.ended_here += 1
                changed.append(row)
            elif isinstance(outcome, BaseException):
                if fatal(outcome):
                    raise outcome
                retry_after = getattr(outcome, "retry_after", None)
                if isinstance(retry_after, int | float):
                    wait = max(wait, retry_after)
            elif self._seen(row, outcome, now):
                changed.append(row)
        self.read_at = now + max(self._pace(now), wait)
        self.journal.save(changed)
        self._touch(*changed)

    def _pace(self, now: float) -> float:
        """The pause before the next read: the schedule's pause at the age of the oldest task
        still running, the one likeliest to end next (dense after starts, sparse later). A
        rerun counts ages from its own start: tasks it finds running are read soon."""
        schedule = self.options.schedule
        births = [self.jobs[line].row.intent_at or now for line in self.running]
        age = now - max(min(births, default=now), self.began)
        pause, elapsed = schedule.initial, 0.0
        while elapsed + pause <= age and pause < schedule.maximum:
            elapsed += pause
            pause = min(schedule.maximum, pause * schedule.factor)
        return pause * random.uniform(1 - schedule.jitter, 1 + schedule.jitter)

    def _seen(self, row: Row, task: Any, now: float) -> bool:
        """Take in a fresh state of the job's task; whether the row changed."""
        handle = Task(None, self.goal.family, task)
        before = row.values()
        row.status = handle.status
        cost = getattr(task, COST_FIELD, None)
        if isinstance(cost, int | float) and not isinstance(cost, bool):
            self._spent += float(cost) - (row.cost or 0.0)
            row.cost = float(cost)
        if handle.succeeded:
            row.urls = handle.result_urls
            row.result_id = handle.result_id
            self.running.discard(row.line)
            if self.options.out is not None and handle.result_urls:
                self.saving.add(row.line)
                self.jobs[row.line].task = task
            else:
                self._move(row, "finished")
                self.ended_here += 1
        elif handle.failed:
            self.running.discard(row.line)
            error = handle.error
            self._move(row, "failed")
            row.error = (error.message if error else None) or "no failure message from A2E"
            row.error_code = None if error is None or error.code is None else str(error.code)
            self.ended_here += 1
        return row.values() != before

    # Saving results.

    def to_save(self) -> list[tuple[Row, Any]]:
        return [(self.jobs[line].row, self.jobs[line].task) for line in sorted(self.saving)]

    def saved(self, row: Row, paths: Sequence[Path]) -> None:
        self.saving.discard(row.line)
        self.jobs[row.line].task = None
        self._move(row, "finished")
        row.files = [str(path) for path in paths]
        row.error = None
        self.ended_here += 1
        self.journal.save([row])
        self._touch(row)

    def save_failed(self, row: Row, error: BaseException) -> None:
        """The task succeeded, its files could not be saved: tried again in later rounds, then
        left for a rerun (never started again: the result is paid for)."""
        state = self.jobs[row.line]
        state.download_tries += 1
        row.error = f"download: {error}"
        if state.download_tries >= defaults.BATCH_DOWNLOAD_ATTEMPTS:
            self.saving.discard(row.line)
            state.task = None
        self.journal.save([row])
        self._touch(row)

    def pause(self, now: float) -> float:
        """Seconds until there is something to do."""
        times = []
        if self.running:
            times.append(self.read_at)
        if self.pending and not self.budget_reached:
            free = min(self.cap, self.options.concurrency) > self._occupied()
            if free:
                times.append(self.busy_until)
        times += [self.jobs[line].check_at for line in self.starting]
        if self.saving:
            times.append(now)
        return max(0.0, min(times, default=now) - now)

    def summary(self, credits_before: float | None, credits_after: float | None) -> Summary:
        return Summary(
            self.journal.path,
            self.goal.label,
            tuple(JobResult.of(state.row) for _, state in sorted(self.jobs.items())),
            self.spent,
            self.options.budget,
            self.budget_reached,
            credits_before,
            credits_after,
            tuple(sorted(self.left_running)),
        )


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


ProgressCallback = Callable[[Progress], object]
