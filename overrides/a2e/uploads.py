"""Local file -> A2E-hosted URL: ask for a pre-signed address, PUT the bytes there, return the URL.

The bytes are streamed from disk, never held in memory whole, and go to the storage address
without the API key.
"""

from __future__ import annotations

import mimetypes
import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .errors import APIConnectionError, APIError, unwrap

CHUNK = 1 << 20
DEFAULT_EXPIRES_IN = 3600
# Large files take long to send; connecting should still fail fast.
UPLOAD_TIMEOUT = httpx.Timeout(300.0, connect=10.0)


@dataclass(frozen=True)
class _Upload:
    path: Path
    size: int
    content_type: str
    key: str


def _prepare(path: str | os.PathLike[str], key: str | None, content_type: str | None) -> _Upload:
    file = Path(path)
    if not file.is_file():
        raise ValueError(f"path: {str(file)!r} is not a readable file")
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


def _check(response: httpx.Response, upload: _Upload) -> None:
    if response.status_code >= 300:
        raise APIError(
            f"storage refused the upload of {upload.path.name}: {response.text[:200] or response.reason_phrase}",
            status_code=response.status_code,
        )


def _headers(upload: _Upload) -> dict[str, str]:
    return {"Content-Type": upload.content_type, "Content-Length": str(upload.size)}


def upload_file(
    client: Any,
    path: str | os.PathLike[str],
    *,
    key: str | None = None,
    content_type: str | None = None,
    expires_in: int = DEFAULT_EXPIRES_IN,
    timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
) -> str:
    """Upload a local file to A2E's storage; return the URL to pass to any task.

    `content_type` defaults to a guess from the file name; `key` to a unique name ending in
    the file's name. Raises `ValueError` for a missing file and `a2e.APIError` when storage
    refuses the bytes.
    """
    from a2e_client.api.miscellaneous import get_upload_url

    upload = _prepare(path, key, content_type)
    target = unwrap(
        get_upload_url.sync_detailed(client=client, body=_request_body(upload, expires_in))
    )
    try:
        with upload.path.open("rb") as stream, httpx.Client(timeout=timeout) as storage:
            response = storage.put(target.upload_url, content=stream, headers=_headers(upload))
    except httpx.TransportError as error:
        raise APIConnectionError(f"upload of {upload.path.name} failed: {error}") from error
    _check(response, upload)
    return str(target.cdn_url)


async def upload_file_async(
    client: Any,
    path: str | os.PathLike[str],
    *,
    key: str | None = None,
    content_type: str | None = None,
    expires_in: int = DEFAULT_EXPIRES_IN,
    timeout: float | httpx.Timeout = UPLOAD_TIMEOUT,
) -> str:
    """The async form of `upload_file`; the file is read in a worker thread, chunk by chunk."""
    import asyncio  # here, not at the top: see AsyncRetryTransport

    from a2e_client.api.miscellaneous import get_upload_url

    upload = _prepare(path, key, content_type)
    target = unwrap(
        await get_upload_url.asyncio_detailed(client=client, body=_request_body(upload, expires_in))
    )

    async def chunks() -> AsyncIterator[bytes]:
        with upload.path.open("rb") as stream:
            while chunk := await asyncio.to_thread(stream.read, CHUNK):
                yield chunk

    try:
        async with httpx.AsyncClient(timeout=timeout) as storage:
            response = await storage.put(
                target.upload_url, content=chunks(), headers=_headers(upload)
            )
    except httpx.TransportError as error:
        raise APIConnectionError(f"upload of {upload.path.name} failed: {error}") from error
    _check(response, upload)
    return str(target.cdn_url)
