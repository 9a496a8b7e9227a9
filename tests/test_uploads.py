"""upload_file against the mock's storage: presign, streamed PUT with the right type, URL back."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

import a2e
from a2e.mock import MockA2E

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "face.png"
    path.write_bytes(PNG)
    return path


def test_upload_file_returns_a_url_serving_the_bytes(
    client: a2e.Client, mock: MockA2E, picture: Path
) -> None:
    url = a2e.upload_file(client, picture)
    served = httpx.get(url)
    assert served.content == PNG
    assert served.headers["content-type"] == "image/png"
    put = next(r for r in reversed(mock.requests) if r.method == "PUT")
    assert "authorization" not in put.headers, "the key must not go to storage"
    assert put.headers["content-length"] == str(len(PNG))


async def test_upload_file_async(client: a2e.Client, tmp_path: Path) -> None:
    path = tmp_path / "voice.wav"
    path.write_bytes(b"RIFF" + b"\0" * 5_000_000)
    url = await a2e.upload_file_async(client, path, key="samples/voice.wav")
    assert url.endswith("samples/voice.wav")
    async with httpx.AsyncClient() as reader:
        served = await reader.get(url)
    assert len(served.content) == 5_000_004 and served.headers["content-type"] == "audio/x-wav"
    await client.aclose()


def test_explicit_content_type_wins(client: a2e.Client, picture: Path) -> None:
    url = a2e.upload_file(client, picture, content_type="application/octet-stream")
    assert httpx.get(url).headers["content-type"] == "application/octet-stream"


def test_the_url_works_in_a_task(client: a2e.Client, picture: Path, fast: a2e.PollSchedule) -> None:
    from a2e_client.api.face_swap import start_face_swap_task
    from a2e_client.models import StartFaceSwapTaskRequest

    face = a2e.upload_file(client, picture)
    body = StartFaceSwapTaskRequest(
        name="uploaded", face_url=face, video_url="https://example.com/v.mp4"
    )
    task = a2e.unwrap(start_face_swap_task.sync_detailed(client=client, body=body))
    assert task.face_url == face


def test_missing_file_is_a_clear_error(client: a2e.Client, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="path"):
        a2e.upload_file(client, tmp_path / "nope.jpg")


def test_refused_upload_is_an_api_error(client: a2e.Client, mock: MockA2E, picture: Path) -> None:
    mock.storage.refuse_uploads = True
    try:
        with pytest.raises(a2e.APIError, match="storage refused") as raised:
            a2e.upload_file(client, picture)
    finally:
        mock.storage.refuse_uploads = False
    assert raised.value.status_code == 403


def upload(client: a2e.Client, path: Path, *, use_async: bool) -> str:
    if use_async:
        return asyncio.run(a2e.upload_file_async(client, path))
    return a2e.upload_file(client, path)


def storage_down(request: httpx.Request) -> httpx.Response:
    """A2E hands out an upload address whose storage cannot be reached."""
    if request.url.path == "/api/v1/r2/upload-presigned-url":
        data = {
            "uploadUrl": "https://storage.example.com/put/face.png",
            "cdnUrl": "https://cdn.example.com/face.png",
            "key": "face.png",
            "bucket": "b",
            "expiresIn": 3600,
        }
        return httpx.Response(200, json={"code": 0, "data": data})
    raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_unreachable_storage_is_a_connection_error(picture: Path, use_async: bool) -> None:
    client = a2e.Client("sk_x", transport=httpx.MockTransport(storage_down))
    with pytest.raises(a2e.APIConnectionError, match=r"upload of face\.png failed"):
        upload(client, picture, use_async=use_async)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"expires_in": 0}, "expires_in"),
        ({"timeout": -1}, "timeout"),
        ({"path": "nope"}, "path"),
        ({"path": 3}, "path"),
        ({"content_type": "a\nb"}, "content_type"),
        ({"content_type": "image/png\r\nX-Evil: 1"}, "content_type"),
        ({"content_type": "bild/\u00e4"}, "content_type"),
        ({"content_type": ""}, "content_type"),
        ({"content_type": b"image/png"}, "content_type"),
        ({"key": ""}, "key"),
        ({"on_progress": 5}, "on_progress"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    picture: Path, options: dict[str, Any], problem: str, use_async: bool
) -> None:
    client = a2e.Client("sk_x", transport=httpx.MockTransport(lambda r: pytest.fail("sent")))
    arguments: dict[str, Any] = {"path": picture, **options}
    with pytest.raises(a2e.ConfigurationError, match=problem):
        if use_async:
            asyncio.run(a2e.upload_file_async(client, **arguments))
        else:
            a2e.upload_file(client, **arguments)


def storage_garbled(request: httpx.Request) -> httpx.Response:
    """Storage answers with a body that does not match its Content-Encoding."""
    if request.url.host == "storage.example.com":
        request.read()
        headers = {"Content-Encoding": "gzip"}
        return httpx.Response(200, stream=httpx.ByteStream(b"not gzip"), headers=headers)
    return storage_down(request)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_an_undecodable_storage_answer_is_an_invalid_response(
    picture: Path, use_async: bool
) -> None:
    client = a2e.Client("sk_x", transport=httpx.MockTransport(storage_garbled))
    with pytest.raises(a2e.InvalidResponseError, match=r"upload of face\.png cannot be decoded"):
        upload(client, picture, use_async=use_async)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_an_upload_address_that_is_not_a_url_is_an_invalid_response(
    picture: Path, use_async: bool
) -> None:
    seen: list[httpx.Request] = []

    def presign_broken(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        data = {"uploadUrl": "http://[::1/put", "cdnUrl": "https://cdn.example.com/f.png"}
        more = {"key": "f", "bucket": "b", "expiresIn": 3600}
        return httpx.Response(200, json={"code": 0, "data": {**data, **more}})

    client = a2e.Client("sk_x", transport=httpx.MockTransport(presign_broken))
    with pytest.raises(a2e.InvalidResponseError, match="uploadUrl"):
        upload(client, picture, use_async=use_async)
    assert len(seen) == 1  # the presign call only: nothing was sent to the broken address
