"""Local file -> A2E-hosted URL: ask for a pre-signed address, PUT the bytes there, return the URL.

The bytes are streamed from disk, never held in memory whole, and go to the storage address
without the API key. A file whose size cannot be known first (a pipe such as `<(cmd)`, a
/proc file that says it is empty) is read whole first, up to `UPLOAD_UNSIZED_MAX` bytes; a
device (/dev/zero, a terminal) is refused. A file that grows or shrinks while it is sent is a
`ConfigurationError` naming it, and nothing counts as uploaded. The upload address must
satisfy `a2e.addresses`.

The decisions are made once (`_uploading`, a generator of steps, no I/O); the sync and async
functions only perform the steps.
"""

from __future__ import annotations

import mimetypes
import os
import stat
import uuid
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import httpx

from . import defaults
from .addresses import AddressRules, direct, resolved
from .bodies import ACCEPTED_ENCODINGS, aread_answer, read_answer
from .client import BaseClient, _header_safe, checked_timeout
from .errors import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidResponseError,
    unwrap,
)
from .localfiles import open_source

CHUNK = defaults.UPLOAD_CHUNK
DEFAULT_EXPIRES_IN = defaults.UPLOAD_EXPIRES_IN
UNSIZED_MAX = defaults.UPLOAD_UNSIZED_MAX
UPLOAD_TIMEOUT = httpx.Timeout(defaults.UPLOAD_READ_TIMEOUT, connect=defaults.CONNECT_TIMEOUT)
STORAGE_ANSWER_MAX = defaults.STORAGE_ANSWER_MAX
# Called with (bytes sent so far, file size) as the bytes leave.
ProgressCallback = Callable[[int, int], object]


@dataclass(frozen=True)
class _Upload:
    path: Path
    size: int
    content_type: str
    key: str
    data: bytes | None = None  # the bytes, when they had to be read first


def _optional_text(name: str, value: object) -> None:
    """Refuse an optional argument that is given but cannot be sent: not a string, empty, or
    (it travels as a header) with control or non-ASCII characters."""
    if value is None:
        return
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name}: must be a non-empty string, got {value!r}")
    if not _header_safe(value):
        raise ConfigurationError(
            f"{name}: must be printable ASCII without control characters, got {value!r}"
        )


def _unusable(path: Path, why: str) -> ConfigurationError:
    return ConfigurationError(f"path: {str(path)!r} {why}")


def _sized(path: Path, found: os.stat_result | OSError) -> int | None:
    """The bytes to send of the file `found` describes, or None when it must be read first
    to know (a pipe; a /proc file, which says it is empty); raises for anything else."""
    if isinstance(found, OSError):
        raise _unusable(path, f"is not a readable file ({found.strerror or found})")
    if stat.S_ISFIFO(found.st_mode):
        return None
    if not stat.S_ISREG(found.st_mode):
        raise _unusable(path, "is not a regular file or a pipe (a device or a folder?)")
    return found.st_size or None


def _request_body(upload: _Upload, expires_in: int) -> Any:
    from a2e_client.models.upload_presigned_url_request import UploadPresignedUrlRequest

    return UploadPresignedUrlRequest(
        key=upload.key,
        content_type=upload.content_type,
        content_length=upload.size,
        expires_in=expires_in,
    )


class _Counted:
    """The bytes a file gives against the size announced for it: the moment they part, the
    file has changed under us, and what was sent cannot be the file."""

    def __init__(self, upload: _Upload, on_progress: ProgressCallback | None) -> None:
        self.upload = upload
        self.on_progress = on_progress
        self.sent = 0

    def start(self) -> None:
        if self.on_progress is not None:
            self.on_progress(0, self.upload.size)

    def take(self, chunk: bytes) -> bytes:
        self.sent += len(chunk)
        if self.sent > self.upload.size:
            raise self._changed("grew")
        if self.on_progress is not None:
            self.on_progress(self.sent, self.upload.size)
        return chunk

    def end(self) -> None:
        if self.sent < self.upload.size:
            raise self._changed("shrank")

    def _changed(self, how: str) -> ConfigurationError:
        return _unusable(
            self.upload.path,
            f"{how} while it was read ({self.upload.size} bytes when the upload began); "
            "nothing was uploaded",
        )


def _chunks(source: BinaryIO | None, upload: _Upload, counted: _Counted) -> Iterator[bytes]:
    """The file's bytes, a chunk at a time, counted as they go."""
    counted.start()
    if upload.data is not None:
        yield counted.take(upload.data)
    else:
        assert source is not None  # a sized file is opened
        while chunk := source.read(CHUNK):
            yield counted.take(chunk)
    counted.end()


