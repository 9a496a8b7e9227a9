"""Whatever `webhook_url` and `webhook_token` a task names, its webhook call fails quietly."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from a2e.mock import MockA2E
from a2e.tasks import FACE_SWAP
from webhook_receiver import Receiver

AUTH = {"Authorization": "Bearer sk_test"}
START = "/api/v1/userFaceSwapTask/add"
BODY = {"name": "x", "face_url": "https://x/f.jpg", "video_url": "https://x/v.mp4"}


@pytest.mark.parametrize(
    ("url", "token", "error"),
    [
        ("http://[::1", "t", "not a URL"),
        ("http://user@[::1/hook", "t", "not a URL"),
        ("http://localhost:abc/", "t", "port"),
        ("http://localhost/\x00", "t", "non-printable"),
        ("http://127.0.0.1:1/", "é", "ascii"),
        ("ftp://localhost/", "t", "protocol"),
    ],
)
def test_a_webhook_no_request_can_reach_is_a_failed_delivery(
    base_url: str,
    mock: MockA2E,
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    token: str,
    error: str,
) -> None:
    """A2E takes any string as the address; the mock's webhook thread used to die on some."""
    crashed: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", crashed.append)
    body = {**BODY, "webhook_url": url, "webhook_token": token}
    assert httpx.post(f"{base_url}{START}", json=body, headers=AUTH).status_code == 200
    deadline = time.monotonic() + 5
    while not mock.webhooks.deliveries and not crashed and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not crashed, crashed[0].exc_value
    (delivery,) = mock.webhooks.deliveries
    assert delivery.url == url and delivery.status_code is None
    assert delivery.error and error in delivery.error


def test_reset_ends_every_pending_webhook_call_of_earlier_tasks(
    base_url: str, mock: MockA2E, receiver: Receiver
) -> None:
    """A task's `task.completed` call must not reach the receiver after `reset()`, where it
    would land in the next test."""
    body = {**BODY, "webhook_url": receiver.url, "webhook_token": "t"}
    answer = httpx.post(f"{base_url}{START}", json=body, headers=AUTH).json()
    task = mock.tasks.get(FACE_SWAP, answer["data"]["_id"])
    assert task is not None
    mock.reset()
    while not task.finished:  # what the task's own clock would have done next
        task.next_stage()
    for thread in threading.enumerate():
        if thread.name.startswith(("a2e-mock-webhook", f"a2e-mock-clock-{task.id}")):
            thread.join(timeout=10)
    assert receiver.calls == [] and list(mock.webhooks.deliveries) == []
