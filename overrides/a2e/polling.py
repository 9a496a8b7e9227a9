"""Wait for tasks to finish: `wait`, `wait_async`, `wait_many` and `wait_many_async`.

Every decision is made once, in `wait_steps`: a generator that yields steps (read these tasks,
report this task, sleep this long) and is driven by a small sync loop and a small async one. It
takes its clock and random source as parameters, so that schedules are tested and measured on a
virtual clock, without sleeping (tests/test_schedule.py, `make bench`). A wait always has a
deadline, and every read is bounded by the time left; it keeps polling through unknown status
values and transient errors (connection problems, 429, 5xx, answers that are not what the API
promises); permanent ones (401, 403, 404, an unknown host) end it at once.

Two schedules: `FittedSchedule`, the default, plans each task's reads from its likely run time
(sparse while it is far from its likely end, dense around it); `PollSchedule` is a fixed one.
"""

from __future__ import annotations

import importlib
import inspect
import math
import random
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import ModuleType
from typing import Any, TypeVar, overload

from . import defaults
from .durations import (
    LEARNED,
    Durations,
    Estimate,
    age_seconds,
    progress_of,
    run_seconds,
)
from .errors import (
    A2EError,
    APIConnectionError,
    ConfigurationError,
    InvalidResponseError,
    RateLimitError,
    ServerError,
    TaskFailed,
    TaskTimeout,
    UnknownHostError,
    parse_retry_after,
    unwrap,
)
from .retry import DeadlineReached, deadline_scope
from .tasks import TaskFamily, family_named

T = TypeVar("T")
_API = "a2e_client.api."
TRANSIENT_ERRORS = (APIConnectionError, RateLimitError, ServerError, InvalidResponseError)
DEFAULT_TIMEOUT = defaults.WAIT_TIMEOUT
DEFAULT_MAX_CONCURRENCY = defaults.WAIT_MAX_CONCURRENCY
UpdateCallback = Callable[[Any], object]
Clock = Callable[[], float]
# An HTTP `Date` gives whole seconds.
HTTP_DATE_RESOLUTION = 1.0


