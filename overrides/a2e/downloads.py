"""A finished task's result files -> local files: streamed, atomic, resumed, never paid twice.

A download only ever reads the task (its detail operation): it never starts one. Each file is
streamed in chunks into `<name>.part` next to its final name and renamed only once complete,
so a file under its final name is always whole. A broken transfer resumes from the bytes on
disk where the server honours `Range`; a result link that has expired (A2E's links are signed
and time-limited) is replaced by reading the task again.

What a server sends is not trusted: names come from `a2e.localfiles.local_stem` (they never
leave the chosen folder), part files are never written through a link, addresses follow
`a2e.addresses` (each redirect hop too), a body encoded against the request is refused, and a
file may not grow past `max_size` bytes.

The decisions are made once, in `_saving` (a generator of steps, no I/O); `download` and
`download_async` only perform the steps.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx

from . import defaults, localfiles
from .addresses import AddressRules, direct, resolved
from .client import BaseClient
from .errors import (
    A2EError,
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidResponseError,
    TaskFailed,
    unwrap,
)
from .retry import RetryPolicy
from .tasks import TaskFamily, family_named

DOWNLOAD_TIMEOUT = httpx.Timeout(defaults.DOWNLOAD_READ_TIMEOUT, connect=defaults.CONNECT_TIMEOUT)
MAX_DOWNLOAD_SIZE = defaults.MAX_DOWNLOAD_SIZE
# Signed links answer one of these once they have expired; a fresh read of the task helps.
EXPIRED_STATUSES = frozenset({401, 403, 404, 410})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

ProgressCallback = Callable[[Path, int, "int | None"], object]
Action = Literal[
    "write", "append", "complete", "refresh", "again", "retry", "redirect", "too large"
]


def result_urls(family: str | TaskFamily[Any], task: Any) -> list[str]:
    """The http(s) addresses among a task's result fields, in the family's order, each once
    (a family may name one file under two fields)."""
    family = family_named(family)
    urls: dict[str, None] = {}
    for name in family.result_fields:
        value = getattr(task, family.attribute(name), None)
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
    return urls


def file_names(task_id: str, urls: list[str]) -> list[str]:
    """Local names: the task id made safe (`a2e.localfiles.local_stem`; and the file's number
    when there are several), with the suffix of the address when it is a known one. Names
    do not depend on the link, so a fresh link resumes the same partial file."""
    stem = localfiles.local_stem(task_id)
    names = []
    for number, url in enumerate(urls, start=1):
        suffix = localfiles.result_suffix(urlsplit(url).path)
        names.append(f"{stem}{suffix}" if len(urls) == 1 else f"{stem}-{number}{suffix}")
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


@dataclass(frozen=True)
class Look:
    """Step: measure the saved file and the part file; send back `OnDisk`."""

    target: Path
    part: Path


@dataclass(frozen=True)
class OnDisk:
    saved: int | None  # size of a regular file under the final name, None when there is none
    part: int  # bytes of a part file that may be continued (`localfiles.part_size`)


@dataclass(frozen=True)
class Progress:
    """Step: report progress to the caller."""

    done: int
    total: int | None


@dataclass(frozen=True)
class Lookup:
    """Step: resolve `host` where the connection to `url` will be direct; send back its
    addresses, or None (not direct, or not resolvable here)."""

    host: str
    url: str


@dataclass(frozen=True)
class Fetch:
    """Step: GET `url` with `headers`, without following redirects; send back the response
    (its body not read yet) or the httpx error."""

    url: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Save:
    """Step: stream the body of the response just sent into the part file, from `offset`
    (0: a new part file), passing each chunk's size to `file.accept` first; send back None
    when the body ended, `OVER` when `accept` refused a chunk, or the httpx error."""

    file: _File
    offset: int


@dataclass(frozen=True)
class Discard:
    """Step: remove the part file."""

    part: Path


@dataclass(frozen=True)
class Finish:
    """Step: give the complete part file its final name."""

    part: Path
    target: Path


@dataclass(frozen=True)
class ReadTask:
    """Step: read the task again; send back the detail operation's data."""


