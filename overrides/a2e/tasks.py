"""The TaskFamily type: which operation reads a task, where its status is, what ends it.

The families themselves are declared in the spec (`x-a2e-families`) and generated into
`a2e_client.families`; this module re-exports them (`a2e.tasks.FACE_SWAP`, `TASK_FAMILIES`...)
on first use. Operation modules are named, not imported, so that `import a2e` stays cheap;
`TaskFamily` imports one when a poller first needs it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import defaults
from .errors import ConfigurationError

_API = "a2e_client.api."
T = TypeVar("T")


# eq=False: families are singletons compared by identity, and their mappings are not hashable.
@dataclass(frozen=True, eq=False)
class TaskFamily(Generic[T]):
    """What pollers, webhooks and the mock know about one kind of A2E task; `T` is its model.

    The families are constants of this module (FACE_SWAP, NANO_BANANA...); passing one to
    `a2e.wait` instead of its name gives the result its type.

    model: the task's generated model, as "<module>.<Class>" under a2e_client.models.
    id_argument: keyword of the detail operation that takes the task id.
    operations: role (start, detail, status, list, batch, delete) -> generated operation
        modules under a2e_client.api, the one to call first.
    status_field, result_fields, message_field, code_field: wire names in the task record;
        `attributes` maps the ones whose model attribute differs (`_id` -> `id`).
    running: status values before a terminal one, in order; succeeded, failed: terminal
        values, the usual one first. Any other value means "keep waiting".
    typical_seconds, spread: the median run time of the family's tasks and the spread of its
        logarithm, from which a wait plans its reads (see `a2e.durations`).
    progress_field: wire name of a percentage done, for families whose records carry one.
    created_field, finished_fields: wire names of the record's creation time and of the
        times it was completed or last changed (the first one present counts), by which run
        times are measured.
    """

    name: str
    title: str
    model: str
    id_argument: str
    operations: Mapping[str, tuple[str, ...]]
    status_field: str
    running: tuple[str, ...]
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]
    result_fields: tuple[str, ...]
    message_field: str
    code_field: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)
    typical_seconds: float = defaults.TASK_TYPICAL_SECONDS
    spread: float = defaults.TASK_SPREAD
    progress_field: str | None = None
    created_field: str | None = None
    finished_fields: tuple[str, ...] = ()

    @property
    def detail(self) -> str:
        return self.operations["detail"][0]

    @property
    def batch(self) -> str | None:
        return self.operations.get("batch", (None,))[0]

    @property
    def result_field(self) -> str:
        return self.result_fields[0]

    def detail_operation(self) -> ModuleType:
        return importlib.import_module(_API + self.detail)

    def batch_operation(self) -> ModuleType | None:
        return importlib.import_module(_API + self.batch) if self.batch else None

    def attribute(self, wire_name: str) -> str:
        """The model attribute holding the wire field `wire_name`."""
        return self.attributes.get(wire_name, wire_name)

    def status_of(self, task: Any) -> str:
        """The task's status as a plain string (unknown values included)."""
        return str(getattr(task, self.attribute(self.status_field)))

    def failure_message(self, task: Any) -> str | None:
        message = getattr(task, self.attribute(self.message_field), None)
        return message if isinstance(message, str) and message else None

    def id_of(self, task: Any) -> str:
        return str(task.id)


def family_named(name: str | TaskFamily[Any]) -> TaskFamily[Any]:
    """The family called `name`, with a clear error naming the known ones otherwise."""
    if isinstance(name, TaskFamily):
        return name
    from a2e_client.families import TASK_FAMILIES

    try:
        return TASK_FAMILIES[name]
    except (KeyError, TypeError):
        raise ConfigurationError(
            f"family: unknown task family {name!r}; known: {sorted(TASK_FAMILIES)}"
        ) from None


if TYPE_CHECKING:
    from a2e_client.families import *  # noqa: F403
else:
    # The generated table imports TaskFamily from here, so it is loaded on first use.
    def __getattr__(name: str) -> Any:
        from a2e_client import families

        if name in families.__all__:
            return getattr(families, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
