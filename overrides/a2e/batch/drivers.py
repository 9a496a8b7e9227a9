"""The drivers of a bulk run: `run` with `a2e.Client`, `run_async` with `a2e.AsyncClient`.

They send what `Batch` asks for and report back what came; every decision is the core's. The
sync driver starts jobs one after another (each intent on disk before its POST); the async
one sends a round's uploads, starts, reads and downloads at once, its intents journaled
together before any of those starts leaves.
"""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Awaitable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from .. import defaults
from ..errors import A2EError, ConfigurationError, unwrap
from ..polling import PollSchedule
from .jobs import Job, Target, read_jobs, refuse_invalid, target
from .journal import Journal, Row
from .runner import (
    MARK,
    Batch,
    Lookup,
    Options,
    ProgressCallback,
    Summary,
    checked_options,
    fatal,
    start_grace,
)

T = TypeVar("T")
_API = "a2e_client.api."


def _older(record: Any, since: float) -> bool:
    created = getattr(record, "created_at", None)
    return isinstance(created, datetime) and created.timestamp() < since


def _mark_of(record: Any) -> str | None:
    name = getattr(record, "name", None)
    found = MARK.search(name) if isinstance(name, str) else None
    return found.group(1) if found else None


def _chunks(ids: Sequence[str]) -> list[list[str]]:
    size = defaults.BATCH_READ_IDS
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


def _batch_body(ids: list[str]) -> Any:
    from a2e_client.models.batch_detail_request import BatchDetailRequest

    return BatchDetailRequest(ids=ids)


def _coins(data: Any) -> float | None:
    coins = getattr(data, "coins", None)
    if isinstance(coins, bool) or not isinstance(coins, int | float):
        return None
    return float(coins)


@dataclass(frozen=True)
class _Setup:
    goal: Target
    jobs: list[Job]
    options: Options


def _setup(
    client: Any,
    jobs: Any,
    section: str,
    operation: str,
    *,
    out: str | os.PathLike[str] | None,
    concurrency: int,
    budget: float | None,
    skip_invalid: bool,
    retry_failed: bool,
    restart_unknown: bool,
    task_timeout: float,
    schedule: PollSchedule | None,
) -> _Setup:
    """Everything checked before a request is sent or a journal written."""
    goal = target(section, operation)
    options = checked_options(
        goal,
        Options(
            concurrency=concurrency,
            budget=budget,
            retry_failed=retry_failed,
            restart_unknown=restart_unknown,
            out=Path(out) if out is not None else None,
            task_timeout=task_timeout,
            schedule=schedule if schedule is not None else PollSchedule(),
            grace=start_grace(client),
        ),
    )
    found = read_jobs(jobs, goal)
    if not skip_invalid:
        refuse_invalid(found)
    if options.out is not None:
        try:
            options.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ConfigurationError(
                f"out: cannot create {options.out}: {error.strerror or error}"
            ) from None
    return _Setup(goal, found, options)


def run(
    client: Any,
    jobs: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    *,
    section: str,
    operation: str = "start",
    journal: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    concurrency: int = defaults.BATCH_CONCURRENCY,
    budget: float | None = None,
    skip_invalid: bool = False,
    retry_failed: bool = False,
    restart_unknown: bool = False,
    task_timeout: float = defaults.WAIT_TIMEOUT,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
) -> Summary:
    """Start every job of `jobs` with `client.<section>.<operation>(**fields)`, follow the
    tasks and save their result files into `out`; return the summary.

    jobs: a JSON Lines or CSV file (one job's fields a line), or mappings of fields.
    journal: the SQLite file that makes the run resumable: rerun with the same one after any
        stop and finished jobs are skipped, started ones followed, unknown starts looked up.
    concurrency: tasks of this run running at A2E at once at most.
    budget: credits after which no job starts (what is already running still finishes).
    skip_invalid: start the valid jobs when some are not (else nothing starts).
    retry_failed, restart_unknown: start failed jobs, or jobs whose start is unknown, again.
    task_timeout: seconds this run follows a task; past it the task is left running.
    schedule: pauses between rounds of reads (an `a2e.PollSchedule`).
    on_progress: called with a `Progress` after every round and change.

    Raises ConfigurationError before anything is sent (a bad job names its line and field; a
    journal made from another file is refused) and JournalError when the journal cannot be
    written; KeyboardInterrupt leaves a journal a rerun continues from.
    """
    setup = _setup(
        client,
        jobs,
        section,
        operation,
        out=out,
        concurrency=concurrency,
        budget=budget,
        skip_invalid=skip_invalid,
        retry_failed=retry_failed,
        restart_unknown=restart_unknown,
        task_timeout=task_timeout,
        schedule=schedule,
    )
    before = _credits(client)
    with Journal.open(journal, setup.goal, setup.jobs) as book:
        batch = Batch(setup.goal, setup.jobs, book, setup.options, time.time())
        _Sync(client, batch, on_progress).drive()
    return batch.summary(before, _credits(client))


