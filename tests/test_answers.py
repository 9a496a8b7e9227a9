"""Answers that stray from the spec: a typed model or one `InvalidResponseError`, never a bare
exception; documented second shapes taken as the one shape; odd dates tolerated; drift checks."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread
from typing import Any

import httpx
import pytest

import a2e
from a2e_client.api.face_swap import get_face_swap_task
from a2e_client.api.image_to_video import list_image_to_video_tasks
from a2e_client.api.text_to_image import start_text_to_image
from a2e_client.models import StartText2ImageRequest
from a2e_client.types import UNSET

TASK = {
    "_id": "6674f1765699df7e9d25311a",
    "current_status": "completed",
    "result_url": "https://example.com/r.mp4",
    "createdAt": "2025-01-01T00:00:00.000Z",
}
OPERATION = "getFaceSwapTask GET /api/v1/userFaceSwapTask/{_id}"


class Scripted:
    """A local server that answers every request with the answer a test sets."""

    def __init__(self) -> None:
        self.status, self.content_type, self.body = 200, "application/json", b"{}"
        scripted = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(scripted.status)
                self.send_header("Content-Type", scripted.content_type)
                self.send_header("Content-Length", str(len(scripted.body)))
                self.end_headers()
                self.wfile.write(scripted.body)

            do_GET = do_POST = _answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, payload: Any, status: int = 200, content_type: str = "") -> None:
        self.status = status
        self.content_type = content_type or "application/json"
        self.body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()


@pytest.fixture
def scripted() -> Iterator[Scripted]:
    server = Scripted()
    yield server
    server.server.shutdown()


@pytest.fixture
def plain(scripted: Scripted) -> a2e.Client:
    return a2e.Client("sk_test", base_url=scripted.url, max_retries=0, validate="off")


def envelope(data: Any) -> dict[str, Any]:
    return {"code": 0, "data": data, "trace_id": "t-123"}


STRAYS = [
    ("data is a list", envelope([TASK]), "/data", "object", "array"),
    (
        "task without _id",
        envelope({"current_status": "completed"}),
        "/data/_id",
        "a required field",
        "none",
    ),
    ("data is null", envelope(None), "/data", "object", "null"),
    (
        "status is a number",
        envelope({**TASK, "current_status": 3}),
        "/data/current_status",
        "string",
        "number",
    ),
    ("answer is a list", [TASK], "/", "object", "array"),
]


@pytest.mark.parametrize(
    ("case", "payload", "location", "expected", "seen"), STRAYS, ids=[s[0] for s in STRAYS]
)
async def test_a_stray_answer_is_one_typed_error_in_every_form(
    scripted: Scripted,
    plain: a2e.Client,
    case: str,
    payload: Any,
    location: str,
    expected: str,
    seen: str,
) -> None:
    scripted.answer(payload)
    for form in (get_face_swap_task.sync_detailed, get_face_swap_task.sync):
        with pytest.raises(a2e.InvalidResponseError) as raised:
            form(id="x", client=plain)
        error = raised.value
        assert (error.operation, error.location, error.expected, error.seen) == (
            OPERATION,
            location,
            expected,
            seen,
        )
        assert error.status_code == 200 and error.body == scripted.body
    with pytest.raises(a2e.InvalidResponseError, match="getFaceSwapTask"):
        await get_face_swap_task.asyncio_detailed(id="x", client=plain)
    with pytest.raises(a2e.InvalidResponseError, match="getFaceSwapTask"):
        await get_face_swap_task.asyncio(id="x", client=plain)
    await plain.aclose()


def test_the_error_keeps_trace_id_and_a_capped_body(scripted: Scripted, plain: a2e.Client) -> None:
    scripted.answer(envelope({"current_status": "x", "pad": "p" * 50_000}))
    with pytest.raises(a2e.InvalidResponseError) as raised:
        get_face_swap_task.sync_detailed(id="x", client=plain)
    assert raised.value.trace_id == "t-123"
    assert len(raised.value.body) == 2000
    assert "sk_test" not in str(raised.value)


@pytest.mark.parametrize(
    ("status", "body", "content_type", "problem"),
    [
        (200, b"<html>busy</html>", "text/html", "the answer is not JSON"),
        (200, b"", "application/json", "the answer is not JSON"),
        (204, b"", "application/json", "HTTP 204 is not an answer this operation documents"),
        (302, b"", "text/plain", "HTTP 302 is not an answer this operation documents"),
    ],
)
def test_bodies_and_statuses_the_operation_does_not_document(
    scripted: Scripted, plain: a2e.Client, status: int, body: bytes, content_type: str, problem: str
) -> None:
    scripted.answer(body, status, content_type)
    for form in (get_face_swap_task.sync_detailed, get_face_swap_task.sync):
        with pytest.raises(a2e.InvalidResponseError, match=problem) as raised:
            form(id="x", client=plain)
        assert raised.value.operation == OPERATION


def test_an_odd_date_does_not_fail_the_answer(scripted: Scripted, plain: a2e.Client) -> None:
    scripted.answer(envelope({**TASK, "createdAt": "not a date", "updatedAt": None}))
    task = a2e.unwrap(get_face_swap_task.sync_detailed(id="x", client=plain))
    assert task.created_at is UNSET and task.updated_at is UNSET
    assert task.result_url == TASK["result_url"]


def test_unknown_fields_and_statuses_parse_and_print_readably(
    scripted: Scripted, plain: a2e.Client
) -> None:
    scripted.answer(envelope({"_id": "a", "current_status": "queued", "brand_new": 1}))
    task = a2e.unwrap(get_face_swap_task.sync_detailed(id="x", client=plain))
    status: str = task.current_status  # a status the spec's Literal does not list yet
    assert status == "queued" and task["brand_new"] == 1
    assert "UNSET" in repr(task) and "object at 0x" not in repr(task)


def test_a_documented_list_shape_becomes_the_one_shape(
    scripted: Scripted, plain: a2e.Client
) -> None:
    body = StartText2ImageRequest.from_dict(
        {"name": "n", "prompt": "a cat", "req_key": "high_aes_general_v21_L"}
    )
    scripted.answer(envelope([{**TASK, "current_status": "initialized"}]))
    task = a2e.unwrap(start_text_to_image.sync_detailed(client=plain, body=body))
    assert task.id == TASK["_id"]
    scripted.answer(envelope([TASK, TASK]))
    page = a2e.unwrap(list_image_to_video_tasks.sync_detailed(client=plain))
    assert len(page.rows) == 2 and page.count == 2


def test_drift_warnings_name_each_place_once_without_values(
    scripted: Scripted, caplog: pytest.LogCaptureFixture
) -> None:
    client = a2e.Client("sk_test", base_url=scripted.url, max_retries=0, validate="warn")
    scripted.answer(envelope({**TASK, "result_url": 12345, "createdAt": "secret-ish"}))
    with caplog.at_level(logging.WARNING, logger="a2e.drift"):
        for _ in range(3):
            get_face_swap_task.sync_detailed(id="x", client=client)
    lines = [r.getMessage() for r in caplog.records if r.name == "a2e.drift"]
    assert len(lines) == 2, lines
    assert any("/data/result_url: expected string, got number" in line for line in lines)
    assert any("/data/createdAt: expected date-time text" in line for line in lines)
    assert all(OPERATION in line for line in lines)
    assert not any("12345" in line or "secret-ish" in line for line in lines)


def test_drift_in_error_mode_raises(scripted: Scripted) -> None:
    client = a2e.Client("sk_test", base_url=scripted.url, max_retries=0, validate="error")
    scripted.answer(envelope({**TASK, "brand_new_status_word": 1, "current_status": "queued"}))
    with pytest.raises(a2e.InvalidResponseError, match="current_status") as raised:
        get_face_swap_task.sync_detailed(id="x", client=client)
    assert raised.value.trace_id == "t-123"


def test_drift_mode_comes_from_the_environment_and_is_checked(
    scripted: Scripted, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("A2E_VALIDATE", "warn")
    assert a2e.Client("sk_test", base_url=scripted.url).drift_checks is not None
    monkeypatch.setenv("A2E_VALIDATE", "loud")
    with pytest.raises(ValueError, match="validate: must be one of off, warn, error"):
        a2e.Client("sk_test", base_url=scripted.url)
    monkeypatch.delenv("A2E_VALIDATE")
    assert a2e.Client("sk_test", base_url=scripted.url).drift_checks is None


def test_a_failure_envelope_is_an_api_error_even_without_a2e_client(scripted: Scripted) -> None:
    from a2e_client import AuthenticatedClient

    plain = AuthenticatedClient(base_url=scripted.url, token="sk_test")
    scripted.answer({"code": 1001, "msg": "busy", "trace_id": "t-9"})
    with pytest.raises(a2e.APIError) as raised:
        get_face_swap_task.sync_detailed(id="x", client=plain)
    assert (raised.value.code, raised.value.message, raised.value.trace_id) == (1001, "busy", "t-9")


def test_only_a_depth_failure_of_the_checker_is_called_too_deep(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import a2e.validate
    from a2e.answers import explain

    def broken(*args: object) -> list[object]:
        raise ValueError("the checker's own trouble")

    monkeypatch.setattr(a2e.validate, "differences", broken)
    response = httpx.Response(200, json={"code": 0, "data": {}})
    error = explain("get_face_swap_task", response, {"code": 0}, KeyError("_id"))
    assert "nested too deeply" not in str(error) and error.expected == "field '_id'"