@dataclass(frozen=True)
class Pause:
    seconds: float


Step = Look | Progress | Lookup | Fetch | Save | Discard | Finish | ReadTask | Pause
OVER = "over"


@dataclass
class _File:
    """One result file being fetched: the state the decisions need."""

    url: str
    index: int
    target: Path
    what: str
    rules: AddressRules
    limit: int
    host: str | None = None  # a DNS name still to check by what it resolves to
    offset: int = 0
    received: int = 0
    total: int | None = None
    validator: str | None = None
    refreshed: bool = False
    restarted: bool = False
    attempt: int = 0
    redirects: int = 0

    @property
    def part(self) -> Path:
        return self.target.with_name(self.target.name + ".part")

    def follow(self, url: str) -> None:
        """Fetch `url` from now on, once the rules allow it."""
        self.host = self.rules.check(url, self.what)
        self.url = url

    def headers(self, on_disk: int) -> dict[str, str]:
        """Ask for the missing bytes only; `If-Range` makes a changed file come whole."""
        self.offset = self.received = on_disk
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
        ask again; redirect: ask the address `url` now holds; too large: the file is larger
        than `limit`.
        """
        status = response.status_code
        first, total = _content_range(response.headers)
        location = response.headers.get("location")
        if status in REDIRECT_STATUSES and location:
            return self._redirect(location)
        self.redirects = 0
        if status >= 500 or status == 429:
            return "retry"
        if status in (200, 206):
            encoding = response.headers.get("content-encoding", "identity").strip().lower()
            if encoding not in ("", "identity"):
                raise InvalidResponseError(
                    f"storage sent {self.target.name} encoded ({encoding[:40]}) though the "
                    "file itself was asked for",
                    expected="a body that matches its Content-Encoding, identity",
                    seen=f"Content-Encoding {encoding[:40]}",
                )
        if status == 206 and first == self.offset:
            self.total = total
            self._remember(response)
            return "too large" if (total or 0) > self.limit else "append"
        if status == 200:
            length = response.headers.get("content-length")
            self.total = int(length) if length and length.isdigit() else None
            self.received = 0
            self._remember(response)
            return "too large" if (self.total or 0) > self.limit else "write"
        if status == 416 and self.offset and not self.restarted:
            if total == self.offset:
                return "complete"
            # The bytes on disk do not belong to this file: start over, once.
            self.restarted = True
            return "again"
        if status in EXPIRED_STATUSES and not self.refreshed:
            self.refreshed = True
            return "refresh"
        raise APIError(
            f"storage refused the download of {self.target.name}: HTTP {status}",
            status_code=status,
        )

    def _redirect(self, location: str) -> Action:
        self.redirects += 1
        if self.redirects > defaults.MAX_REDIRECTS:
            raise APIError(f"storage redirected the download of {self.target.name} too many times")
        try:
            url = str(httpx.URL(self.url).join(location))
        except (httpx.InvalidURL, ValueError):
            url = location  # the rules name it as not an address that can be requested
        self.follow(url)
        return "redirect"

    def _remember(self, response: httpx.Response) -> None:
        self.validator = response.headers.get("etag") or response.headers.get("last-modified")

    def accept(self, size: int) -> int | None:
        """Bytes received once a chunk of `size` is written, or None when it may not be: the
        file would pass `limit`."""
        if self.received + size > self.limit:
            return None
        self.received += size
        return self.received

    def whole(self) -> bool:
        return self.total is None or self.received >= self.total

    def too_large(self) -> InvalidResponseError:
        return InvalidResponseError(
            f"storage sent more than {self.limit} bytes for {self.target.name}; nothing was "
            "kept (raise max_size= if the file is really that large)",
            expected=f"at most {self.limit} bytes",
            seen="more bytes" if self.total is None else f"{self.total} bytes",
        )

    def retry_delay(self, policy: RetryPolicy, outcome: Exception | httpx.Response) -> float:
        """Seconds before asking again after a failed attempt; raises when it is time to stop.

        A transfer that moved forward earns a fresh set of retries: resuming keeps its bytes.
        """
        if self.received > self.offset:
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


ENDED_EARLY = "the file ended before its announced size"


def _saving(
    file: _File, policy: RetryPolicy, fresh: Callable[[Any], str]
) -> Generator[Step, Any, Path]:
    """The decisions of saving one file, as steps; returns its path. `fresh(data)`: the
    file's address in the data of a new read of the task."""
    disk: OnDisk = yield Look(file.target, file.part)
    if disk.saved is not None:
        yield Progress(disk.saved, disk.saved)
        return file.target
    part = disk.part
    while True:
        if file.host is not None:
            addresses = yield Lookup(file.host, file.url)
            file.rules.check_resolved(file.url, file.what, file.host, addresses)
            file.host = None
        reply = yield Fetch(file.url, file.headers(part))
        outcome: Exception | httpx.Response
        if isinstance(reply, httpx.DecodingError):
            raise InvalidResponseError(
                f"storage sent {file.target.name} in an encoding it does not decode as: {reply}",
                expected="a body that matches its Content-Encoding",
            )
        if isinstance(reply, Exception):
            outcome = reply
        else:
            action = file.decide(reply)
            if action in ("redirect", "again", "refresh"):
                if action == "again":
                    yield Discard(file.part)
                    part = 0
                elif action == "refresh":
                    file.follow(fresh((yield ReadTask())))
                continue
            if action == "too large":
                yield Discard(file.part)
                raise file.too_large()
            if action == "complete":
                yield Finish(file.part, file.target)
                return file.target
            if action == "retry":
                outcome = reply
            else:
                ended = yield Save(file, file.offset if action == "append" else 0)
                if ended == OVER:
                    yield Discard(file.part)
                    raise file.too_large()
                if ended is None and file.whole():
                    yield Finish(file.part, file.target)
                    return file.target
                outcome = ended if ended is not None else httpx.ReadError(ENDED_EARLY)
        yield Pause(file.retry_delay(policy, outcome))
        part = (yield Look(file.target, file.part)).part


