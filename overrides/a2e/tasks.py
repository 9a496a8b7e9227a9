"""The task families: which operation reads a task, where its status is, what ends it.

Operation modules are named, not imported, so that `import a2e` stays cheap; `TaskFamily`
imports one when a poller first needs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

_API = "a2e_client.api."


@dataclass(frozen=True)
class TaskFamily:
    """What a poller needs to know about one kind of A2E task.

    detail: generated operation module that reads one task (`sync_detailed(id=..., client=...)`).
    batch: generated operation module that reads many tasks by `ids`, when A2E has one.
    status_field, result_field, message_field: attribute names on the typed task model.
    succeeded, failed: terminal status values, the usual one first; any other value means
        "keep waiting".
    running: the status values the task goes through before a terminal one, in order.
    """

    name: str
    detail: str
    batch: str | None = None
    status_field: str = "current_status"
    succeeded: tuple[str, ...] = ("completed",)
    failed: tuple[str, ...] = ("failed",)
    running: tuple[str, ...] = ("initialized", "processing")
    result_field: str = "result_url"
    message_field: str = "faild_message"

    def detail_operation(self) -> ModuleType:
        return importlib.import_module(_API + self.detail)

    def batch_operation(self) -> ModuleType | None:
        return importlib.import_module(_API + self.batch) if self.batch else None

    def status_of(self, task: Any) -> str:
        """The task's status as a plain string (unknown values included)."""
        return str(getattr(task, self.status_field))

    def failure_message(self, task: Any) -> str | None:
        message = getattr(task, self.message_field, None)
        return message if isinstance(message, str) and message else None

    def id_of(self, task: Any) -> str:
        return str(task.id)


TASK_FAMILIES: Mapping[str, TaskFamily] = {
    family.name: family
    for family in (
        TaskFamily(
            name="face_swap",
            detail="face_swap.get_face_swap_task",
            batch="face_swap.batch_get_face_swap_tasks",
        ),
        TaskFamily(name="face_swap_preview", detail="face_swap.get_face_swap_preview_status"),
    )
}


def family_named(name: str | TaskFamily) -> TaskFamily:
    """The family called `name`, with a clear error naming the known ones otherwise."""
    if isinstance(name, TaskFamily):
        return name
    try:
        return TASK_FAMILIES[name]
    except KeyError:
        raise ValueError(
            f"family: unknown task family {name!r}; known: {sorted(TASK_FAMILIES)}"
        ) from None
