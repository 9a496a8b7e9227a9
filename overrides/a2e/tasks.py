"""The TaskFamily type: which operation reads a task, where its status is, what ends it.

The families themselves are declared in the spec (`x-a2e-families`) and generated into
`a2e_client.families`; this module re-exports them (`a2e.tasks.FACE_SWAP`, `TASK_FAMILIES`...)
on first use. Operation modules are named, not imported, so that `import a2e` stays cheap;
`TaskFamily` imports one when a poller first needs it.
"""

from __future__ import annotations

import difflib
import importlib
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

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
    """The family called `name`: its own name (`wan26_image`), or its section's
    (`wan_2_6_image`), in snake_case or kebab-case. An unknown name is a ConfigurationError
    offering the closest known ones."""
    if isinstance(name, TaskFamily):
        return name
    from a2e_client.families import ALIASES, TASK_FAMILIES

    if isinstance(name, str) and name in ALIASES:
        return TASK_FAMILIES[ALIASES[name]]
    raise ConfigurationError(f"family: unknown task family {name!r}; {_known(name)}")


def _known(name: object) -> str:
    """What to offer instead of an unknown family name: the closest few, else every family."""
    from a2e_client.families import ALIASES, TASK_FAMILIES

    close: dict[str, str] = {}
    if isinstance(name, str):
        # One spelling per family, the closest: `face-swp` offers face-swap, not also face_swap.
        for alias in difflib.get_close_matches(
            name, ALIASES, n=len(ALIASES), cutoff=defaults.CLOSE_MATCH
        ):
            close.setdefault(ALIASES[alias], alias)
    if close:
        return f"did you mean {' or '.join(list(close.values())[: defaults.CLOSE_MATCHES_SHOWN])}?"
    return f"known: {', '.join(TASK_FAMILIES)}"


@dataclass(frozen=True)
class TaskError:
    """Why a task failed, in every family's words: A2E's message and code (None when A2E
    sent none)."""

    message: str | None
    code: int | str | None


def _is_address(wire_name: str) -> bool:
    # A result field named *_url or *_urls holds files; any other (speaker_id, anchor_id)
    # holds the id of what the task made.
    return wire_name.endswith(("_url", "_urls"))


class _Handle(Generic[T]):
    """What sync and async task handles share: the record and one vocabulary over it."""

    def __init__(
        self, client: Any, family: TaskFamily[T], data: T, response: httpx.Response | None = None
    ) -> None:
        self._client = client
        self.family = family
        self.data = data
        self.http_response = response

    @property
    def id(self) -> str:
        return self.family.id_of(self.data)

    @property
    def status(self) -> str:
        """A2E's own word for the state (`completed`, `success`, `process`...)."""
        return self.family.status_of(self.data)

    @property
    def succeeded(self) -> bool:
        return self.status in self.family.succeeded

    @property
    def failed(self) -> bool:
        return self.status in self.family.failed

    @property
    def done(self) -> bool:
        return self.succeeded or self.failed

    @property
    def result_urls(self) -> list[str]:
        """Every result file's address (empty until the task succeeds)."""
        found: list[str] = []
        for wire in self.family.result_fields:
            if not _is_address(wire):
                continue
            value = getattr(self.data, self.family.attribute(wire), None)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item and item not in found:
                    found.append(item)
        return found

    @property
    def result_id(self) -> str | None:
        """What the task made, where that is an id rather than a file (a cloned voice's
        `speaker_id`, a trained avatar's `anchor_id`)."""
        for wire in self.family.result_fields:
            value = getattr(self.data, self.family.attribute(wire), None)
            if not _is_address(wire) and isinstance(value, str) and value:
                return value
        return None

    @property
    def error(self) -> TaskError | None:
        """Why the task failed; None unless it failed."""
        if not self.failed:
            return None
        from .polling import _failure_code

        return TaskError(
            self.family.failure_message(self.data), _failure_code(self.family, self.data)
        )

    def _check_files_to_save(self) -> None:
        if not any(_is_address(wire) for wire in self.family.result_fields):
            raise ConfigurationError(
                f"download: a {self.family.name} task makes no file; its result is an id "
                f"(task.result_id: {self.result_id!r})"
            )

    def _wait_options(
        self, timeout: float | None, on_update: Callable[[T], object] | None, options: Any
    ) -> dict[str, Any]:
        """What `a2e.wait` (or `wait_async`) is given for this task."""
        wait_timeout = defaults.WAIT_TIMEOUT if timeout is None else timeout
        return {"timeout": wait_timeout, "on_update": on_update, **options}

    @contextmanager
    def _keeping_last_state(self) -> Iterator[None]:
        """A wait that fails or times out still leaves its last state in `data`."""
        from .errors import TaskFailed, TaskTimeout

        try:
            yield
        except (TaskFailed, TaskTimeout) as error:
            if error.task is not None:
                self.data = error.task
            raise

    def __repr__(self) -> str:
        kind = type(self).__name__
        return f"{kind}(family={self.family.name!r}, id={self.id!r}, status={self.status!r})"