def _finite(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError(f"{name}: must be a finite number, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class PollSchedule:
    """A fixed schedule: pauses of `initial` seconds, times `factor` each round, at most
    `maximum`, each scaled by a random factor in [1 - jitter, 1 + jitter]. Checked when built."""

    initial: float = defaults.POLL_INITIAL
    factor: float = defaults.POLL_FACTOR
    maximum: float = defaults.POLL_MAXIMUM
    jitter: float = defaults.POLL_JITTER

    def __post_init__(self) -> None:
        if _finite("initial", self.initial) <= 0:
            raise ConfigurationError(f"initial: must be > 0 seconds, got {self.initial!r}")
        if _finite("factor", self.factor) < 1:
            raise ConfigurationError(f"factor: must be >= 1, got {self.factor!r}")
        if _finite("maximum", self.maximum) < self.initial:
            raise ConfigurationError(
                f"maximum: must be >= initial ({self.initial!r}), got {self.maximum!r}"
            )
        if not 0 <= _finite("jitter", self.jitter) < 1:
            raise ConfigurationError(f"jitter: must be in [0, 1), got {self.jitter!r}")

    def pauses(self, rng: Clock = random.random) -> Iterator[float]:
        """The pauses, `rng` giving numbers in [0, 1) for the jitter."""
        pause = self.initial
        while True:
            yield pause * (1 - self.jitter + 2 * self.jitter * rng())
            pause = min(self.maximum, pause * self.factor)


@dataclass(frozen=True)
class FittedSchedule:
    """Reads planned from each task's likely run time: the default schedule of every wait.

    What is known of a task: its family's declared duration and spread, refined by the run
    times of that family's tasks seen finished on the same server (`durations`, by default
    `a2e.durations.LEARNED`, which the whole process shares), its age from its creation time,
    and its progress where A2E reports one. A task is read at once; then at most `sparse_max`
    seconds apart while it is far from its likely end; then, from the moment all but
    `early_share` of such tasks are still running, every max(`min_lag`, `lag_fraction` x its
    age) but never more than `pause_max`, so that it is seen within that bound of finishing
    (a task running for hours, or whose record claims so, is still read every few minutes).
    The first of those reads comes up to `jitter` of the way early, so that waits started
    together do not read in step. A `Retry-After` on a read's answer sets the next read
    instead. Checked when built.
    """

    durations: Durations | None = None
    lag_fraction: float = defaults.FIT_LAG_FRACTION
    min_lag: float = defaults.FIT_MIN_LAG
    early_share: float = defaults.FIT_EARLY_SHARE
    sparse_max: float = defaults.FIT_SPARSE_MAX
    pause_max: float = defaults.FIT_PAUSE_MAX
    jitter: float = defaults.FIT_JITTER

    def __post_init__(self) -> None:
        if self.durations is not None and not isinstance(self.durations, Durations):
            raise ConfigurationError(
                f"durations: must be an a2e.durations.Durations, got {type(self.durations).__name__}"
            )
        for name in ("lag_fraction", "early_share"):
            if not 0 < _finite(name, getattr(self, name)) < 1:
                raise ConfigurationError(f"{name}: must be in (0, 1), got {getattr(self, name)!r}")
        if _finite("min_lag", self.min_lag) <= 0:
            raise ConfigurationError(f"min_lag: must be > 0 seconds, got {self.min_lag!r}")
        if _finite("sparse_max", self.sparse_max) < self.min_lag:
            raise ConfigurationError(
                f"sparse_max: must be >= min_lag ({self.min_lag!r}), got {self.sparse_max!r}"
            )
        if _finite("pause_max", self.pause_max) < self.sparse_max:
            raise ConfigurationError(
                f"pause_max: must be >= sparse_max ({self.sparse_max!r}), got {self.pause_max!r}"
            )
        if not 0 <= _finite("jitter", self.jitter) < 1:
            raise ConfigurationError(f"jitter: must be in [0, 1), got {self.jitter!r}")

    @property
    def learned(self) -> Durations:
        return LEARNED if self.durations is None else self.durations

    def step(self, age: float) -> float:
        """The pause between dense reads of a task this old: its lag bound, up to `pause_max`."""
        return min(self.pause_max, max(self.min_lag, self.lag_fraction * age))

    def next_read(self, estimate: Estimate, plan: Plan, age: float) -> float:
        """The age at which a task read at `age` is next to be read."""
        if not plan.dense:
            if plan.progress is not None:
                estimate = estimate.with_progress(*plan.progress)
            likely = estimate.seconds_after(plan.attached, self.early_share)
            likely *= 1 - self.jitter * plan.phase
            if age < likely:
                # The first dense read sees within the bound every task ending after `likely`.
                first = likely + self.step(likely / (1 - self.lag_fraction))
                return min(first, age + self.sparse_max)
            plan.dense = True  # and stays so: the likely end only moves on with the task
        return age + self.step(age)


Schedule = PollSchedule | FittedSchedule


@dataclass
class Plan:
    """What a fitted schedule knows of one task: the time on the wait's clock when its age
    was 0, its age when first read, its progress (age, percent) when A2E reports one, the
    phase of its jitter, and whether its reads have turned dense."""

    origin: float
    attached: float
    phase: float
    progress: tuple[float, float] | None = None
    dense: bool = False


def _checked_timeout(timeout: object) -> float:
    if _finite("timeout", timeout) <= 0:
        raise ConfigurationError(f"timeout: must be a positive number of seconds, got {timeout!r}")
    return float(timeout)  # type: ignore[arg-type]


def _checked_schedule(schedule: object) -> Schedule:
    if not isinstance(schedule, PollSchedule | FittedSchedule):
        raise ConfigurationError(
            f"schedule: must be a2e.FittedSchedule or a2e.PollSchedule, got {type(schedule).__name__}"
        )
    return schedule


def _checked_max_reads(max_reads: object) -> int | None:
    if max_reads is None:
        return None
    if isinstance(max_reads, bool) or not isinstance(max_reads, int) or max_reads < 1:
        raise ConfigurationError(f"max_reads: must be None or an int >= 1, got {max_reads!r}")
    return max_reads


def _checked_ids(task_ids: Iterable[str]) -> tuple[str, ...]:
    if isinstance(task_ids, str | bytes):
        raise ConfigurationError(
            f"task_ids: expected a list of task ids, got the string {task_ids[:40]!r}; "
            "wrap one id in a list, or use wait()"
        )
    ids = tuple(dict.fromkeys(task_ids))
    for task_id in ids:
        if not isinstance(task_id, str) or task_id.strip() in {"", ".", ".."}:
            raise ConfigurationError(f"task_id: {task_id!r} is not a task id")
    return ids


def _failure_code(family: TaskFamily[Any], task: Any) -> int | str | None:
    """A2E's failure code of a task; A2E sends "0" or "" when there is none."""
    if family.code_field is None:
        return None
    code = getattr(task, family.attribute(family.code_field), None)
    if isinstance(code, bool) or not isinstance(code, int | str) or code in (0, "0", ""):
        return None
    return code


@dataclass(frozen=True)
class Read:
    """Step: read these tasks (with one batch request when `batch`), each read bounded by
    `deadline`; send back a `Reply`."""

    task_ids: tuple[str, ...]
    batch: bool
    deadline: float


@dataclass(frozen=True)
class Update:
    """Step: a fresh state of one task, for `on_update`; send back None."""

    task: Any


@dataclass(frozen=True)
class Sleep:
    """Step: pause this many seconds; send back None."""

    seconds: float


Outcomes = list[tuple[str | None, Any]]


@dataclass
class Reply:
    """What a `Read` brought: (requested id or None for a batch, task or A2EError) pairs; the
    server's time by its `Date` header (seconds since the epoch); and the longest
    `Retry-After` on an answer that read tasks, in seconds."""

    outcomes: Outcomes = field(default_factory=list)
    server_time: float | None = None
    retry_after: float | None = None

    def heard(self, response: Any) -> Any:
        """The data of a generated `*_detailed` response (see `unwrap`), noting the server's
        time and Retry-After its headers give."""
        data = unwrap(response)
        headers = response.headers
        date = _http_date(headers.get("date"))
        if date is not None:
            self.server_time = date if self.server_time is None else max(self.server_time, date)
        hint = parse_retry_after(headers)
        if hint is not None:
            self.retry_after = hint if self.retry_after is None else max(self.retry_after, hint)
        return data


def _http_date(value: object) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        # A2E's clock read it somewhere within that second.
        return parsedate_to_datetime(value).timestamp() + HTTP_DATE_RESOLUTION / 2
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


Step = Read | Update | Sleep
Steps = Generator[Step, Reply | None, dict[str, Any]]


def _permanent(error: A2EError) -> bool:
    return not isinstance(error, TRANSIENT_ERRORS) or isinstance(error, UnknownHostError)


def _with_finished(error: A2EError, done: dict[str, Any]) -> A2EError:
    error.finished = dict(done)
    return error


@dataclass
class _Pacing:
    """When each unfinished task is next to be read, on the wait's clock."""

    schedule: Schedule
    family: TaskFamily[Any]
    server: str
    rng: Clock
    plans: dict[str, Plan] = field(default_factory=dict)
    due: dict[str, float] = field(default_factory=dict)
    fallback: Iterator[float] | None = None

    def seen(self, task: Any, sent: float, received: float, server_now: float) -> None:
        """Plan the next read of a running task read between `sent` and `received`."""
        schedule = self.schedule
        if not isinstance(schedule, FittedSchedule):
            return
        task_id = self.family.id_of(task)
        # A2E looked at the task about halfway through the round trip.
        looked = (sent + received) / 2
        plan = self.plans.get(task_id)
        if plan is None:
            attached = age_seconds(self.family, task, server_now)
            plan = self.plans[task_id] = Plan(looked - attached, attached, self.rng())
        age = looked - plan.origin
        percent = progress_of(self.family, task)
        if percent is not None:
            plan.progress = (age, percent)
        estimate = schedule.learned.estimate(self.server, self.family)
        ideal = plan.origin + schedule.next_read(estimate, plan, age)
        # Seen a round trip after A2E looks: look that much earlier, but no more than halfway.
        self.due[task_id] = max(ideal - (received - sent), looked + (ideal - looked) / 2)

    def missed(self, task_ids: list[str], now: float) -> None:
        """This round's reads of these tasks failed, or left them out: they are read again
        as a fixed schedule would, its pauses growing while rounds keep failing."""
        if not isinstance(self.schedule, FittedSchedule):
            return
        if not task_ids:
            self.fallback = None
            return
        self.due.update(dict.fromkeys(task_ids, now + self._fallback()))

    def _fallback(self) -> float:
        if self.fallback is None:
            fixed = self.schedule if isinstance(self.schedule, PollSchedule) else PollSchedule()
            self.fallback = fixed.pauses(self.rng)
        return next(self.fallback)

    def pause(self, pending: list[str], now: float, hint: float | None) -> float:
        """Seconds until the next read of any of `pending`; `hint` is a read's Retry-After,
        which a fixed schedule waits at least and a fitted one takes as its next read."""
        if isinstance(self.schedule, PollSchedule):
            return max(self._fallback(), hint or 0.0)
        if hint is not None:
            self.due.update(dict.fromkeys(pending, now + hint))
            return hint
        return max(0.0, min(self.due.get(task_id, now) - now for task_id in pending))

    def reading(self, pending: list[str], now: float) -> list[str]:
        """Which of `pending` a round of single reads starting `now` reads: those due by then,
        or all under a fixed schedule."""
        if isinstance(self.schedule, PollSchedule):
            return pending
        # Reading a task a little early costs nothing: within half the shortest lag bound.
        soon = now + self.schedule.min_lag / 2
        return [task_id for task_id in pending if self.due.get(task_id, now) <= soon]


def _server_now(told: float | None, local: float) -> float:
    """A2E's time now: the local clock's when A2E's `Date` (to the second) agrees with it, which
    is finer; A2E's own when the clocks disagree, so that a skewed local clock cannot make a
    task look older or younger than it is."""
    if told is None or abs(told - local) <= HTTP_DATE_RESOLUTION / 2:
        return local
    return told


def wait_steps(
    family: TaskFamily[Any],
    task_ids: tuple[str, ...],
    timeout: float,
    schedule: Schedule,
    *,
    batch: bool,
    server: str = "",
    clock: Clock = time.monotonic,
    wall: Clock = time.time,
    rng: Clock = random.random,
    max_reads: int | None = None,
) -> Steps:
    """The decisions of every wait, as steps; returns {task_id: final task} in the given order.

    `clock` gives the wait's time (monotonic seconds; Read deadlines are in it), `wall` the
    local time in seconds since the epoch (a task's age when A2E's `Date` is not known), `rng`
    numbers in [0, 1); `server` names where run times are learned. At most `max_reads` rounds
    of reads are made.
    """
    deadline = clock() + timeout
    done: dict[str, Any] = {}
    last: dict[str, Any] = {}
    pacing = _Pacing(schedule, family, server, rng)
    learned = schedule.learned if isinstance(schedule, FittedSchedule) else LEARNED
    last_error: A2EError | None = None
    rounds = 0
    while pending := [task_id for task_id in task_ids if task_id not in done]:
        reading = pending if batch else pacing.reading(pending, clock()) or pending
        sent = clock()
        reply = yield Read(tuple(reading), batch, deadline)
        assert reply is not None
        outcomes = reply.outcomes
        if batch and not any(isinstance(outcome, A2EError) for _, outcome in outcomes):
            found = {family.id_of(o) for _, o in outcomes}
            if missing := tuple(task_id for task_id in reading if task_id not in found):
                # A batch read may lag behind a task just started, or leave out one it does
                # not serve: each task's own read decides, found or not found, as for `wait`.
                more = yield Read(missing, False, deadline)
                assert more is not None
                outcomes = [*outcomes, *more.outcomes]
        received = clock()
        rounds += 1
        server_now = _server_now(reply.server_time, wall())
        # Tasks first, so that the ones finished in this round travel on any error raised.
        tasks = [outcome for _, outcome in outcomes if not isinstance(outcome, A2EError)]
        for task in tasks:
            task_id = family.id_of(task)
            if task_id not in pending or task_id in done:
                continue
            last[task_id] = task
            yield Update(task)
            status = family.status_of(task)
            if status in family.succeeded:
                done[task_id] = task
                if (seconds := run_seconds(family, task)) is not None:
                    learned.record(server, family.name, task_id, seconds)
            elif status in family.failed:
                message = family.failure_message(task) or "no failure message from A2E"
                failed = TaskFailed(
                    f"{family.name} task {task_id} {status}: {message}",
                    task=task,
                    status=status,
                    code=_failure_code(family, task),
                )
                raise _with_finished(failed, done)
            else:
                pacing.seen(task, sent, received, server_now)
        answered = {family.id_of(task) for task in tasks}
        pacing.missed([task_id for task_id in reading if task_id not in answered], received)
        errors = 0
        wanted = 0.0
        for _, outcome in outcomes:
            if isinstance(outcome, A2EError):
                if _permanent(outcome):
                    raise _with_finished(outcome, done)
                errors += 1
                # A read the deadline stopped before it was sent says nothing about A2E: the
                # error a timeout reports is the last one A2E really caused.
                if last_error is None or not isinstance(outcome, DeadlineReached):
                    last_error = outcome
                if isinstance(outcome, RateLimitError) and outcome.retry_after is not None:
                    wanted = max(wanted, outcome.retry_after)
        if not errors:
            last_error = None  # this round read every task: an older error no longer explains
        if all(task_id in done for task_id in task_ids):
            break
        left = deadline - clock()
        capped = max_reads is not None and rounds >= max_reads
        if left > 0 and not capped:
            pending = [task_id for task_id in task_ids if task_id not in done]
            pause = max(pacing.pause(pending, clock(), reply.retry_after), wanted)
            yield Sleep(min(pause, left))
            left = deadline - clock()
        if left <= 0 or capped:
            waiting = next(task_id for task_id in task_ids if task_id not in done)
            state = family.status_of(last[waiting]) if waiting in last else "never read"
            because = f"; last error: {last_error}" if last_error is not None else ""
            spent = f"{rounds} reads (max_reads)" if capped else f"{timeout:g}s"
            timed_out = TaskTimeout(
                f"{family.name} task {waiting} not finished after {spent} "
                f"(last status: {state}{because})",
                task=last.get(waiting),
            )
            raise _with_finished(timed_out, done) from last_error
    return {task_id: done[task_id] for task_id in task_ids}


@dataclass(frozen=True)
class _Operations:
    """A family's read operations, imported before the clock of a wait starts."""

    family: TaskFamily[Any]
    detail: ModuleType
    batch: ModuleType | None

    @classmethod
    def of(cls, family: str | TaskFamily[Any], read: str | None = None) -> _Operations:
        found = family_named(family)
        return cls(found, _read_operation(found, read), found.batch_operation())


def _read_operation(family: TaskFamily[Any], read: str | None) -> ModuleType:
    """The detail operation a wait reads with: the family's first, or the one `read` names
    (its module under a2e_client.api, or its function's name) among those taking the id the
    same way."""
    if read is None:
        return family.detail_operation()
    usable = [
        name
        for name in family.operations["detail"]
        if family.id_argument
        in inspect.signature(importlib.import_module(_API + name).sync_detailed).parameters
    ]
    for name in usable:
        if read in (name, name.rsplit(".", 1)[-1]):
            return importlib.import_module(_API + name)
    raise ConfigurationError(
        f"read: {read!r} is not a read of {family.name} tasks by id; choose one of "
        f"{', '.join(repr(n.rsplit('.', 1)[-1]) for n in usable)}"
    )


def _read_sync(client: Any, operations: _Operations, step: Read) -> Reply:
    family = operations.family
    reply = Reply()
    with deadline_scope(step.deadline):
        if step.batch:
            operation = operations.batch
            assert operation is not None
            try:
                response = operation.sync_detailed(client=client, body=_batch_body(step.task_ids))
                reply.outcomes = [(None, task) for task in reply.heard(response)]
            except A2EError as error:
                reply.outcomes = [(None, error)]
            return reply
        detail = operations.detail
        for task_id in step.task_ids:
            try:
                response = detail.sync_detailed(client=client, **{family.id_argument: task_id})
                task = reply.heard(response)
            except A2EError as error:
                task = error
            reply.outcomes.append((task_id, task))
        return reply


SYNC_CALLBACK = (
    "on_update: the sync wait cannot await a coroutine function; pass a plain function, or "
    "use a2e.wait_async / a2e.wait_many_async"
)


def _checked_on_update(on_update: object, *, sync: bool) -> None:
    if on_update is None:
        return
    if not callable(on_update):
        raise ConfigurationError(f"on_update: must be callable, got {type(on_update).__name__}")
    # A callable object's coroutine is its __call__.
    if sync and any(
        inspect.iscoroutinefunction(candidate)
        for candidate in (on_update, type(on_update).__call__)
    ):
        raise ConfigurationError(SYNC_CALLBACK)


def _drive(
    client: Any,
    operations: _Operations,
    steps: Steps,
    on_update: UpdateCallback | None,
) -> dict[str, Any]:
    reply: Reply | None = None
    try:
        while True:
            step = steps.send(reply)
            reply = None
            if isinstance(step, Read):
                reply = _read_sync(client, operations, step)
            elif isinstance(step, Update):
                if on_update is not None and isinstance(
                    notified := on_update(step.task), Awaitable
                ):
                    # A plain function returning a coroutine: the check up front cannot see it.
                    if isinstance(notified, Coroutine):
                        notified.close()
                    raise ConfigurationError(SYNC_CALLBACK)
            else:
                time.sleep(step.seconds)
    except StopIteration as finished:
        result: dict[str, Any] = finished.value
        return result


async def _read_async(
    client: Any, operations: _Operations, step: Read, max_concurrency: int
) -> Reply:
    import asyncio  # here, not at the top: see AsyncRetryTransport

    family = operations.family
    reply = Reply()
    with deadline_scope(step.deadline):
        if step.batch:
            operation = operations.batch
            assert operation is not None
            try:
                response = await operation.asyncio_detailed(
                    client=client, body=_batch_body(step.task_ids)
                )
                reply.outcomes = [(None, task) for task in reply.heard(response)]
            except A2EError as error:
                reply.outcomes = [(None, error)]
            return reply
        detail = operations.detail
        limit = asyncio.Semaphore(max_concurrency)

        async def read(task_id: str) -> tuple[str, Any]:
            async with limit:
                try:
                    response = await detail.asyncio_detailed(
                        client=client, **{family.id_argument: task_id}
                    )
                    return task_id, reply.heard(response)
                except A2EError as error:
                    return task_id, error

        reply.outcomes = list(await asyncio.gather(*map(read, step.task_ids)))
        return reply


async def _drive_async(
    client: Any,
    operations: _Operations,
    steps: Steps,
    on_update: UpdateCallback | Callable[[Any], Awaitable[object]] | None,
    max_concurrency: int,
) -> dict[str, Any]:
    import asyncio

    reply: Reply | None = None
    try:
        while True:
            step = steps.send(reply)
            reply = None
            if isinstance(step, Read):
                reply = await _read_async(client, operations, step, max_concurrency)
            elif isinstance(step, Update):
                if on_update is not None and isinstance(
                    notified := on_update(step.task), Awaitable
                ):
                    await notified
            else:
                await asyncio.sleep(step.seconds)
    except StopIteration as finished:
        result: dict[str, Any] = finished.value
        return result


def _batch_body(task_ids: tuple[str, ...]) -> Any:
    from a2e_client.models.batch_detail_request import BatchDetailRequest

    return BatchDetailRequest(ids=list(task_ids))


def _server(client: Any) -> str:
    """Where a client sends its requests: run times are learned per server."""
    return str(getattr(client, "_base_url", ""))


def _steps(
    client: Any,
    operations: _Operations,
    task_ids: tuple[str, ...],
    timeout: float,
    schedule: object,
    max_reads: object,
    *,
    batch: bool,
) -> Steps:
    return wait_steps(
        operations.family,
        task_ids,
        _checked_timeout(timeout),
        _checked_schedule(schedule),
        batch=batch,
        server=_server(client),
        max_reads=_checked_max_reads(max_reads),
    )


def _single(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    timeout: float,
    schedule: Schedule,
    max_reads: int | None,
    read: str | None = None,
) -> tuple[_Operations, Steps]:
    operations = _Operations.of(family, read)
    checked = _checked_ids([task_id])
    steps = _steps(client, operations, checked, timeout, schedule, max_reads, batch=False)
    return operations, steps


def _many(
    client: Any,
    family: str | TaskFamily[Any],
    task_ids: Iterable[str],
    timeout: float,
    schedule: Schedule,
    max_reads: int | None,
) -> tuple[_Operations, Steps]:
    operations = _Operations.of(family)
    checked = _checked_ids(task_ids)
    batch = operations.batch is not None
    steps = _steps(client, operations, checked, timeout, schedule, max_reads, batch=batch)
    return operations, steps


@overload
def wait(
    client: Any,
    family: TaskFamily[T],
    task_id: str,
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
    read: str | None = ...,
) -> T: ...
@overload
def wait(
    client: Any,
    family: str,
    task_id: str,
    *,
    timeout: float = ...,
    on_update: UpdateCallback | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
    read: str | None = ...,
) -> Any: ...
def wait(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | None = None,
    schedule: Schedule = FittedSchedule(),
    max_reads: int | None = None,
    read: str | None = None,
) -> Any:
    """Poll a task until it completes; return its final typed model.

    Raises `a2e.TaskFailed` if it ends in a failure status (A2E's failure text, `.code` and
    the last state in `.task`), `a2e.TaskTimeout` if it is still running after `timeout`
    seconds (the last state in `.task`, the last error as `__cause__`), and at once the
    error of a read that cannot succeed later (`NotFoundError`, `AuthenticationError`,
    `PermissionDeniedError`, `UnknownHostError`...). `on_update(task)` is called after every
    successful read.

    `schedule` decides when to read: `FittedSchedule()` (the default) from what is known of
    the task, or a fixed `PollSchedule(...)`. `max_reads` bounds the reads: once made, the wait
    ends with `TaskTimeout` as at its deadline. `read` names another of the family's reads by
    id to wait with (`get_nano_banana_task_short_path`), where it has several.
    """
    _checked_on_update(on_update, sync=True)
    operations, steps = _single(client, family, task_id, timeout, schedule, max_reads, read)
    return _drive(client, operations, steps, on_update)[task_id]


@overload
async def wait_async(
    client: Any,
    family: TaskFamily[T],
    task_id: str,
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
    read: str | None = ...,
) -> T: ...
@overload
async def wait_async(
    client: Any,
    family: str,
    task_id: str,
    *,
    timeout: float = ...,
    on_update: UpdateCallback | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
    read: str | None = ...,
) -> Any: ...
async def wait_async(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | Callable[[Any], Awaitable[object]] | None = None,
    schedule: Schedule = FittedSchedule(),
    max_reads: int | None = None,
    read: str | None = None,
) -> Any:
    """The async form of `wait`; `on_update` may be a plain function or a coroutine function."""
    _checked_on_update(on_update, sync=False)
    operations, steps = _single(client, family, task_id, timeout, schedule, max_reads, read)
    return (await _drive_async(client, operations, steps, on_update, 1))[task_id]


@overload
def wait_many(
    client: Any,
    family: TaskFamily[T],
    task_ids: Iterable[str],
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
) -> dict[str, T]: ...
@overload
def wait_many(
    client: Any,
    family: str,
    task_ids: Iterable[str],
    *,
    timeout: float = ...,
    on_update: UpdateCallback | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
) -> dict[str, Any]: ...
def wait_many(
    client: Any,
    family: str | TaskFamily[Any],
    task_ids: Iterable[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | None = None,
    schedule: Schedule = FittedSchedule(),
    max_reads: int | None = None,
) -> dict[str, Any]:
    """Wait for many tasks of one family; return {task_id: final task} in the given order.

    Each round reads all unfinished tasks with the family's batch operation when it has one
    (one request per round, plus a detail request for a task the batch answer leaves out),
    otherwise one detail request per unfinished task. The first task that fails, times out
    or is not found ends the wait with the error `wait` would raise (the others are left
    running); the tasks finished by then travel on the error as `error.finished`. A plain
    string is refused: pass a list of ids.
    """
    _checked_on_update(on_update, sync=True)
    operations, steps = _many(client, family, task_ids, timeout, schedule, max_reads)
    return _drive(client, operations, steps, on_update)


@overload
async def wait_many_async(
    client: Any,
    family: TaskFamily[T],
    task_ids: Iterable[str],
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
    max_concurrency: int = ...,
) -> dict[str, T]: ...
@overload
async def wait_many_async(
    client: Any,
    family: str,
    task_ids: Iterable[str],
    *,
    timeout: float = ...,
    on_update: UpdateCallback | None = ...,
    schedule: Schedule = ...,
    max_reads: int | None = ...,
    max_concurrency: int = ...,
) -> dict[str, Any]: ...
async def wait_many_async(
    client: Any,
    family: str | TaskFamily[Any],
    task_ids: Iterable[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | Callable[[Any], Awaitable[object]] | None = None,
    schedule: Schedule = FittedSchedule(),
    max_reads: int | None = None,
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
) -> dict[str, Any]:
    """The async form of `wait_many`; without a batch operation it reads at most
    `max_concurrency` tasks at a time."""
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
        raise ConfigurationError(f"max_concurrency: must be an int, got {max_concurrency!r}")
    if max_concurrency < 1:
        raise ConfigurationError(f"max_concurrency: must be at least 1, got {max_concurrency}")
    _checked_on_update(on_update, sync=False)
    operations, steps = _many(client, family, task_ids, timeout, schedule, max_reads)
    return await _drive_async(client, operations, steps, on_update, max_concurrency)
