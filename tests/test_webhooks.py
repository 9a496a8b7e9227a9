"""Webhooks end to end: the mock calls a local receiver when a task ends; verify_webhook reads it."""

from __future__ import annotations

import json
import time
from typing import Any, assert_type

import pytest

import a2e
from a2e.mock import MockA2E
from a2e.tasks import FACE_SWAP
from a2e_client.models import FaceSwapTask, TalkingPhotoTask
from spec_calls import start_task
from webhook_receiver import TOKEN, Receiver


def start(client: a2e.Client, family: str, url: str, **headers: str) -> str:
    body = {"webhook_url": url, "webhook_token": TOKEN}
    return start_task(client, family, body=body, headers=headers)


def test_completed_task_calls_the_webhook(client: a2e.Client, receiver: Receiver) -> None:
    task_id = start(client, "face_swap", receiver.url)
    headers, body = receiver.wait_for(1)[0]
    event = a2e.verify_webhook(headers, body, TOKEN, family="face_swap")
    assert event.event == "task.completed"
    assert isinstance(event.task, FaceSwapTask)
    assert event.task.id == task_id and event.task.current_status == "completed"
    assert event.task.result_url


def test_failed_task_reports_its_failure(client: a2e.Client, receiver: Receiver) -> None:
    start(client, "talking_photo", receiver.url, **{"X-Mock-Fail": "no face in photo"})
    headers, body = receiver.wait_for(1)[0]
    event = a2e.verify_webhook(headers, body, TOKEN, family="talking_photo")
    assert event.event == "task.failed"
    assert (
        isinstance(event.task, TalkingPhotoTask) and event.task.failed_message == "no face in photo"
    )


def test_without_a_family_the_task_is_a_dict(client: a2e.Client, receiver: Receiver) -> None:
    start(client, "face_swap", receiver.url)
    headers, body = receiver.wait_for(1)[0]
    assert a2e.verify_webhook(headers, body, TOKEN).task["current_status"] == "completed"


@pytest.mark.parametrize(
    ("headers", "body", "problem"),
    [
        ({"X-A2e-Webhook-Token": "wrong"}, b"{}", "X-A2e-Webhook-Token"),
        ({}, b"{}", "X-A2e-Webhook-Token"),
        ({"x-a2e-webhook-token": TOKEN}, b"not json", "body: not JSON"),
        ({"X-A2E-WEBHOOK-TOKEN": TOKEN}, b"[1, 2]", "JSON object"),
        (
            {"X-A2e-Webhook-Token": TOKEN},
            json.dumps({"data": {"name": "no id"}}),
            "not a face_swap task",
        ),
    ],
)
def test_bad_calls_are_refused(headers: dict[str, str], body: bytes | str, problem: str) -> None:
    with pytest.raises(a2e.WebhookVerificationError, match=problem):
        a2e.verify_webhook(headers, body, TOKEN, family="face_swap")


def test_an_empty_expected_token_is_a_configuration_error() -> None:
    # An unset setting on the receiving side; answering each call with 401 would hide it.
    for empty in ("", b""):
        with pytest.raises(a2e.ConfigurationError, match="token"):
            a2e.verify_webhook({"X-A2e-Webhook-Token": ""}, b"{}", empty)


def test_the_mock_only_calls_local_addresses(client: a2e.Client, mock: MockA2E) -> None:
    task_id = start(client, "face_swap", "https://hooks.example.com/a2e")
    deadline = time.monotonic() + 10
    while not any(d.task_id == task_id for d in mock.webhooks.deliveries):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    delivery = next(d for d in mock.webhooks.deliveries if d.task_id == task_id)
    assert delivery.status_code is None and delivery.error == "only local addresses are called"


@pytest.mark.parametrize(
    "headers",
    [
        [(b"x-a2e-webhook-token", TOKEN.encode()), (b"content-type", b"application/json")],
        [("X-A2e-Webhook-Token", TOKEN)],
    ],
    ids=["asgi-bytes", "str-pairs"],
)
def test_headers_as_raw_pairs_are_accepted(headers: list[tuple[Any, Any]]) -> None:
    body = json.dumps({"data": {"_id": "t1", "current_status": "completed"}})
    assert a2e.verify_webhook(headers, body, TOKEN, family="face_swap").task.id == "t1"