@dataclass(frozen=True)
class _Open:
    """Step: open the file; send back what `localfiles.open_source` says it is."""

    path: Path


@dataclass(frozen=True)
class _ReadWhole:
    """Step: read the opened file to its end, or `limit + 1` bytes; send back the bytes."""

    limit: int


@dataclass(frozen=True)
class _Presign:
    """Step: ask A2E for an upload address; send back the typed answer's data."""

    body: Any


@dataclass(frozen=True)
class _Lookup:
    """Step: resolve `host` where the connection to `url` will be direct; send back its
    addresses, or None."""

    host: str
    url: str


@dataclass(frozen=True)
class _Put:
    """Step: PUT the file to `url` with `headers`; send back the response (its body read, at
    most `STORAGE_ANSWER_MAX` bytes) or the httpx error."""

    url: str
    upload: _Upload
    headers: dict[str, str]


_Step = _Open | _ReadWhole | _Presign | _Lookup | _Put


def _uploading(
    client: Any,
    path: str | os.PathLike[str],
    key: str | None,
    content_type: str | None,
    expires_in: int,
    timeout: float | httpx.Timeout,
    on_progress: ProgressCallback | None,
) -> Generator[_Step, Any, str]:
    """The decisions of an upload, as steps; returns the URL to pass to tasks."""
    if isinstance(expires_in, bool) or not isinstance(expires_in, int) or expires_in < 1:
        raise ConfigurationError(
            f"expires_in: must be a whole number of seconds >= 1, got {expires_in!r}"
        )
    checked_timeout(timeout)
    if on_progress is not None and not callable(on_progress):
        raise ConfigurationError(f"on_progress: must be callable, got {type(on_progress).__name__}")
    if not isinstance(path, str | os.PathLike):
        raise ConfigurationError(f"path: must be a str or a path, got {type(path).__name__}")
    _optional_text("content_type", content_type)
    if key is not None and (not isinstance(key, str) or not key.strip()):
        raise ConfigurationError(f"key: must be a non-empty string, got {key!r}")
    file = Path(path)
    size = _sized(file, (yield _Open(file)))
    data = None
    if size is None:
        data = yield _ReadWhole(UNSIZED_MAX)
        if len(data) > UNSIZED_MAX:
            raise _unusable(
                file, f"gives more than {UNSIZED_MAX} bytes, the most read from a pipe first"
            )
        size = len(data)
    guessed = content_type or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    upload = _Upload(file, size, guessed, key or f"{uuid.uuid4().hex}/{file.name}", data)
    target = yield _Presign(_request_body(upload, expires_in))
    address, what = str(target.upload_url), "getUploadUrl's uploadUrl"
    rules = AddressRules.of(client)
    host = rules.check(address, what)
    if host is not None:
        rules.check_resolved(address, what, host, (yield _Lookup(host, address)))
    headers = {
        "Content-Type": upload.content_type,
        "Content-Length": str(upload.size),
        "Accept-Encoding": ACCEPTED_ENCODINGS,
    }
    outcome = yield _Put(address, upload, headers)
    if isinstance(outcome, httpx.DecodingError):
        raise InvalidResponseError(
            f"storage's answer to the upload of {upload.path.name} cannot be decoded ({outcome})",
            operation="PUT (storage)",
        ) from None
    if isinstance(outcome, httpx.TransportError):
        raise APIConnectionError(f"upload of {upload.path.name} failed: {outcome}") from outcome
    if outcome.status_code >= 300:
        said = outcome.content.decode("utf-8", "replace")[:200]
        raise APIError(
            f"storage refused the upload of {upload.path.name}: {said or outcome.reason_phrase}",
            status_code=outcome.status_code,
        )
    return str(target.cdn_url)


@contextmanager
def _storage(client: Any) -> Iterator[httpx.Client]:
    """The connections of an `a2e.Client` (its proxies and TLS settings, not its key), or a
    plain httpx client for a generated client."""
    if isinstance(client, BaseClient):
        yield client.storage_client()
    else:
        with httpx.Client() as storage:
            yield storage


@asynccontextmanager
async def _async_storage(client: Any) -> AsyncIterator[httpx.AsyncClient]:
    if isinstance(client, BaseClient):
        yield client.async_storage_client()
    else:
        async with httpx.AsyncClient() as storage:
            yield storage


