"""Wait for tasks to finish: `wait`, `wait_async`, `wait_many` and `wait_many_async`.

Every decision is made once, in `_waiting`: a generator that yields steps (read these tasks,
report this task, sleep this long) and is driven by a small sync loop and a small async one.
A wait always has a deadline, and every read is bounded by the time left; it polls with
growing, jittered pauses; it keeps polling through unknown status values and transient errors
(connection problems, 429, 5xx, answers that are not what the API promises); permanent ones
(401, 403, 404, an unknown host) end it at once.
"""

from __future__ import annotations

import inspect
import math
import random
import time
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar, overload

from . import defaults
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
    unwrap,
)
from .retry import DeadlineReached, deadline_scope
from .tasks import TaskFamily, family_named

T = TypeVar("T")
TRANSIENT_ERRORS = (APIConnectionError, RateLimitError, ServerError, InvalidResponseError)
DEFAULT_TIMEOUT = defaults.WAIT_TIMEOUT
DEFAULT_MAX_CONCURRENCY = defaults.WAIT_MAX_CONCURRENCY
UpdateCallback = Callable[[Any], object]


def _finite(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError(f"{name}: must be a finite number, got {value!r}")
    return float(value)


@dataclass(frozen=True)
class PollSchedule:
    """Pauses between polls: `initial` seconds, times `factor` each round, at most `maximum`,
    each scaled by a random factor in [1 - jitter, 1 + jitter]. Checked when built."""

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

    def pauses(self) -> Iterator[float]:
        pause = self.initial
        while True:
            yield pause * random.uniform(1 - self.jitter, 1 + self.jitter)
            pause = min(self.maximum, pause * self.factor)


def _checked_timeout(timeout: object) -> float:
    if _finite("timeout", timeout) <= 0:
        raise ConfigurationError(f"timeout: must be a positive number of seconds, got {timeout!r}")
    return float(timeout)  # type: ignore[arg-type]


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
    `deadline`; send back (requested id or None for a batch, task or A2EError) pairs."""

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


Step = Read | Update | Sleep
Outcomes = list[tuple[str | None, Any]]
Steps = Generator[Step, Outcomes | None, dict[str, Any]]


def _permanent(error: A2EError) -> bool:
    return not isinstance(error, TRANSIENT_ERRORS) or isinstance(error, UnknownHostError)


def _with_finished(error: A2EError, done: dict[str, Any]) -> A2EError:
    error.finished = dict(done)
    return error


def _waiting(
    family: TaskFamily[Any],
    task_ids: tuple[str, ...],
    timeout: float,
    schedule: PollSchedule,
    *,
    batch: bool,
) -> Steps:
    """The decisions of every wait, as steps; returns {task_id: final task} in the given order."""
    deadline = time.monotonic() + timeout
    done: dict[str, Any] = {}
    last: dict[str, Any] = {}
    pauses = schedule.pauses()
    last_error: A2EError | None = None
    while pending := [task_id for task_id in task_ids if task_id not in done]:
        outcomes = yield Read(tuple(pending), batch, deadline)
        assert outcomes is not None
        if batch and not any(isinstance(outcome, A2EError) for _, outcome in outcomes):
            found = {family.id_of(o) for _, o in outcomes}
            if missing := tuple(task_id for task_id in pending if task_id not in found):
                # A batch read may lag behind a task just started, or leave out one it does
                # not serve: each task's own read decides, found or not found, as for `wait`.
                more = yield Read(missing, False, deadline)
                assert more is not None
                outcomes = [*outcomes, *more]
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
            elif status in family.failed:
                message = family.failure_message(task) or "no failure message from A2E"
                failed = TaskFailed(
                    f"{family.name} task {task_id} {status}: {message}",
                    task=task,
                    status=status,
                    code=_failure_code(family, task),
                )
                raise _with_finished(failed, done)
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
        left = deadline - time.monotonic()
        if left > 0:
            yield Sleep(min(max(next(pauses), wanted), left))
            left = deadline - time.monotonic()
        if left <= 0:
            waiting = next(task_id for task_id in task_ids if task_id not in done)
            state = family.status_of(last[waiting]) if waiting in last else "never read"
            because = f"; last error: {last_error}" if last_error is not None else ""
            timed_out = TaskTimeout(
                f"{family.name} task {waiting} not finished after {timeout:g}s "
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
    def of(cls, family: str | TaskFamily[Any]) -> _Operations:
        found = family_named(family)
        return cls(found, found.detail_operation(), found.batch_operation())


def _read_sync(client: Any, operations: _Operations, step: Read) -> Outcomes:
    family = operations.family
    with deadline_scope(step.deadline):
        if step.batch:
            operation = operations.batch
            assert operation is not None
            try:
                return [
                    (None, task)
                    for task in unwrap(
                        operation.sync_detailed(client=client, body=_batch_body(step.task_ids))
                    )
                ]
            except A2EError as error:
                return [(None, error)]
        outcomes: Outcomes = []
        detail = operations.detail
        for task_id in step.task_ids:
            try:
                task = unwrap(detail.sync_detailed(client=client, **{family.id_argument: task_id}))
            except A2EError as error:
                task = error
            outcomes.append((task_id, task))
        return outcomes


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
    reply: Outcomes | None = None
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
) -> Outcomes:
    import asyncio  # here, not at the top: see AsyncRetryTransport

    family = operations.family
    with deadline_scope(step.deadline):
        if step.batch:
            operation = operations.batch
            assert operation is not None
            try:
                response = await operation.asyncio_detailed(
                    client=client, body=_batch_body(step.task_ids)
                )
                return [(None, task) for task in unwrap(response)]
            except A2EError as error:
                return [(None, error)]
        detail = operations.detail
        limit = asyncio.Semaphore(max_concurrency)

        async def read(task_id: str) -> tuple[str, Any]:
            async with limit:
                try:
                    response = await detail.asyncio_detailed(
                        client=client, **{family.id_argument: task_id}
                    )
                    return task_id, unwrap(response)
                except A2EError as error:
                    return task_id, error

        return list(await asyncio.gather(*map(read, step.task_ids)))


async def _drive_async(
    client: Any,
    operations: _Operations,
    steps: Steps,
    on_update: UpdateCallback | Callable[[Any], Awaitable[object]] | None,
    max_concurrency: int,
) -> dict[str, Any]:
    import asyncio

    reply: Outcomes | None = None
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


def _single(
    family: str | TaskFamily[Any], task_id: str, timeout: float, schedule: PollSchedule
) -> tuple[_Operations, Steps]:
    operations = _Operations.of(family)
    (checked,) = _checked_ids([task_id])
    steps = _waiting(
        operations.family, (checked,), _checked_timeout(timeout), schedule, batch=False
    )
    return operations, steps


def _many(
    family: str | TaskFamily[Any], task_ids: Iterable[str], timeout: float, schedule: PollSchedule
) -> tuple[_Operations, Steps]:
    operations = _Operations.of(family)
    steps = _waiting(
        operations.family,
        _checked_ids(task_ids),
        _checked_timeout(timeout),
        schedule,
        batch=operations.batch is not None,
    )
    return operations, steps


@overload
def wait(
    client: Any,
    family: TaskFamily[T],
    task_id: str,
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: PollSchedule = ...,
) -> T: ...
@overload
def wait(
    client: Any,
    family: str,
    task_id: str,
    *,
    timeout: float = ...,
    on_update: UpdateCallback | None = ...,
    schedule: PollSchedule = ...,
) -> Any: ...
def wait(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | None = None,
    schedule: PollSchedule = PollSchedule(),
) -> Any:
    """Poll a task until it completes; return its final typed model.

    Raises `a2e.TaskFailed` if it ends in a failure status (A2E's failure text, `.code` and
    the last state in `.task`), `a2e.TaskTimeout` if it is still running after `timeout`
    seconds (the last state in `.task`, the last error as `__cause__`), and at once the
    error of a read that cannot succeed later (`NotFoundError`, `AuthenticationError`,
    `PermissionDeniedError`, `UnknownHostError`...). `on_update(task)` is called after every
    successful read.
    """
    _checked_on_update(on_update, sync=True)
    operations, steps = _single(family, task_id, timeout, schedule)
    return _drive(client, operations, steps, on_update)[task_id]


@overload
async def wait_async(
    client: Any,
    family: TaskFamily[T],
    task_id: str,
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: PollSchedule = ...,
) -> T: ...
@overload
async def wait_async(
    client: Any,
    family: str,
    task_id: str,
    *,
    timeout: float = ...,
    on_update: UpdateCallback | None = ...,
    schedule: PollSchedule = ...,
) -> Any: ...
async def wait_async(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | Callable[[Any], Awaitable[object]] | None = None,
    schedule: PollSchedule = PollSchedule(),
) -> Any:
    """The async form of `wait`; `on_update` may be a plain function or a coroutine function."""
    _checked_on_update(on_update, sync=False)
    operations, steps = _single(family, task_id, timeout, schedule)
    return (await _drive_async(client, operations, steps, on_update, 1))[task_id]


@overload
def wait_many(
    client: Any,
    family: TaskFamily[T],
    task_ids: Iterable[str],
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: PollSchedule = ...,
) -> dict[str, T]: ...
@overload
def wait_many(
    client: Any,
    family: str,
    task_ids: Iterable[str],
    *,
    timeout: float = ...,
    on_update: UpdateCallback | None = ...,
    schedule: PollSchedule = ...,
) -> dict[str, Any]: ...
def wait_many(
    client: Any,
    family: str | TaskFamily[Any],
    task_ids: Iterable[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | None = None,
    schedule: PollSchedule = PollSchedule(),
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
    operations, steps = _many(family, task_ids, timeout, schedule)
    return _drive(client, operations, steps, on_update)


@overload
async def wait_many_async(
    client: Any,
    family: TaskFamily[T],
    task_ids: Iterable[str],
    *,
    timeout: float = ...,
    on_update: Callable[[T], object] | None = ...,
    schedule: PollSchedule = ...,
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
    schedule: PollSchedule = ...,
    max_concurrency: int = ...,
) -> dict[str, Any]: ...
async def wait_many_async(
    client: Any,
    family: str | TaskFamily[Any],
    task_ids: Iterable[str],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    on_update: UpdateCallback | Callable[[Any], Awaitable[object]] | None = None,
    schedule: PollSchedule = PollSchedule(),
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
) -> dict[str, Any]:
    """The async form of `wait_many`; without a batch operation it reads at most
    `max_concurrency` tasks at a time."""
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
        raise ConfigurationError(f"max_concurrency: must be an int, got {max_concurrency!r}")
    if max_concurrency < 1:
        raise ConfigurationError(f"max_concurrency: must be at least 1, got {max_concurrency}")
    _checked_on_update(on_update, sync=False)
    operations, steps = _many(family, task_ids, timeout, schedule)
    return await _drive_async(client, operations, steps, on_update, max_concurrency)
