"""The mock's webhook calls: when a task that named a `webhook_url` finishes, POST it there.

Like A2E, one attempt, best effort, with the task's `webhook_token` in `X-A2e-Webhook-Token`.
Unlike A2E, only addresses on this machine are called, so a test can never reach the internet.
A sender ends with the mock's state (`MockA2E.reset`): after `close()` its tasks no longer move
and none of their calls is made, so no test's webhook lands in the next test.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from a2e.client import LOCAL_HOSTS

from .store import MockTask

TOKEN_HEADER = "X-A2e-Webhook-Token"
# Webhook calls remembered, the latest last; older ones are forgotten in a long run.
DELIVERIES_KEPT = 1000


@dataclass(frozen=True)
class Delivery:
    """One webhook call the mock made (or refused to make)."""

    url: str
    event: str
    task_id: str
    status_code: int | None
    error: str | None = None


class WebhookSender:
    """Moves webhook tasks along on a clock of their own and calls their webhook at the end."""

    def __init__(self, stage_seconds: float) -> None:
        self.stage_seconds = stage_seconds
        self.deliveries: deque[Delivery] = deque(maxlen=DELIVERIES_KEPT)
        self._ended = threading.Event()
        self._calls = threading.Condition()
        self._calling = 0

    def follow(self, task: MockTask) -> None:
        """Advance `task` one stage every `stage_seconds` in the background until it ends."""

        def tick() -> None:
            while not task.finished and not self._ended.wait(self.stage_seconds):
                task.next_stage()

        threading.Thread(target=tick, name=f"a2e-mock-clock-{task.id}", daemon=True).start()

    def finished(self, task: MockTask) -> None:
        """Called by the task once terminal: deliver in the background."""
        if self._ended.is_set():
            return
        threading.Thread(
            target=self._deliver, args=(task,), name="a2e-mock-webhook", daemon=True
        ).start()

    def close(self) -> None:
        """Stop every clock and every pending call: none is made once this returns, and a call
        already under way has ended (its own timeout bounds the wait)."""
        with self._calls:
            self._ended.set()
            self._calls.wait_for(lambda: self._calling == 0)

    def _deliver(self, task: MockTask) -> None:
        url = task.webhook_url or ""
        event = "task.failed" if task.fail_with is not None else "task.completed"
        # Any string up to 2048 characters is a valid `webhook_url` (and any `webhook_token`), so
        # an address or token no request can carry is a call that fails, as a refused one does.
        try:
            local = urlsplit(url).hostname in LOCAL_HOSTS
        except ValueError as error:  # `http://[::1`
            self.deliveries.append(Delivery(url, event, task.id, None, f"not a URL: {error}"))
            return
        if not local:
            self.deliveries.append(
                Delivery(url, event, task.id, None, "only local addresses are called")
            )
            return
        headers = {TOKEN_HEADER: task.webhook_token} if task.webhook_token else {}
        with self._calls:
            if self._ended.is_set():
                return
            self._calling += 1
        try:
            # Only the status is kept: a receiver's answer is never read, however long.
            with httpx.stream(
                "POST", url, json={"event": event, "data": task.record}, headers=headers, timeout=5
            ) as response:
                status = response.status_code
        # Besides failed connections: a bad port or character in the address, a token that is
        # not ASCII.
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as error:
            self.deliveries.append(Delivery(url, event, task.id, None, str(error)))
            return
        finally:
            with self._calls:
                self._calling -= 1
                self._calls.notify_all()
        self.deliveries.append(Delivery(url, event, task.id, status))
