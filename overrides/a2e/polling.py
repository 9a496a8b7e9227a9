"""Wait for tasks to finish: `wait`, `wait_async` and `wait_many`.

Every wait has a deadline, polls with growing, jittered pauses, keeps polling through unknown
status values and transient errors, and returns the final typed task.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from .errors import APIConnectionError, RateLimitError, ServerError, TaskFailed, TaskTimeout, unwrap
from .tasks import TaskFamily, family_named

T = TypeVar("T")
TRANSIENT_ERRORS = (APIConnectionError, RateLimitError, ServerError)
DEFAULT_TIMEOUT = 1800.0
UpdateCallback = Callable[[Any], object]


@dataclass(frozen=True)
class PollSchedule:
    """Pauses between polls: `initial` seconds, times `factor` each round, at most `maximum`,
    each scaled by a random factor in [1 - jitter, 1 + jitter]."""

    initial: float = 1.0
    factor: float = 1.5
    maximum: float = 20.0
    jitter: float = 0.2

    def pauses(self) -> Iterable[float]:
        pause = self.initial
        while True:
            yield pause * random.uniform(1 - self.jitter, 1 + self.jitter)
            pause = min(self.maximum, pause * self.factor)


def _failure_code(task: Any) -> int | str | None:
    """A2E's failure code of a task; older families send '0' or '' when there is none."""
    for name in ("failed_code", "error_code"):
        code = getattr(task, name, None)
        if isinstance(code, int | str) and code not in (0, "0", ""):
            return code
    return None


class _Waiter:
    """The decisions shared by the sync and async pollers."""

    def __init__(self, family: TaskFamily[Any], task_id: str, timeout: float) -> None:
        if timeout <= 0:
            raise ValueError(f"timeout: must be a positive number of seconds, got {timeout}")
        if not task_id:
            raise ValueError("task_id: must be a non-empty task id")
        self.family = family
        self.task_id = task_id
        self.deadline = time.monotonic() + timeout
        self.timeout = timeout
        self.last: Any = None

    def observe(self, task: Any) -> bool:
        """Record a read; True when the task is done (raises if it failed)."""
        self.last = task
        status = self.family.status_of(task)
        if status in self.family.succeeded:
            return True
        if status in self.family.failed:
            message = self.family.failure_message(task) or "no failure message from A2E"
            raise TaskFailed(
                f"{self.family.name} task {self.task_id} {status}: {message}",
                task=task,
                status=status,
                code=getattr(task, "error_code", None)
                or getattr(task, "failed_code", None)
                or None,
            )
        return False

    def pause(self, wanted: float) -> float:
        """How long to sleep before the next poll; raises TaskTimeout when time is up."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            state = self.family.status_of(self.last) if self.last is not None else "never read"
            raise TaskTimeout(
                f"{self.family.name} task {self.task_id} not finished after {self.timeout:g}s (last status: {state})",
                task=self.last,
            )
        return min(wanted, left)


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

    Raises `a2e.TaskFailed` if it ends in a failure status (with A2E's failure text and the
    last state in `.task`), `a2e.TaskTimeout` if it is still running after `timeout` seconds.
    `on_update(task)` is called after every successful read.
    """
    waiter = _Waiter(family_named(family), task_id, timeout)
    operation = waiter.family.detail_operation()
    for pause in schedule.pauses():
        try:
            task: Any = unwrap(
                operation.sync_detailed(client=client, **{waiter.family.id_argument: task_id})
            )
        except TRANSIENT_ERRORS:
            task = None
        if task is not None:
            if on_update is not None:
                on_update(task)
            if waiter.observe(task):
                return task
        time.sleep(waiter.pause(pause))
    raise AssertionError("unreachable: the schedule never ends")


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
    import asyncio  # here, not at the top: see AsyncRetryTransport

    waiter = _Waiter(family_named(family), task_id, timeout)
    operation = waiter.family.detail_operation()
    for pause in schedule.pauses():
        try:
            task: Any = unwrap(
                await operation.asyncio_detailed(
                    client=client, **{waiter.family.id_argument: task_id}
                )
            )
        except TRANSIENT_ERRORS:
            task = None
        if task is not None:
            if on_update is not None:
                result = on_update(task)
                if isinstance(result, Awaitable):
                    await result
            if waiter.observe(task):
                return task
        await asyncio.sleep(waiter.pause(pause))
    raise AssertionError("unreachable: the schedule never ends")


