"""Test doubles for hostile servers (issue #16): httpx.MockTransport helpers standing for A2E
and its storage, and a small local server (`hostile_server`) for the `a2e` command, which
runs in a process of its own.

`hostile_server` answers every task request with one face swap whose fields the test sets
(`task`): starts answer it, reads and batch reads answer it, and its result lives on the
server itself under /r/. A test may also make it refuse (`refusal`: an HTTP status and a
message, with "{key}" replaced by the bearer token the caller sent, as a server echoing the
caller's key would).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

import a2e
from a2e_client.api.face_swap import get_face_swap_task

VIDEO = bytes(range(256)) * 400
KEY = "sk_live_0123456789abcdefXYZ"
OWN = "own-key-of-another-shape-42"  # a key without the sk_ shape: masked as the client's own
STORAGE = "https://storage.example.com/r/t1.mp4"
SIGNED = "?X-Amz-Credential=AKIDEXAMPLE&X-Amz-Signature=deadbeefsignature"
RESULT = bytes(range(256)) * 64
Handler = Callable[[httpx.Request], httpx.Response]
SYNC_ASYNC = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])


def envelope(data: Any) -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "trace_id": "t", "data": data})


def completed(task_id: str = "t1", url: str = STORAGE) -> dict[str, Any]:
    return {"_id": task_id, "current_status": "completed", "result_url": url}


def a2e_with_storage(storage: Handler, task: dict[str, Any] | None = None, **options: Any) -> Any:
    """An a2e.Client whose A2E answers `task` and whose storage (any other host) is `storage`."""
    record = task or completed()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "video.a2e.ai":
            return envelope(record)
        return storage(request)

    mocked = httpx.MockTransport(answer)
    return a2e.Client(KEY, transport=mocked, async_transport=mocked, max_retries=0, **options)


def save(client: Any, folder: Path, *, use_async: bool, task_id: str = "t1", **kw: Any) -> Any:
    if use_async:
        return asyncio.run(a2e.download_async(client, "face_swap", task_id, folder, **kw))
    return a2e.download(client, "face_swap", task_id, folder, **kw)


def whole(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=VIDEO)


def ranged(request: httpx.Request) -> httpx.Response:
    """Storage honouring `Range: bytes=n-`."""
    wanted = request.headers.get("range")
    if wanted is None:
        return whole(request)
    first = int(wanted.removeprefix("bytes=").rstrip("-"))
    return httpx.Response(
        206,
        content=VIDEO[first:],
        headers={"Content-Range": f"bytes {first}-{len(VIDEO) - 1}/{len(VIDEO)}"},
    )


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in pieces, never read ahead, for sync and async clients alike."""

    def __init__(self, make: Callable[[], Iterator[bytes]]) -> None:
        self.make = make

    def __iter__(self) -> Iterator[bytes]:
        yield from self.make()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.make():
            yield chunk


def streamed(*chunks: bytes, **headers: str) -> httpx.Response:
    return httpx.Response(200, stream=Chunks(lambda: iter(chunks)), headers=headers)


def endless(request: httpx.Request) -> httpx.Response:
    def forever() -> Iterator[bytes]:
        block = b"\0" * 65536
        while True:
            yield block

    return httpx.Response(200, stream=Chunks(forever))


def read_task(client: a2e.Client, *, use_async: bool) -> Any:
    if use_async:
        return asyncio.run(get_face_swap_task.asyncio_detailed("t1", client=client))
    return get_face_swap_task.sync_detailed("t1", client=client)


def answering(handler: Handler, **options: Any) -> a2e.Client:
    mocked = httpx.MockTransport(handler)
    return a2e.Client(KEY, transport=mocked, async_transport=mocked, max_retries=0, **options)


def upload(client: a2e.Client, path: Path, *, use_async: bool, **kw: Any) -> str:
    if use_async:
        return asyncio.run(a2e.upload_file_async(client, path, **kw))
    return a2e.upload_file(client, path, **kw)


@dataclass
class Hostile:
    base_url: str = ""
    task: dict[str, Any] = field(default_factory=dict)
    refusal: tuple[int, str] | None = None
    fetched: list[str] = field(default_factory=list)

    def finished(self, task_id: str, path: str = "/r/result.mp4", **more: Any) -> None:
        """Make the task a completed face swap with a result at `path` on this server."""
        self.task = {
            "_id": task_id,
            "current_status": "completed",
            "result_url": self.base_url + path,
            **more,
        }

    def failed(self, task_id: str, message: str, **more: Any) -> None:
        self.task = {"_id": task_id, "current_status": "failed", "faild_message": message, **more}


@contextmanager
def hostile_server() -> Iterator[Hostile]:
    state = Hostile()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/r/"):
                state.fetched.append(self.path)
                self.reply(200, RESULT, "video/mp4")
            else:
                self.answer(state.task)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            # A start answers the task, a batch read a list holding it.
            self.answer(state.task if self.path.endswith("/add") else [state.task])

        def answer(self, data: Any) -> None:
            if state.refusal is not None:
                status, text = state.refusal
                key = self.headers.get("Authorization", "").removeprefix("Bearer ")
                body = {"code": status, "msg": text.replace("{key}", key), "trace_id": "t"}
                self.reply(status, json.dumps(body).encode(), "application/json")
                return
            envelope = {"code": 0, "trace_id": "t", "data": data}
            self.reply(200, json.dumps(envelope).encode(), "application/json")

        def reply(self, status: int, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *arguments: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
