"""Tasks the mock has started, and how they move from one status to the next.

Time is counted in reads, not seconds: a task advances one stage every `reads_per_stage`
reads of it, so tests decide exactly when a task finishes and never sleep. A task started with
a `duration` instead runs on the store's clock: it passes its stages evenly and ends that many
seconds after its start however often it is read, and its record is stamped with the times
each stage was due, as A2E stamps its own.
"""

from __future__ import annotations

import itertools
import posixpath
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from a2e.tasks import TaskFamily

from .records import TaskRecords

# Tasks kept at most; past that the oldest are forgotten, so a mock left running for days
# stays bounded (a test that reads a task that old gets 404, as for a deleted one).
TASKS_KEPT = 10_000
# Where results live when the store is used without a server (the app puts them on itself).
RESULTS = "https://mock.a2e.invalid/results"
OBJECT_ID = re.compile(r"[0-9a-f]{24}")


def now_iso(at: float | None = None) -> str:
    moment = datetime.now(UTC) if at is None else datetime.fromtimestamp(at, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _blank(example: Any) -> Any:
    """The empty value of the example's kind, as a task that has not finished carries it."""
    if isinstance(example, str):
        return ""
    if isinstance(example, list):
        return []
    return None


def new_object_id() -> str:
    return secrets.token_hex(12)


def result_for(family: str, task_id: str, example: Any, results: str = RESULTS) -> Any:
    """A result of the example's shape that belongs to this task: its family and id show,
    and its addresses are under `results`."""
    if isinstance(example, list):
        return [
            result_for(family, f"{task_id}_{index}", item, results)
            for index, item in enumerate(example)
        ]
    if not isinstance(example, str):
        return example
    if example.startswith(("http://", "https://")):
        suffix = posixpath.splitext(urlsplit(example).path)[1]
        return f"{results}/{family}/{task_id}{suffix}"
    return new_object_id() if OBJECT_ID.fullmatch(example) else f"mock-{family}-{task_id}"


@dataclass
class MockTask:
    """One task: its wire record plus how it is scripted to end."""

    family: TaskFamily[Any]
    record: dict[str, Any]
    results: dict[str, Any]
    reads_per_stage: int
    fail_with: str | None = None
    stamped: frozenset[str] = frozenset()
    running: tuple[str, ...] | None = None
    webhook_url: str | None = None
    webhook_token: str | None = None
    on_finish: Callable[[MockTask], None] | None = None
    duration: float | None = None
    clock: Callable[[], float] = time.time
    started: float = 0.0
    ticks: int = 0
    stages: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        final = self.family.failed[0] if self.fail_with is not None else self.family.succeeded[0]
        self.stages = [*(self.running or self.family.running), final]
        self._enter(0, self.started)

    @property
    def id(self) -> str:
        return str(self.record["_id"])

    @property
    def finished(self) -> bool:
        return bool(self.record[self.family.status_field] == self.stages[-1])

    def read(self) -> dict[str, Any]:
        """Count one read, advance if its time has come, and return the wire record."""
        self._advance(1)
        return self.record

    def next_stage(self) -> None:
        """Move one stage on, as time passing does for tasks that report to a webhook."""
        self._advance(self.reads_per_stage)

    def _advance(self, ticks: int) -> None:
        with self._lock:
            if self.finished:
                return
            last = len(self.stages) - 1
            if self.duration is None:
                self.ticks += ticks
                self._enter(min(self.ticks // self.reads_per_stage, last))
            else:
                done = (self.clock() - self.started) / self.duration
                stage = min(int(done * last), last)
                self._enter(stage, self.started + self.duration * stage / last)
                if self.family.progress_field is not None:
                    self.record[self.family.progress_field] = round(min(done, 1.0) * 100, 1)
            finished = self.finished
        if finished and self.on_finish is not None:
            self.on_finish(self)

    def _enter(self, stage: int, at: float | None = None) -> None:
        status = self.stages[stage]
        if self.record.get(self.family.status_field) == status:
            return
        self.record[self.family.status_field] = status
        stamp = now_iso(at)
        self.record["updatedAt"] = stamp
        if f"{status}_time" in self.stamped:
            self.record[f"{status}_time"] = stamp
        if status in self.family.succeeded:
            self.record.update(self.results)
        elif status in self.family.failed:
            self.record[self.family.message_field] = self.fail_with


class TaskStore:
    """All tasks of all families, safe to use from the server's threads."""

    def __init__(
        self,
        templates: Mapping[str, TaskRecords],
        reads_per_stage: int = 1,
        kept: int = TASKS_KEPT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if reads_per_stage < 1:
            raise ValueError(f"reads_per_stage: must be at least 1, got {reads_per_stage}")
        if kept < 1:
            raise ValueError(f"max_tasks: must be at least 1, got {kept}")
        self.templates = templates
        self.reads_per_stage = reads_per_stage
        self.kept = kept
        self.clock = clock
        # By id, oldest first, and the same tasks per family, so a page costs its size.
        self._tasks: dict[str, MockTask] = {}
        self._families: dict[str, dict[str, MockTask]] = {}
        self._lock = threading.Lock()

    def start(
        self,
        family: TaskFamily[Any],
        fields: dict[str, Any],
        *,
        fail_with: str | None = None,
        reads_per_stage: int | None = None,
        stages: tuple[str, ...] | None = None,
        on_finish: Callable[[MockTask], None] | None = None,
        results: str = RESULTS,
        duration: float | None = None,
    ) -> MockTask:
        """Create a task of `family` from its template, the request's fields filled in; its
        result files will be addressed under `results`. With a `duration` it ends that many
        seconds after now on the store's clock, otherwise after its reads."""
        template = self.templates[family.name]
        record = template.fresh(fields)
        task_id = new_object_id()
        # Every result field the template fills; the main one always.
        examples = {f: template.example[f] for f in family.result_fields if template.example.get(f)}
        examples.setdefault(family.result_field, f"{RESULTS}/{family.name}.mp4")
        outcome = {f: result_for(family.name, task_id, e, results) for f, e in examples.items()}
        started = self.clock()
        stamp = now_iso(started)
        # Stage timestamps appear as the task reaches each stage.
        stamped = frozenset(k for k in template.example if k.endswith("_time"))
        for key in stamped:
            del record[key]
        record.update(
            {
                "_id": task_id,
                **{f: _blank(record.get(f)) for f in outcome},
                family.message_field: _blank(record.get(family.message_field)),
                family.status_field: None,
                "createdAt": stamp,
                "updatedAt": stamp,
            }
        )
        task = MockTask(
            family=family,
            record=record,
            results=outcome,
            reads_per_stage=reads_per_stage or self.reads_per_stage,
            fail_with=fail_with,
            stamped=stamped,
            running=stages,
            webhook_url=fields.get("webhook_url"),
            webhook_token=fields.get("webhook_token"),
            on_finish=on_finish,
            duration=duration,
            clock=self.clock,
            started=started,
        )
        with self._lock:
            self._tasks[task.id] = task
            self._families.setdefault(family.name, {})[task.id] = task
            if len(self._tasks) > self.kept:
                oldest = self._tasks.pop(next(iter(self._tasks)))
                del self._families[oldest.family.name][oldest.id]
        return task

    def __len__(self) -> int:
        return len(self._tasks)

    def get(self, family: TaskFamily[Any], task_id: str) -> MockTask | None:
        return self._families.get(family.name, {}).get(task_id)

    def of_family(self, family: TaskFamily[Any]) -> list[MockTask]:
        """The family's tasks, newest first."""
        with self._lock:
            return list(reversed(self._families.get(family.name, {}).values()))

    def page(self, family: TaskFamily[Any], start: int, size: int) -> tuple[list[MockTask], int]:
        """`size` of the family's tasks from `start` on, newest first, and how many it has."""
        with self._lock:
            tasks = self._families.get(family.name, {})
            # Page numbers and sizes past sys.maxsize are valid too.
            stop = min(start + size, len(tasks))
            return list(itertools.islice(reversed(tasks.values()), min(start, stop), stop)), len(
                tasks
            )

    def delete(self, family: TaskFamily[Any], task_id: str) -> bool:
        with self._lock:
            if self.get(family, task_id) is None:
                return False
            del self._tasks[task_id]
            del self._families[family.name][task_id]
            return True