class _Batch:
    """The decisions shared by the sync and async `wait_many`."""

    def __init__(
        self, family: str | TaskFamily[Any], task_ids: Iterable[str], timeout: float
    ) -> None:
        self.family = family_named(family)
        self.waiters = {
            task_id: _Waiter(self.family, task_id, timeout) for task_id in dict.fromkeys(task_ids)
        }
        self.done: dict[str, Any] = {}
        self.batch = self.family.batch_operation()
        self.detail = self.family.detail_operation()

    @property
    def pending(self) -> list[str]:
        return [task_id for task_id in self.waiters if task_id not in self.done]

    def batch_body(self) -> Any:
        from a2e_client.models.batch_detail_request import BatchDetailRequest

        return BatchDetailRequest(ids=self.pending)

    def fresh(self, tasks: Iterable[Any]) -> list[Any]:
        """The tasks of this round that belong to this wait and have not finished before."""
        return [
            t
            for t in tasks
            if self.family.id_of(t) in self.waiters and self.family.id_of(t) not in self.done
        ]

    def observe(self, task: Any) -> None:
        task_id = self.family.id_of(task)
        if self.waiters[task_id].observe(task):
            self.done[task_id] = task

    def finished(self) -> dict[str, Any] | None:
        if self.pending:
            return None
        return {task_id: self.done[task_id] for task_id in self.waiters}

    def pause(self, wanted: float) -> float:
        return min(self.waiters[task_id].pause(wanted) for task_id in self.pending)


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
    """Wait for many tasks of one family; return {task_id: final task}.

    Each round reads all unfinished tasks with the family's batch operation when it has one
    (one request per round), otherwise one detail request per unfinished task. A failed
    task raises `TaskFailed` at once; the others are then left running.
    """
    state = _Batch(family, task_ids, timeout)
    for pause in schedule.pauses():
        if (result := state.finished()) is not None:
            return result
        tasks: list[Any] = []
        if state.batch is not None:
            with contextlib.suppress(*TRANSIENT_ERRORS):
                tasks = unwrap(state.batch.sync_detailed(client=client, body=state.batch_body()))
        else:
            for task_id in state.pending:
                with contextlib.suppress(*TRANSIENT_ERRORS):
                    tasks.append(
                        unwrap(
                            state.detail.sync_detailed(
                                client=client, **{state.family.id_argument: task_id}
                            )
                        )
                    )
        for task in state.fresh(tasks):
            if on_update is not None:
                on_update(task)
            state.observe(task)
        if (result := state.finished()) is not None:
            return result
        time.sleep(state.pause(pause))
    raise AssertionError("unreachable: the schedule never ends")


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
    max_concurrency: int = 8,
) -> dict[str, Any]:
    """The async form of `wait_many`; without a batch operation it reads at most
    `max_concurrency` tasks at a time."""
    import asyncio  # here, not at the top: see AsyncRetryTransport

    if max_concurrency < 1:
        raise ValueError(f"max_concurrency: must be at least 1, got {max_concurrency}")
    state = _Batch(family, task_ids, timeout)
    limit = asyncio.Semaphore(max_concurrency)

    async def read(task_id: str) -> Any:
        async with limit:
            try:
                return unwrap(
                    await state.detail.asyncio_detailed(
                        client=client, **{state.family.id_argument: task_id}
                    )
                )
            except TRANSIENT_ERRORS:
                return None

    for pause in schedule.pauses():
        if (result := state.finished()) is not None:
            return result
        tasks: list[Any] = []
        if state.batch is not None:
            with contextlib.suppress(*TRANSIENT_ERRORS):
                tasks = unwrap(
                    await state.batch.asyncio_detailed(client=client, body=state.batch_body())
                )
        else:
            tasks = [t for t in await asyncio.gather(*map(read, state.pending)) if t is not None]
        for task in state.fresh(tasks):
            if on_update is not None and isinstance(notified := on_update(task), Awaitable):
                await notified
            state.observe(task)
        if (result := state.finished()) is not None:
            return result
        await asyncio.sleep(state.pause(pause))
    raise AssertionError("unreachable: the schedule never ends")