def _plan(
    family: TaskFamily[Any],
    task_id: str,
    task: Any,
    directory: Path,
    rules: AddressRules,
    limit: int,
) -> list[_File]:
    urls = _finished_urls(family, task_id, task)
    what = f"{family.name} task {task_id}'s result address"
    hosts = [rules.check(url, what) for url in urls]
    files = [
        _File(url, index, directory / name, what, rules, limit, host)
        for index, (url, name, host) in enumerate(
            zip(urls, file_names(task_id, urls), hosts, strict=True)
        )
    ]
    directory.mkdir(parents=True, exist_ok=True)
    return files


def _matching(family: TaskFamily[Any], task_id: str, data: Any) -> Any:
    """The task in a detail answer; some detail operations answer a one-element list."""
    if isinstance(data, list):
        return next((t for t in data if family.id_of(t) == task_id), None)
    return data


def _fresh_url(family: TaskFamily[Any], task_id: str, index: int) -> Callable[[Any], str]:
    def fresh(data: Any) -> str:
        urls = _finished_urls(family, task_id, _matching(family, task_id, data))
        if index >= len(urls):
            raise A2EError(f"{family.name} task {task_id} no longer lists result file {index + 1}")
        return urls[index]

    return fresh


def _policy(client: Any) -> RetryPolicy:
    policy = getattr(client, "retry_policy", None)
    return policy if isinstance(policy, RetryPolicy) else RetryPolicy()


