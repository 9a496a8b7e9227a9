"""Local file -> A2E-hosted URL: ask for a pre-signed address, PUT the bytes there, return the URL.

The bytes are streamed from disk, never held in memory whole, and go to the storage address
without the API key. The decisions are made once (`_uploading`, a generator of steps); the
sync and async functions only perform the steps.
"""

from __future__ import annotations

import mimetypes
import os
import uuid
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from . import defaults
from .answers import checked_address
from .client import BaseClient, _header_safe, checked_timeout
from .errors import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    InvalidResponseError,
    unwrap,
)

CHUNK = defaults.UPLOAD_CHUNK
DEFAULT_EXPIRES_IN = defaults.UPLOAD_EXPIRES_IN
UPLOAD_TIMEOUT = httpx.Timeout(defaults.UPLOAD_READ_TIMEOUT, connect=defaults.CONNECT_TIMEOUT)
# Called with (bytes sent so far, file size) as the bytes leave.
ProgressCallback = Callable[[int, int], object]


@dataclass(frozen=True)
class _Upload:
    path: Path
    size: int
    content_type: str
    key: str


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


def _prepare(path: str | os.PathLike[str], key: str | None, content_type: str | None) -> _Upload:
    if not isinstance(path, str | os.PathLike):
        raise ConfigurationError(f"path: must be a str or a path, got {type(path).__name__}")
    _optional_text("content_type", content_type)
    if key is not None and (not isinstance(key, str) or not key.strip()):
        raise ConfigurationError(f"key: must be a non-empty string, got {key!r}")
    file = Path(path)
    if not file.is_file():
        raise ConfigurationError(f"path: {str(file)!r} is not a readable file")
    guessed = content_type or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    return _Upload(file, file.stat().st_size, guessed, key or f"{uuid.uuid4().hex}/{file.name}")


def _request_body(upload: _Upload, expires_in: int) -> Any:
    from a2e_client.models.upload_presigned_url_request import UploadPresignedUrlRequest

    return UploadPresignedUrlRequest(
        key=upload.key,
        content_type=upload.content_type,
        content_length=upload.size,
        expires_in=expires_in,
    )


def _chunks(upload: _Upload, on_progress: ProgressCallback | None) -> Iterator[bytes]:
    """The file's bytes, a chunk at a time, reporting progress as they go."""
    sent = 0
    if on_progress is not None:
        on_progress(0, upload.size)
    with upload.path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            yield chunk
            sent += len(chunk)
            if on_progress is not None:
                on_progress(sent, upload.size)


def _headers(upload: _Upload) -> dict[str, str]:
    return {"Content-Type": upload.content_type, "Content-Length": str(upload.size)}


@dataclass(frozen=True)
class _Presign:
    """Step: ask A2E for an upload address; send back the typed answer's data."""

    body: Any


@dataclass(frozen=True)
class _Put:
    """Step: PUT the file to `url` with `headers`; send back the response or transport error."""

    url: str
    upload: _Upload
    headers: dict[str, str]


def _uploading(
    path: str | os.PathLike[str],
    key: str | None,
    content_type: str | None,
    expires_in: int,
    timeout: float | httpx.Timeout,
    on_progress: ProgressCallback | None,
) -> Generator[_Presign | _Put, Any, str]:
    """The decisions of an upload, as steps; returns the URL to pass to tasks."""
    if isinstance(expires_in, bool) or not isinstance(expires_in, int) or expires_in < 1:
        raise ConfigurationError(
            f"expires_in: must be a whole number of seconds >= 1, got {expires_in!r}"
        )
    checked_timeout(timeout)
    if on_progress is not None and not callable(on_progress):
        raise ConfigurationError(f"on_progress: must be callable, got {type(on_progress).__name__}")
    upload = _prepare(path, key, content_type)
    target = yield _Presign(_request_body(upload, expires_in))
    address = checked_address(str(target.upload_url), "getUploadUrl's uploadUrl")
    outcome = yield _Put(address, upload, _headers(upload))
    if isinstance(outcome, httpx.DecodingError):
        raise InvalidResponseError(
            f"storage's answer to the upload of {upload.path.name} cannot be decoded ({outcome})",
            operation="PUT (storage)",
        ) from None
    if isinstance(outcome, httpx.TransportError):
        raise APIConnectionError(f"upload of {upload.path.name} failed: {outcome}") from outcome
    if outcome.status_code >= 300:
        raise APIError(
            f"storage refused the upload of {upload.path.name}: {outcome.text[:200] or outcome.reason_phrase}",
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
    the file's name. Raises `a2e.ConfigurationError` for a missing file or a bad argument,
    `a2e.APIError` when storage refuses the bytes, `a2e.APIConnectionError` when they could
    not be sent. The bytes go through the client's proxies, never with the key.
    `on_progress(sent, size)` is called as the bytes leave.
    """
    from a2e_client.api.miscellaneous import get_upload_url

    steps = _uploading(path, key, content_type, expires_in, timeout, on_progress)
    reply: Any = None
    try:
        while True:
            step = steps.send(reply)
            if isinstance(step, _Presign):
                reply = unwrap(get_upload_url.sync_detailed(client=client, body=step.body))
                continue
            with _storage(client) as storage:
                try:
                    reply = storage.put(
                        step.url,
                        content=_chunks(step.upload, on_progress),
                        headers=step.headers,
                        timeout=timeout,
                    )
                except (httpx.TransportError, httpx.DecodingError) as error:
                    reply = error
    except StopIteration as done:
        url: str = done.value
        return url


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

    async def chunks(upload: _Upload) -> AsyncIterator[bytes]:
        reading = _chunks(upload, on_progress)
        while chunk := await asyncio.to_thread(next, reading, b""):
            yield chunk

    steps = _uploading(path, key, content_type, expires_in, timeout, on_progress)
    reply: Any = None
    try:
        while True:
            step = steps.send(reply)
            if isinstance(step, _Presign):
                reply = unwrap(await get_upload_url.asyncio_detailed(client=client, body=step.body))
                continue
            async with _async_storage(client) as storage:
                try:
                    reply = await storage.put(
                        step.url,
                        content=chunks(step.upload),
                        headers=step.headers,
                        timeout=timeout,
                    )
                except (httpx.TransportError, httpx.DecodingError) as error:
                    reply = error
    except StopIteration as done:
        url: str = done.value
        return url