class Task(_Handle[T]):
    """A task A2E runs: started by a resource's `start`, or `client.<section>.task(id)`.

    `status` is A2E's word; `done`, `succeeded`, `failed`, `result_urls`, `result_id` and
    `error` say the same in every family's terms; `data` is the family's typed record.
    """

    @classmethod
    def read(cls, client: Any, family: TaskFamily[T], task_id: str) -> Task[T]:
        task = cls(client, family, cast(T, None))
        task._read(task_id)
        return task

    def _read(self, task_id: str) -> None:
        from .errors import unwrap

        detail = self.family.detail_operation()
        arguments = {self.family.id_argument: task_id}
        self.data = unwrap(detail.sync_detailed(client=self._client, **arguments))

    def refresh(self) -> Task[T]:
        """Read the task again; return this handle."""
        self._read(self.id)
        return self

    def wait(
        self,
        *,
        timeout: float | None = None,
        on_update: Callable[[T], object] | None = None,
        **options: Any,
    ) -> Task[T]:
        """Wait until the task ends (see `a2e.wait`); return this handle.

        Raises `a2e.TaskFailed` if it fails and `a2e.TaskTimeout` after `timeout` seconds
        (by default `a2e.defaults.WAIT_TIMEOUT`); `data` holds the last state either way.
        """
        from .polling import wait

        arguments = self._wait_options(timeout, on_update, options)
        with self._keeping_last_state():
            self.data = wait(self._client, self.family, self.id, **arguments)
        return self

    def download(self, directory: str | os.PathLike[str] = ".", **options: Any) -> list[Path]:
        """Save the result files into `directory` (see `a2e.download`); return their paths."""
        from .downloads import download

        self._check_files_to_save()
        return download(self._client, self.family, self.id, directory, task=self.data, **options)


class AsyncTask(_Handle[T]):
    """`Task`, awaited: what `a2e.AsyncClient`'s resources return."""

    @classmethod
    async def read(cls, client: Any, family: TaskFamily[T], task_id: str) -> AsyncTask[T]:
        task = cls(client, family, cast(T, None))
        await task._read(task_id)
        return task

    async def _read(self, task_id: str) -> None:
        from .errors import unwrap

        detail = self.family.detail_operation()
        arguments = {self.family.id_argument: task_id}
        self.data = unwrap(await detail.asyncio_detailed(client=self._client, **arguments))

    async def refresh(self) -> AsyncTask[T]:
        await self._read(self.id)
        return self

    async def wait(
        self,
        *,
        timeout: float | None = None,
        on_update: Callable[[T], object] | None = None,
        **options: Any,
    ) -> AsyncTask[T]:
        from .polling import wait_async

        arguments = self._wait_options(timeout, on_update, options)
        with self._keeping_last_state():
            self.data = await wait_async(self._client, self.family, self.id, **arguments)
        return self

    async def download(self, directory: str | os.PathLike[str] = ".", **options: Any) -> list[Path]:
        from .downloads import download_async

        self._check_files_to_save()
        return await download_async(
            self._client, self.family, self.id, directory, task=self.data, **options
        )


def wait_all(tasks: Sequence[Task[Any]], *, timeout: float | None = None) -> list[Task[Any]]:
    """Wait until every task ends, with one batch read a round per family where it has one;
    return the handles, updated. A failure or timeout raises as `a2e.wait_many` does."""
    from .polling import wait_many

    groups: dict[tuple[int, str], list[Task[Any]]] = {}
    for task in tasks:
        groups.setdefault((id(task._client), task.family.name), []).append(task)
    for members in groups.values():
        first = members[0]
        finished = wait_many(
            first._client,
            first.family,
            [t.id for t in members],
            timeout=defaults.WAIT_TIMEOUT if timeout is None else timeout,
        )
        for task in members:
            task.data = finished[task.id]
    return list(tasks)


if TYPE_CHECKING:
    from a2e_client.families import *  # noqa: F403
else:
    # The generated table imports TaskFamily from here, so it is loaded on first use.
    def __getattr__(name: str) -> Any:
        from a2e_client import families

        if name in families.__all__:
            return getattr(families, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