def _answer(storage: httpx.Client, step: _Put, content: Iterator[bytes], timeout: Any) -> Any:
    try:
        with storage.stream(
            "PUT", step.url, content=content, headers=step.headers, timeout=timeout
        ) as answer:
            read_answer(answer, STORAGE_ANSWER_MAX, f"PUT {step.upload.path.name}")
            return answer
    except (httpx.TransportError, httpx.DecodingError) as error:
        return error


def upload_file(
    client: Any,
    path: str | os.PathLike[str],
    *,
    key: str | None = None,
    content_type: str | None = None,
    expires_in: int = DEFAULT_EXPIRES_IN,
    timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
    on_progress: ProgressCallback | None = None,
) -> str:
    """Upload a local file to A2E's storage; return the URL to pass to any task.

    `content_type` defaults to a guess from the file name; `key` to a unique name ending in
    the file's name. Raises `a2e.ConfigurationError` for a missing file, one that is not a
    regular file or a pipe, one that changes while it is sent, or a bad argument;
    `a2e.APIError` when storage refuses the bytes, `a2e.APIConnectionError` when they could
    not be sent, `a2e.InvalidResponseError` for an upload address the SDK may not send to
    (see `a2e.addresses`). The bytes go through the client's proxies, never with the key.
    `on_progress(sent, size)` is called as the bytes leave.
    """
    from a2e_client.api.miscellaneous import get_upload_url

    steps = _uploading(client, path, key, content_type, expires_in, timeout, on_progress)
    source: BinaryIO | None = None
    try:
        with _storage(client) as storage:
            step = next(steps)
            while True:
                if isinstance(step, _Open):
                    found, source = open_source(step.path)
                    step = steps.send(found)
                elif isinstance(step, _ReadWhole):
                    assert source is not None  # only an opened file is read whole
                    step = steps.send(source.read(step.limit + 1))
                elif isinstance(step, _Presign):
                    answer = get_upload_url.sync_detailed(client=client, body=step.body)
                    step = steps.send(unwrap(answer))
                elif isinstance(step, _Lookup):
                    here = direct(storage, step.url)
                    step = steps.send(resolved(step.host) if here else None)
                else:
                    content = _chunks(source, step.upload, _Counted(step.upload, on_progress))
                    step = steps.send(_answer(storage, step, content, timeout))
    except StopIteration as done:
        url: str = done.value
        return url
    finally:
        if source is not None:
            source.close()


async def _aanswer(
    storage: httpx.AsyncClient, step: _Put, content: AsyncIterator[bytes], timeout: Any
) -> Any:
    try:
        async with storage.stream(
            "PUT", step.url, content=content, headers=step.headers, timeout=timeout
        ) as answer:
            await aread_answer(answer, STORAGE_ANSWER_MAX, f"PUT {step.upload.path.name}")
            return answer
    except (httpx.TransportError, httpx.DecodingError) as error:
        return error


async def upload_file_async(
    client: Any,
    path: str | os.PathLike[str],
    *,
    key: str | None = None,
    content_type: str | None = None,
    expires_in: int = DEFAULT_EXPIRES_IN,
    timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
    on_progress: ProgressCallback | None = None,
) -> str:
    """The async form of `upload_file`; the file is read in a worker thread, chunk by chunk."""
    import asyncio  # here, not at the top: see AsyncRetryTransport

    from a2e_client.api.miscellaneous import get_upload_url

    async def chunks(reading: Iterator[bytes]) -> AsyncIterator[bytes]:
        while chunk := await asyncio.to_thread(next, reading, b""):
            yield chunk

    steps = _uploading(client, path, key, content_type, expires_in, timeout, on_progress)
    source: BinaryIO | None = None
    try:
        async with _async_storage(client) as storage:
            step = next(steps)
            while True:
                if isinstance(step, _Open):
                    found, source = await asyncio.to_thread(open_source, step.path)
                    step = steps.send(found)
                elif isinstance(step, _ReadWhole):
                    assert source is not None  # only an opened file is read whole
                    step = steps.send(await asyncio.to_thread(source.read, step.limit + 1))
                elif isinstance(step, _Presign):
                    answer = await get_upload_url.asyncio_detailed(client=client, body=step.body)
                    step = steps.send(unwrap(answer))
                elif isinstance(step, _Lookup):
                    here = direct(storage, step.url)
                    step = steps.send(
                        await asyncio.to_thread(resolved, step.host) if here else None
                    )
                else:
                    reading = _chunks(source, step.upload, _Counted(step.upload, on_progress))
                    step = steps.send(await _aanswer(storage, step, chunks(reading), timeout))
    except StopIteration as done:
        url: str = done.value
        return url
    finally:
        if source is not None:
            source.close()
