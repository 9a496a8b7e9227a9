"""Wait for tasks to finish: `wait`, `wait_async` and `wait_many`.

Every wait has a deadline, polls with growing, jittered pauses, keeps polling through unknown
status values and transient errors, and returns the final typed task.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .errors import APIConnectionError, RateLimitError, ServerError, TaskFailed, TaskTimeout, unwrap
from .tasks import TaskFamily, family_named

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

    def __init__(self, family: TaskFamily, task_id: str, timeout: float) -> None:
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


def wait(
    client: Any,
    family: str | TaskFamily,
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


async def wait_async(
    client: Any,
    family: str | TaskFamily,
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


def wait_many(
    client: Any,
    family: str | TaskFamily,
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
    chosen = family_named(family)
    waiters = {task_id: _Waiter(chosen, task_id, timeout) for task_id in dict.fromkeys(task_ids)}
    if not waiters:
        return {}
    batch = chosen.batch_operation()
    detail = chosen.detail_operation()
    done: dict[str, Any] = {}
    tasks: list[Any]
    for pause in schedule.pauses():
        pending = [task_id for task_id in waiters if task_id not in done]
        try:
            if batch is not None:
                from a2e_client.models.batch_detail_request import BatchDetailRequest

                tasks = unwrap(
                    batch.sync_detailed(client=client, body=BatchDetailRequest(ids=pending))
                )
            else:
                tasks = [
                    unwrap(detail.sync_detailed(client=client, **{chosen.id_argument: task_id}))
                    for task_id in pending
                ]
        except TRANSIENT_ERRORS:
            tasks = []
        for task in tasks:
            task_id = chosen.id_of(task)
            if task_id not in waiters or task_id in done:
                continue
            if on_update is not None:
                on_update(task)
            if waiters[task_id].observe(task):
                done[task_id] = task
        if len(done) == len(waiters):
            return {task_id: done[task_id] for task_id in waiters}
        time.sleep(min(waiters[task_id].pause(pause) for task_id in waiters if task_id not in done))
    raise AssertionError("unreachable: the schedule never ends")