def _credits(client: Any) -> float | None:
    """The account's remaining credits; None when A2E does not say (the operation is not
    documented), unless the key itself is refused."""
    try:
        return _coins(client.miscellaneous.get_remaining_coins())
    except A2EError as error:
        if fatal(error):
            raise
        return None


class _Driver:
    """What both drivers hold: the client, the core, the start method, the progress callback."""

    def __init__(self, client: Any, batch: Batch, on_progress: ProgressCallback | None) -> None:
        self.client = client
        self.batch = batch
        self.goal = batch.goal
        self.on_progress = on_progress
        self.start_method = getattr(getattr(client, self.goal.section), self.goal.method)
        # Only families that can be looked up have one; `lookup()` asks for no other.
        lists = self.goal.family.operations.get("list", ())
        self.list_operation = importlib.import_module(_API + lists[0]) if lists else None

    def report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.batch.progress(time.time()))


class _Sync(_Driver):
    def drive(self) -> None:
        batch = self.batch
        self.report()
        while not batch.done():
            lookup = batch.lookup(time.time())
            if lookup is not None:
                self.look_up(lookup)
            while rows := batch.next_starts(time.time(), 1):
                self.start(rows[0])
                self.report()
            ids = batch.to_read(time.time())
            if ids:
                batch.read(self.read(ids), time.time())
            for row, task in batch.to_save():
                self.save(row, task)
            self.report()
            if not batch.done():
                time.sleep(batch.pause(time.time()))

    def look_up(self, lookup: Lookup) -> None:
        from ..pagination import paginate

        assert self.list_operation is not None
        found: dict[str, Any] = {}
        try:
            for record in paginate(self.list_operation, client=self.client):
                mark = _mark_of(record)
                if mark in lookup.markers:
                    found[mark] = record
                if len(found) == len(lookup.markers) or _older(record, lookup.since):
                    break
        except A2EError as error:
            self.batch.lookup_failed(lookup, error, time.time())
            return
        self.batch.looked_up(lookup, found, time.time())

    def start(self, row: Row) -> None:
        batch = self.batch
        for file in batch.files_to_upload(row):
            try:
                url = self.client.upload(file.path)
            except (A2EError, OSError) as error:
                batch.upload_failed(row, file, error, time.time())
                return
            batch.uploaded(file, url)
        (request,) = batch.intend([row], time.time())
        try:
            task = self.start_method(**request)
        except A2EError as error:
            batch.start_failed(row, error, time.time())
            return
        batch.started(row, task.data, time.time())

    def read(self, ids: list[str]) -> list[tuple[str, Any]]:
        family = self.goal.family
        outcomes: list[tuple[str, Any]] = []
        answered: set[str] = set()
        operation = family.batch_operation()
        if operation is not None:
            for chunk in _chunks(ids):
                try:
                    tasks = unwrap(
                        operation.sync_detailed(client=self.client, body=_batch_body(chunk))
                    )
                except A2EError as error:
                    outcomes += [(task_id, error) for task_id in chunk]
                    answered.update(chunk)
                    continue
                for task in tasks:
                    outcomes.append((family.id_of(task), task))
                    answered.add(family.id_of(task))
        detail = family.detail_operation()
        for task_id in ids:
            if task_id in answered:
                continue
            try:
                arguments = {family.id_argument: task_id}
                outcomes.append(
                    (task_id, unwrap(detail.sync_detailed(client=self.client, **arguments)))
                )
            except A2EError as error:
                outcomes.append((task_id, error))
        return outcomes

    def save(self, row: Row, task: Any) -> None:
        from ..downloads import download

        out = self.batch.options.out
        assert out is not None and row.task_id is not None
        try:
            paths = download(self.client, self.goal.family, row.task_id, out, task=task)
        except (A2EError, OSError) as error:
            self.batch.save_failed(row, error)
            return
        self.batch.saved(row, paths)


async def run_async(
    client: Any,
    jobs: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    *,
    section: str,
    operation: str = "start",
    journal: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    concurrency: int = defaults.BATCH_CONCURRENCY,
    budget: float | None = None,
    skip_invalid: bool = False,
    retry_failed: bool = False,
    restart_unknown: bool = False,
    task_timeout: float = defaults.WAIT_TIMEOUT,
    schedule: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
) -> Summary:
    """`run` with an `a2e.AsyncClient`: a round's starts, reads and downloads go at once (the
    intents of a round's starts are journaled together, before any of them is sent)."""
    setup = _setup(
        client,
        jobs,
        section,
        operation,
        out=out,
        concurrency=concurrency,
        budget=budget,
        skip_invalid=skip_invalid,
        retry_failed=retry_failed,
        restart_unknown=restart_unknown,
        task_timeout=task_timeout,
        schedule=schedule,
    )
    before = await _credits_async(client)
    with Journal.open(journal, setup.goal, setup.jobs) as book:
        batch = Batch(setup.goal, setup.jobs, book, setup.options, time.time())
        await _Async(client, batch, on_progress).drive()
    return batch.summary(before, await _credits_async(client))