@pytest.mark.parametrize(
    ("headers", "body", "problem"),
    [
        ({"X-A2e-Webhook-Token": TOKEN}, "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ({"X-A2e-Webhook-Token": TOKEN}, '{"data": ' * 50_000 + "1" + "}" * 50_000, "nested"),
        ({"X-A2e-Webhook-Token": TOKEN}, b"\xff\xfe not utf-8", "body: not JSON"),
        ({"X-A2e-Webhook-Token": TOKEN}, None, "body: expected bytes or str"),
        ({"X-A2e-Webhook-Token": TOKEN}, json.dumps({"data": {"_id": 1}}), "not a face_swap"),
        (42, b"{}", "headers: expected a mapping"),
        ([("only-a-name",)], b"{}", "headers: expected"),
        ([(1, 2)], b"{}", "headers: a header name or value is a int"),
    ],
)
def test_any_body_or_headers_end_in_a_verification_error(
    headers: Any, body: Any, problem: str
) -> None:
    with pytest.raises(a2e.WebhookVerificationError, match=problem):
        a2e.verify_webhook(headers, body, TOKEN, family="face_swap")


ODD_HEADERS: list[Any] = [
    {"X-A2e-Webhook-Token": "\udcff"},
    {"X-A2e-Webhook-Token": "\ud800"},
    {"X-A2e-Webhook-Token": "t\u00f6k\u20ac"},
    [(b"x-a2e-webhook-token", b"\xff\xfe")],
    [("x-a2e-webhook-token", "\udcff\x00")],
    [(b"x-a2e-webhook-token", 5)],
    {"X-A2e-Webhook-Token": None},
    [(b"\xff", b"v")],
]


@pytest.mark.parametrize("headers", ODD_HEADERS)
@pytest.mark.parametrize("token", ["tok", "t\u00f6k", b"tok"])
def test_whatever_a_caller_sends_is_only_a_verification_error(
    headers: Any, token: str | bytes
) -> None:
    with pytest.raises(a2e.WebhookVerificationError):
        a2e.verify_webhook(headers, b"{}", token)


WIRE = "t\u00f6k-\u20ac".encode()  # a non-ASCII token as its bytes travel


@pytest.mark.parametrize(
    "headers",
    [
        [(b"x-a2e-webhook-token", WIRE)],  # ASGI
        {"X-A2e-Webhook-Token": WIRE.decode("latin-1")},  # WSGI, Starlette
        {"X-A2e-Webhook-Token": WIRE.decode("utf-8", "surrogateescape")},  # aiohttp
    ],
    ids=["bytes", "latin-1", "utf-8"],
)
@pytest.mark.parametrize("token", ["t\u00f6k-\u20ac", WIRE], ids=["str", "bytes"])
def test_a_non_ascii_token_verifies_however_the_server_hands_it_over(
    headers: Any, token: str | bytes
) -> None:
    event = a2e.verify_webhook(headers, b'{"event": "done", "data": {"_id": "t"}}', token)
    assert event.event == "done"


def test_a_bytes_token_is_accepted_and_a_wrong_type_is_a_configuration_error() -> None:
    assert a2e.verify_webhook({"X-A2e-Webhook-Token": "tok"}, b"{}", b"tok").payload == {}
    for wrong in (5, None, bytearray(b"tok")):
        with pytest.raises(a2e.ConfigurationError, match="token: must be str or bytes"):
            a2e.verify_webhook({"X-A2e-Webhook-Token": "tok"}, b"{}", wrong)  # type: ignore[call-overload]


def test_a_family_constant_types_the_task() -> None:
    body = b'{"data": {"_id": "t", "current_status": "completed"}}'
    event = a2e.verify_webhook({"X-A2e-Webhook-Token": "tok"}, body, "tok", family=FACE_SWAP)
    # assert_type is checked by mypy --strict (make lint), which fails if the type is lost.
    assert_type(event.task, FaceSwapTask)
    assert isinstance(event.task, FaceSwapTask) and event.task.id == "t"