def _checked_limit(max_size: object) -> int:
    if isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1:
        raise ConfigurationError(
            f"max_size: must be a whole number of bytes >= 1, got {max_size!r}"
        )
    return max_size


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
    never its key); a generated client gets a new httpx client. Redirects are followed here,
    hop by hop, so that the address rules judge every hop."""
    if supplied is not None:
        return supplied, {"follow_redirects": False}, False
    options = {"timeout": DOWNLOAD_TIMEOUT, "follow_redirects": False}
    if isinstance(client, BaseClient):
        return lent(client), options, False
    return new(), options, True


def _body(response: httpx.Response) -> Iterator[bytes]:
    """The body as sent (never decoded here: an encoded body was refused), or the bytes
    already read where the response was made (an `httpx.MockTransport`'s answer)."""
    return response.iter_bytes() if response.is_stream_consumed else response.iter_raw()


def _saved_here(
    response: httpx.Response, save: Save, on_progress: ProgressCallback | None
) -> object:
    file = save.file
    with localfiles.open_part(file.part, save.offset) as out:
        if on_progress is not None:
            on_progress(file.target, save.offset, file.total)
        try:
            for chunk in _body(response):
                received = file.accept(len(chunk))
                if received is None:
                    return OVER
                out.write(chunk)
                if on_progress is not None:
                    on_progress(file.target, received, file.total)
        except httpx.TransportError as error:
            return error
        localfiles.synced(out)
    return None


def _on_disk(step: Step) -> OnDisk | None:
    """Perform a step of disk work: Look, Discard or Finish (a Save only ever follows a
    Fetch)."""
    if isinstance(step, Look):
        return OnDisk(localfiles.saved_size(step.target), localfiles.part_size(step.part))
    if isinstance(step, Discard):
        localfiles.discard(step.part)
        return None
    assert isinstance(step, Finish), step
    localfiles.finish(step.part, step.target)
    return None


def _drive(
    steps: Generator[Step, Any, Path],
    http: httpx.Client,
    options: dict[str, Any],
    read: Callable[[], Any],
    on_progress: ProgressCallback | None,
    target: Path,
) -> Path:
    try:
        step = next(steps)
        while True:
            if isinstance(step, Fetch):
                try:
                    with http.stream("GET", step.url, headers=step.headers, **options) as answer:
                        step = steps.send(answer)
                        if isinstance(step, Save):
                            step = steps.send(_saved_here(answer, step, on_progress))
                except (httpx.TransportError, httpx.DecodingError) as error:
                    step = steps.send(error)
            elif isinstance(step, ReadTask):
                step = steps.send(read())
            elif isinstance(step, Pause):
                time.sleep(step.seconds)
                step = steps.send(None)
            elif isinstance(step, Lookup):
                step = steps.send(resolved(step.host) if direct(http, step.url) else None)
            elif isinstance(step, Progress):
                if on_progress is not None:
                    on_progress(target, step.done, step.total)
                step = steps.send(None)
            else:
                step = steps.send(_on_disk(step))
    except StopIteration as done:
        path: Path = done.value
        return path


def download(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    directory: str | os.PathLike[str] = ".",
    *,
    task: Any = None,
    on_progress: ProgressCallback | None = None,
    http_client: httpx.Client | None = None,
    max_size: int = MAX_DOWNLOAD_SIZE,
) -> list[Path]:
    """Save the result files of a finished task into `directory`; return their paths.

    Files are named after the task (`<id>.mp4`, or `<id>-1.png`, `<id>-2.png`...; an id that
    is not a plain file name is made one, see `a2e.localfiles`); one already saved under its
    final name is kept. `task`: the task as already read (for example what `a2e.wait`
    returned), to save a read. `on_progress(path, bytes_so_far, total_or_None)` is called as
    bytes arrive. `http_client`: the httpx client that fetches the files (it never carries
    A2E's key); by default the connections of an `a2e.Client` (its transport, proxies and TLS
    settings). Redirects are followed here, each hop checked like the first address.
    `max_size`: the most bytes a file may have (8 GiB by default).

    Raises `a2e.TaskFailed` for a failed task, `a2e.A2EError` for one still running or without
    result files, `a2e.APIError` when storage refuses a file even through a fresh link,
    `a2e.APIConnectionError` when the transfer keeps breaking, and
    `a2e.InvalidResponseError` for an address the SDK may not fetch (see `a2e.addresses`), a
    body encoded against the request, or a file larger than `max_size` (its part file is
    removed).
    """
    family = family_named(family)
    limit = _checked_limit(max_size)
    detail = family.detail_operation()

    def read() -> Any:
        data = unwrap(detail.sync_detailed(client=client, **{family.id_argument: task_id}))
        return _matching(family, task_id, data)

    first = task if task is not None else read()
    files = _plan(family, task_id, first, Path(directory), AddressRules.of(client), limit)
    policy = _policy(client)
    http, options, owned = _fetcher(client, http_client, httpx.Client, BaseClient.storage_client)
    try:
        saved = []
        for file in files:
            steps = _saving(file, policy, _fresh_url(family, task_id, file.index))
            with _WRITERS.held(file.part):
                saved.append(_drive(steps, http, options, read, on_progress, file.target))
        return saved
    finally:
        if owned:
            http.close()


async def _saved_there(
    response: httpx.Response, save: Save, on_progress: ProgressCallback | None
) -> object:
    import asyncio

    file = save.file
    out = await asyncio.to_thread(localfiles.open_part, file.part, save.offset)
    try:
        if on_progress is not None:
            on_progress(file.target, save.offset, file.total)
        try:
            chunks = response.aiter_bytes() if response.is_stream_consumed else response.aiter_raw()
            async for chunk in chunks:
                received = file.accept(len(chunk))
                if received is None:
                    return OVER
                await asyncio.to_thread(out.write, chunk)
                if on_progress is not None:
                    on_progress(file.target, received, file.total)
        except httpx.TransportError as error:
            return error
        await asyncio.to_thread(localfiles.synced, out)
    finally:
        out.close()
    return None


async def _adrive(
    steps: Generator[Step, Any, Path],
    http: httpx.AsyncClient,
    options: dict[str, Any],
    read: Callable[[], Awaitable[Any]],
    on_progress: ProgressCallback | None,
    target: Path,
) -> Path:
    import asyncio

    try:
        step = next(steps)
        while True:
            if isinstance(step, Fetch):
                try:
                    async with http.stream(
                        "GET", step.url, headers=step.headers, **options
                    ) as answer:
                        step = steps.send(answer)
                        if isinstance(step, Save):
                            step = steps.send(await _saved_there(answer, step, on_progress))
                except (httpx.TransportError, httpx.DecodingError) as error:
                    step = steps.send(error)
            elif isinstance(step, ReadTask):
                step = steps.send(await read())
            elif isinstance(step, Pause):
                await asyncio.sleep(step.seconds)
                step = steps.send(None)
            elif isinstance(step, Lookup):
                here = direct(http, step.url)
                step = steps.send(await asyncio.to_thread(resolved, step.host) if here else None)
            elif isinstance(step, Progress):
                if on_progress is not None:
                    on_progress(target, step.done, step.total)
                step = steps.send(None)
            else:
                step = steps.send(await asyncio.to_thread(_on_disk, step))
    except StopIteration as done:
        path: Path = done.value
        return path


async def download_async(
    client: Any,
    family: str | TaskFamily[Any],
    task_id: str,
    directory: str | os.PathLike[str] = ".",
    *,
    task: Any = None,
    on_progress: ProgressCallback | None = None,
    http_client: httpx.AsyncClient | None = None,
    max_size: int = MAX_DOWNLOAD_SIZE,
) -> list[Path]:
    """The async form of `download`; disk work runs in a worker thread."""
    import asyncio  # here, not at the top: see AsyncRetryTransport

    family = family_named(family)
    limit = _checked_limit(max_size)
    detail = family.detail_operation()

    async def read() -> Any:
        data = unwrap(await detail.asyncio_detailed(client=client, **{family.id_argument: task_id}))
        return _matching(family, task_id, data)

    first = task if task is not None else await read()
    rules = AddressRules.of(client)
    files = await asyncio.to_thread(_plan, family, task_id, first, Path(directory), rules, limit)
    policy = _policy(client)
    http, options, owned = _fetcher(
        client, http_client, httpx.AsyncClient, BaseClient.async_storage_client
    )
    try:
        saved = []
        for file in files:
            steps = _saving(file, policy, _fresh_url(family, task_id, file.index))
            async with _WRITERS.held_async(file.part):
                saved.append(await _adrive(steps, http, options, read, on_progress, file.target))
        return saved
    finally:
        if owned:
            await http.aclose()