async def _credits_async(client: Any) -> float | None:
    try:
        return _coins(await client.miscellaneous.get_remaining_coins())
    except A2EError as error:
        if fatal(error):
            raise
        return None


async def _all(coroutines: Iterable[Awaitable[T]]) -> list[T]:
    """Await them together; the first error cancels the rest and is raised as it is."""
    import asyncio

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(_coroutine(c)) for c in coroutines]
    except BaseExceptionGroup as errors:
        raise errors.exceptions[0] from None
    return [task.result() for task in tasks]


async def _coroutine(awaitable: Awaitable[T]) -> T:
    return await awaitable


class _Async(_Driver):
    async def drive(self) -> None:
        import asyncio

        batch = self.batch
        self.report()
        while not batch.done():
            lookup = batch.lookup(time.time())
            if lookup is not None:
                await self.look_up(lookup)
            rows = batch.next_starts(time.time())
            if rows:
                await self.start_all(rows)
                self.report()
            ids = batch.to_read(time.time())
            if ids:
                batch.read(await self.read(ids), time.time())
            saves = batch.to_save()
            if saves:
                limit = asyncio.Semaphore(defaults.BATCH_DOWNLOAD_CONCURRENCY)
                await _all(self.save(row, task, limit) for row, task in saves)
            self.report()
            if not batch.done():
                await asyncio.sleep(batch.pause(time.time()))

    async def look_up(self, lookup: Lookup) -> None:
        from ..pagination import paginate_async

        assert self.list_operation is not None
        found: dict[str, Any] = {}
        try:
            async for record in paginate_async(self.list_operation, client=self.client):
                mark = _mark_of(record)
                if mark in lookup.markers:
                    found[mark] = record
                if len(found) == len(lookup.markers) or _older(record, lookup.since):
                    break
        except A2EError as error:
            self.batch.lookup_failed(lookup, error, time.time())
            return
        self.batch.looked_up(lookup, found, time.time())

    async def start_all(self, rows: list[Row]) -> None:
        batch = self.batch
        ready = [
            row for row, ok in zip(rows, await _all(map(self.upload, rows)), strict=True) if ok
        ]
        if not ready:
            return
        requests = batch.intend(ready, time.time())
        await _all(self.start(row, request) for row, request in zip(ready, requests, strict=True))

    async def upload(self, row: Row) -> bool:
        for file in self.batch.files_to_upload(row):
            try:
                url = await self.client.upload(file.path)
            except (A2EError, OSError) as error:
                self.batch.upload_failed(row, file, error, time.time())
                return False
            self.batch.uploaded(file, url)
        return True

    async def start(self, row: Row, request: dict[str, Any]) -> None:
        try:
            task = await self.start_method(**request)
        except A2EError as error:
            self.batch.start_failed(row, error, time.time())
            return
        self.batch.started(row, task.data, time.time())

    async def read(self, ids: list[str]) -> list[tuple[str, Any]]:
        import asyncio

        family = self.goal.family
        operation = family.batch_operation()
        answered: set[str] = set()
        outcomes: list[tuple[str, Any]] = []

        async def batch_read(chunk: list[str]) -> None:
            assert operation is not None
            try:
                response = await operation.asyncio_detailed(
                    client=self.client, body=_batch_body(chunk)
                )
                tasks = unwrap(response)
            except A2EError as error:
                outcomes.extend((task_id, error) for task_id in chunk)
                answered.update(chunk)
                return
            for task in tasks:
                outcomes.append((family.id_of(task), task))
                answered.add(family.id_of(task))

        if operation is not None:
            await _all(map(batch_read, _chunks(ids)))
        detail = family.detail_operation()
        limit = asyncio.Semaphore(defaults.WAIT_MAX_CONCURRENCY)

        async def one(task_id: str) -> None:
            async with limit:
                try:
                    arguments = {family.id_argument: task_id}
                    response = await detail.asyncio_detailed(client=self.client, **arguments)
                    outcomes.append((task_id, unwrap(response)))
                except A2EError as error:
                    outcomes.append((task_id, error))

        await _all(one(task_id) for task_id in ids if task_id not in answered)
        return outcomes

    async def save(self, row: Row, task: Any, limit: Any) -> None:
        from ..downloads import download_async

        out = self.batch.options.out
        assert out is not None and row.task_id is not None
        async with limit:
            try:
                paths = await download_async(
                    self.client, self.goal.family, row.task_id, out, task=task
                )
            except (A2EError, OSError) as error:
                self.batch.save_failed(row, error)
                return
        self.batch.saved(row, paths)
