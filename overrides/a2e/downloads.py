"""A finished task's result files -> local files: streamed, atomic, resumed, never paid twice.

A download only ever reads the task (its detail operation): it never starts one. Each file is
streamed in chunks into `<name>.part` next to its final name and renamed only once complete,
so a file under its final name is always whole. A broken transfer resumes from the bytes on
disk where the server honours `Range`; a result link that has expired (A2E's links are signed
and time-limited) is replaced by reading the task again for a fresh one.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx

from . import defaults
from .answers import checked_address
from .client import BaseClient
from .errors import (
    A2EError,
    APIConnectionError,
    APIError,
    InvalidResponseError,
    TaskFailed,
    unwrap,
)
from .retry import RetryPolicy
from .tasks import TaskFamily, family_named

DOWNLOAD_TIMEOUT = httpx.Timeout(defaults.DOWNLOAD_READ_TIMEOUT, connect=defaults.CONNECT_TIMEOUT)
# What each fetch asks for, unless an http_client is passed to download(): that one is used
# exactly as it is.
FETCH: dict[str, Any] = {"timeout": DOWNLOAD_TIMEOUT, "follow_redirects": True}
# Signed links answer one of these once they have expired; a fresh read of the task helps.
EXPIRED_STATUSES = frozenset({401, 403, 404, 410})
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")

ProgressCallback = Callable[[Path, int, "int | None"], object]
Action = Literal["write", "append", "complete", "refresh", "again", "retry"]


def result_urls(family: str | TaskFamily[Any], task: Any) -> list[str]:
    """The http(s) addresses among a task's result fields, in the family's order, each once
    (a family may name one file under two fields)."""
    family = family_named(family)
    urls: dict[str, None] = {}
    for field in family.result_fields:
        value = getattr(task, family.attribute(field), None)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.startswith(("http://", "https://")):
                urls[item] = None
    return list(urls)


def _finished_urls(family: TaskFamily[Any], task_id: str, task: Any) -> list[str]:
    status = family.status_of(task)
    if status in family.failed:
        message = family.failure_message(task) or "no failure message from A2E"
        raise TaskFailed(
            f"{family.name} task {task_id} {status}: {message}", task=task, status=status
        )
    if status not in family.succeeded:
        raise A2EError(
            f"{family.name} task {task_id} is not finished (status {status}); wait for it first"
        )
    urls = result_urls(family, task)
    if not urls:
        raise A2EError(f"{family.name} task {task_id} has no result file to download")
    return [checked_address(url, f"{family.name} task {task_id}'s result address") for url in urls]


def file_names(task_id: str, urls: list[str]) -> list[str]:
    """Local names: the task id (and the file's number when there are several), with the
    suffix of the address. Names do not depend on the link, so a fresh link resumes the
    same partial file."""
    names = []
    for number, url in enumerate(urls, start=1):
        found = _SUFFIX.search(urlsplit(url).path)
        suffix = found.group(0).lower() if found else ""
        names.append(f"{task_id}{suffix}" if len(urls) == 1 else f"{task_id}-{number}{suffix}")
    return names


def _content_range(headers: httpx.Headers) -> tuple[int | None, int | None]:
    """(first byte, total size) of a `Content-Range: bytes a-b/n` (or `*/n`) header."""
    found = re.fullmatch(r"bytes (?:(\d+)-\d+|\*)/(\d+|\*)", headers.get("content-range", ""))
    if found is None:
        return None, None
    first, total = found.groups()
    return (
        int(first) if first is not None else None,
        int(total) if total != "*" else None,
    )


@dataclass
class _File:
    """One result file being fetched: the decisions shared by the sync and async drivers."""

    url: str
    index: int
    target: Path
    offset: int = 0
    total: int | None = None
    validator: str | None = None
    refreshed: bool = False
    restarted: bool = False
    attempt: int = 0

    @property
    def part(self) -> Path:
        return self.target.with_name(self.target.name + ".part")

    def _on_disk(self) -> int:
        return self.part.stat().st_size if self.part.exists() else 0

    def headers(self) -> dict[str, str]:
        """Ask for the missing bytes only; `If-Range` makes a changed file come whole."""
        self.offset = self._on_disk()
        # Ranges count the bytes as sent: ask for the file itself, not a compressed form of it.
        headers = {"Accept-Encoding": "identity"}
        if not self.offset:
            return headers
        headers["Range"] = f"bytes={self.offset}-"
        if self.validator:
            headers["If-Range"] = self.validator
        return headers

    def decide(self, response: httpx.Response) -> Action:
        """What to do with the answer to `headers()`; raises when storage refuses for good.

        write/append: stream the body into the part file from its start or its end;
        complete: the part file already holds everything; refresh: read the task for a fresh
        link and ask again; again: ask again (the part file was dropped); retry: wait, then
        ask again.
        """
        status = response.status_code
        first, total = _content_range(response.headers)
        if status >= 500 or status == 429:
            return "retry"
        if status == 206 and first == self.offset:
            self.total = total
            self._remember(response)
            return "append"
        if status == 200:
            length = response.headers.get("content-length")
            self.total = int(length) if length and length.isdigit() else None
            self._remember(response)
            return "write"
        if status == 416 and self.offset and not self.restarted:
            if total == self.offset:
                return "complete"
            # The bytes on disk do not belong to this file: start over, once.
            self.restarted = True
            self.part.unlink()
            return "again"
        if status in EXPIRED_STATUSES and not self.refreshed:
            self.refreshed = True
            return "refresh"
        raise APIError(
            f"storage refused the download of {self.target.name}: HTTP {status}",
            status_code=status,
        )

    def _remember(self, response: httpx.Response) -> None:
        self.validator = response.headers.get("etag") or response.headers.get("last-modified")

    def start(self, action: Action) -> tuple[str, int]:
        """(file mode, bytes already there) for writing the body of a write/append answer."""
        return ("ab", self.offset) if action == "append" else ("wb", 0)

    def finish(self) -> Path | None:
        """Give the part file its final name if it is whole; None when bytes are missing."""
        if self.total is not None and self._on_disk() < self.total:
            return None
        os.replace(self.part, self.target)
        return self.target

    def retry_delay(self, policy: RetryPolicy, outcome: Exception | httpx.Response) -> float:
        """Seconds before asking again after a failed attempt; raises when it is time to stop.

        A transfer that moved forward earns a fresh set of retries: resuming keeps its bytes.
        """
        if self._on_disk() > self.offset:
            self.attempt = 0
        request = httpx.Request("GET", self.url)
        if isinstance(outcome, httpx.Response):
            delay = policy.delay(request, outcome, self.attempt)
            if delay is None:
                raise APIError(
                    f"storage failed on {self.target.name}: HTTP {outcome.status_code}",
                    status_code=outcome.status_code,
                )
        else:
            delay = (
                policy.delay(request, outcome, self.attempt)
                if isinstance(outcome, httpx.TransportError)
                else None
            )
            if delay is None:
                raise APIConnectionError(
                    f"download of {self.target.name} failed: {outcome or type(outcome).__name__}"
                ) from outcome
        self.attempt += 1
        return delay

    def kept(self, on_progress: ProgressCallback | None) -> Path | None:
        """The final file when an earlier download already saved it."""
        if not self.target.exists():
            return None
        if on_progress is not None:
            size = self.target.stat().st_size
            on_progress(self.target, size, size)
        return self.target


ENDED_EARLY = "the file ended before its announced size"


def _plan(family: TaskFamily[Any], task_id: str, task: Any, directory: Path) -> list[_File]:
    urls = _finished_urls(family, task_id, task)
    directory.mkdir(parents=True, exist_ok=True)
    return [
        _File(url, index, directory / name)
        for index, (url, name) in enumerate(zip(urls, file_names(task_id, urls), strict=True))
    ]


def _matching(family: TaskFamily[Any], task_id: str, data: Any) -> Any:
    """The task in a detail answer; some detail operations answer a one-element list."""
    if isinstance(data, list):
        return next((t for t in data if family.id_of(t) == task_id), None)
    return data


def _fresh_url(family: TaskFamily[Any], task_id: str, data: Any, index: int) -> str:
    urls = _finished_urls(family, task_id, _matching(family, task_id, data))
    if index >= len(urls):
        raise A2EError(f"{family.name} task {task_id} no longer lists result file {index + 1}")
    return urls[index]


def _policy(client: Any) -> RetryPolicy:
    policy = getattr(client, "retry_policy", None)
    return policy if isinstance(policy, RetryPolicy) else RetryPolicy()


# Seconds between two looks at a part file another download is writing.
WRITER_POLL = 0.05


class _Writers:
    """One writer per part file in this process: threads or tasks saving the same result into
    the same folder wait for each other, and the later ones find the file saved."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._held: dict[Path, tuple[threading.Lock, int]] = {}

    def _lock(self, path: Path) -> threading.Lock:
        with self._guard:
            lock, users = self._held.get(path, (threading.Lock(), 0))
            self._held[path] = (lock, users + 1)
            return lock

    def _unlock(self, path: Path, lock: threading.Lock) -> None:
        with self._guard:
            _, users = self._held[path]
            if users == 1:
                del self._held[path]
            else:
                self._held[path] = (lock, users - 1)

    @contextmanager
    def held(self, path: Path) -> Iterator[None]:
        lock = self._lock(path)
        try:
            with lock:
                yield
        finally:
            self._unlock(path, lock)

    @asynccontextmanager
    async def held_async(self, path: Path) -> AsyncIterator[None]:
        import asyncio

        lock = self._lock(path)
        try:
            # Polled, so that a task cancelled while it waits never takes the lock later; an
            # asyncio.Event could not hear a thread's release.
            while not lock.acquire(blocking=False):  # noqa: ASYNC110
                await asyncio.sleep(WRITER_POLL)
            try:
                yield
            finally:
                lock.release()
        finally:
            self._unlock(path, lock)


_WRITERS = _Writers()

H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def _fetcher(
    client: Any, supplied: H | None, new: Callable[[], H], lent: Callable[[BaseClient], H]
) -> tuple[H, dict[str, Any], bool]:
    """(the httpx client that fetches result files, the options of each fetch, whether to
    close it when done). An `a2e.Client` lends its connections (transport, proxies, TLS;
    never its key); a generated client gets a new httpx client."""
    if supplied is not None:
        return supplied, {}, False
    if isinstance(client, BaseClient):
        return lent(client), FETCH, False
    return new(), FETCH, True


def _undecodable(file: _File, error: httpx.DecodingError) -> InvalidResponseError:
    return InvalidResponseError(
        f"storage sent {file.target.name} in an encoding it does not decode as: {error}",
        expected="a body that matches its Content-Encoding",
    )


def _redirected(file: _File) -> APIError:
    return APIError(f"storage redirected the download of {file.target.name} too many times")


def download(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    directory: str | os.PathLike[str] = ".",
    *,
    task: Any = None,
    on_progress: ProgressCallback | None = None,
    http_client: httpx.Client | None = None,
) -> list[Path]:
    """Save the result files of a finished task into `directory`; return their paths.

    Files are named after the task (`<id>.mp4`, or `<id>-1.png`, `<id>-2.png`...); one already
    saved under its final name is kept. `task`: the task as already read (for example what
    `a2e.wait` returned), to save a read. `on_progress(path, bytes_so_far, total_or_None)` is
    called as bytes arrive. `http_client`: the httpx client that fetches the files (it never
    carries A2E's key); by default the connections of an `a2e.Client` (its transport, proxies
    and TLS settings), following redirects.

    Raises `a2e.TaskFailed` for a failed task, `a2e.A2EError` for one still running or without
    result files, `a2e.APIError` when storage refuses a file even through a fresh link, and
    `a2e.APIConnectionError` when the transfer keeps breaking.
    """
    family = family_named(family)
    detail = family.detail_operation()

    def read() -> Any:
        data = unwrap(detail.sync_detailed(client=client, **{family.id_argument: task_id}))
        return _matching(family, task_id, data)

    files = _plan(family, task_id, task if task is not None else read(), Path(directory))
    policy = _policy(client)
    http, options, owned = _fetcher(client, http_client, httpx.Client, BaseClient.storage_client)

    def fetch(file: _File) -> Path:
        if (kept := file.kept(on_progress)) is not None:
            return kept
        while True:
            outcome: Exception | httpx.Response
            try:
                with http.stream("GET", file.url, headers=file.headers(), **options) as response:
                    action = file.decide(response)
                    if action == "refresh":
                        file.url = _fresh_url(family, task_id, read(), file.index)
                        continue
                    if action == "again":
                        continue
                    if action in ("write", "append"):
                        mode, received = file.start(action)
                        with file.part.open(mode) as out:
                            if on_progress is not None:
                                on_progress(file.target, received, file.total)
                            for chunk in response.iter_bytes():
                                out.write(chunk)
                                received += len(chunk)
                                if on_progress is not None:
                                    on_progress(file.target, received, file.total)
                            _sync(out)
                    if action != "retry" and (saved := file.finish()) is not None:
                        return saved
                    outcome = response if action == "retry" else httpx.ReadError(ENDED_EARLY)
            except httpx.TransportError as error:
                outcome = error
            except httpx.DecodingError as error:
                raise _undecodable(file, error) from error
            except httpx.TooManyRedirects:
                raise _redirected(file) from None
            time.sleep(file.retry_delay(policy, outcome))

    try:
        saved = []
        for file in files:
            with _WRITERS.held(file.part):
                saved.append(fetch(file))
        return saved
    finally:
        if owned:
            http.close()


async def download_async(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    directory: str | os.PathLike[str] = ".",
    *,
    task: Any = None,
    on_progress: ProgressCallback | None = None,
    http_client: httpx.AsyncClient | None = None,
) -> list[Path]:
    """The async form of `download`; disk work runs in a worker thread."""
    import asyncio  # here, not at the top: see AsyncRetryTransport

    family = family_named(family)
    detail = family.detail_operation()

    async def read() -> Any:
        data = unwrap(await detail.asyncio_detailed(client=client, **{family.id_argument: task_id}))
        return _matching(family, task_id, data)

    first = task if task is not None else await read()
    files = await asyncio.to_thread(_plan, family, task_id, first, Path(directory))
    policy = _policy(client)
    http, options, owned = _fetcher(
        client, http_client, httpx.AsyncClient, BaseClient.async_storage_client
    )

    async def fetch(file: _File) -> Path:
        if (kept := await asyncio.to_thread(file.kept, on_progress)) is not None:
            return kept
        while True:
            outcome: Exception | httpx.Response
            try:
                async with http.stream(
                    "GET", file.url, headers=file.headers(), **options
                ) as response:
                    action = file.decide(response)
                    if action == "refresh":
                        file.url = _fresh_url(family, task_id, await read(), file.index)
                        continue
                    if action == "again":
                        continue
                    if action in ("write", "append"):
                        mode, received = file.start(action)
                        out = await asyncio.to_thread(file.part.open, mode)
                        try:
                            if on_progress is not None:
                                on_progress(file.target, received, file.total)
                            async for chunk in response.aiter_bytes():
                                await asyncio.to_thread(out.write, chunk)
                                received += len(chunk)
                                if on_progress is not None:
                                    on_progress(file.target, received, file.total)
                            await asyncio.to_thread(_sync, out)
                        finally:
                            out.close()
                    if action != "retry" and (saved := file.finish()) is not None:
                        return saved
                    outcome = response if action == "retry" else httpx.ReadError(ENDED_EARLY)
            except httpx.TransportError as error:
                outcome = error
            except httpx.DecodingError as error:
                raise _undecodable(file, error) from error
            except httpx.TooManyRedirects:
                raise _redirected(file) from None
            await asyncio.sleep(file.retry_delay(policy, outcome))

    try:
        saved = []
        for file in files:
            async with _WRITERS.held_async(file.part):
                saved.append(await fetch(file))
        return saved
    finally:
        if owned:
            await http.aclose()


def _sync(out: Any) -> None:
    """Flush a file to disk before it is renamed, so a crash never leaves a short final file."""
    out.flush()
    os.fsync(out.fileno())
