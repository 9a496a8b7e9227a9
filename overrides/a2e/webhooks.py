"""Check and read A2E's webhook calls.

A start operation given `webhook_url` and `webhook_token` makes A2E POST to that URL once the
task completes or fails, with the token in the `X-A2e-Webhook-Token` header. A2E documents the
header but not the body; this reads `{"event": ..., "data": <task>}` and also a bare task.
"""

from __future__ import annotations

import hmac
import importlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import A2EError
from .tasks import TaskFamily, family_named

TOKEN_HEADER = "x-a2e-webhook-token"


class WebhookVerificationError(A2EError):
    """A webhook call that is not from A2E (wrong or missing token) or cannot be read."""


@dataclass(frozen=True)
class WebhookEvent:
    """A verified webhook call: `task` is the typed task when a family was given, else a dict."""

    event: str | None
    task: Any
    payload: Mapping[str, Any]


def verify_webhook(
    headers: Mapping[str, str],
    body: bytes | str,
    token: str,
    *,
    family: str | TaskFamily[Any] | None = None,
) -> WebhookEvent:
    """Check the call's token in constant time, then parse its body.

    headers: the request headers (any case); body: the raw request body; token: the
    `webhook_token` sent when the task was started. With `family` (for example "face_swap")
    the task is parsed into that family's typed model. Raises `WebhookVerificationError`.
    """
    if not token:
        raise WebhookVerificationError("token: the expected webhook token must not be empty")
    sent = next((value for name, value in headers.items() if name.lower() == TOKEN_HEADER), "")
    if not hmac.compare_digest(sent.encode(), token.encode()):
        raise WebhookVerificationError("X-A2e-Webhook-Token: missing or not the expected token")
    try:
        payload = json.loads(body)
    except ValueError as error:
        raise WebhookVerificationError(f"body: not JSON ({error})") from None
    if not isinstance(payload, dict):
        raise WebhookVerificationError("body: expected a JSON object")
    data = payload.get("data")
    record = data if isinstance(data, dict) else payload
    event = payload.get("event") if isinstance(payload.get("event"), str) else None
    if family is None:
        return WebhookEvent(event, record, payload)
    model = _model_of(family_named(family))
    try:
        task = model.from_dict(record)
    except (KeyError, TypeError, ValueError) as error:
        raise WebhookVerificationError(
            f"body: not a {family_named(family).name} task ({error!r})"
        ) from None
    return WebhookEvent(event, task, payload)


def _model_of(family: TaskFamily[Any]) -> Any:
    module, _, name = family.model.rpartition(".")
    return getattr(importlib.import_module(f"a2e_client.models.{module}"), name)
