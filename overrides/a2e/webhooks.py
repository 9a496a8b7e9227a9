"""Check and read A2E's webhook calls.

A start operation given `webhook_url` and `webhook_token` makes A2E POST to that URL once the
task completes or fails, with the token in the `X-A2e-Webhook-Token` header. A2E documents the
header but not the body; this reads `{"event": ..., "data": <task>}` and also a bare task.
"""

from __future__ import annotations

import hmac
import importlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from .errors import A2EError, ConfigurationError
from .tasks import TaskFamily, family_named

T = TypeVar("T")
TOKEN_HEADER = "x-a2e-webhook-token"
Headers = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]


class WebhookVerificationError(A2EError):
    """A webhook call that is not from A2E (wrong or missing token) or cannot be read."""


@dataclass(frozen=True)
class WebhookEvent(Generic[T]):
    """A verified webhook call: `task` is the typed task when a family was given, else a dict."""

    event: str | None
    task: T
    payload: Mapping[str, Any]


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, str):
        return value
    raise WebhookVerificationError(f"headers: a header name or value is a {type(value).__name__}")


def _sent_forms(value: str | bytes) -> list[bytes]:
    """The bytes the token header may have carried. Servers hand a str value decoded as
    latin-1 (WSGI, Starlette) or as UTF-8 with surrogateescape (aiohttp); each form is
    tried, and a value neither can encode matches nothing."""
    if isinstance(value, bytes):
        return [value]
    forms = []
    for encoding, errors in (("latin-1", "strict"), ("utf-8", "surrogateescape")):
        try:
            forms.append(value.encode(encoding, errors))
        except UnicodeEncodeError:
            continue
    return forms


def _expected(token: object) -> bytes:
    if isinstance(token, bytes):
        expected = token
    elif isinstance(token, str):
        try:
            expected = token.encode()
        except UnicodeEncodeError:
            raise ConfigurationError("token: contains a character UTF-8 cannot encode") from None
    else:
        raise ConfigurationError(f"token: must be str or bytes, got {type(token).__name__}")
    if not expected:
        # The caller's setting (an unset variable, typically), not the sender's fault.
        raise ConfigurationError("token: the expected webhook token must not be empty")
    return expected


def _sent_token(headers: Headers) -> str | bytes:
    """The token header's value from a mapping (any case) or (name, value) pairs, as ASGI
    servers give them (bytes) and WSGI frameworks list them (str)."""
    pairs: Iterable[Any] = headers.items() if isinstance(headers, Mapping) else headers
    if isinstance(pairs, str | bytes) or not isinstance(pairs, Iterable):
        raise WebhookVerificationError(
            f"headers: expected a mapping or (name, value) pairs, got {type(headers).__name__}"
        )
    for pair in pairs:
        if not isinstance(pair, tuple | list) or len(pair) != 2:
            raise WebhookVerificationError("headers: expected (name, value) pairs")
        name, value = pair
        if _text(name).lower() == TOKEN_HEADER:
            if isinstance(value, str | bytes):
                return value
            raise WebhookVerificationError(f"headers: a header value is a {type(value).__name__}")
    return b""


@overload
def verify_webhook(
    headers: Headers, body: bytes | str, token: str | bytes, *, family: TaskFamily[T]
) -> WebhookEvent[T]: ...
@overload
def verify_webhook(
    headers: Headers, body: bytes | str, token: str | bytes, *, family: str | None = None
) -> WebhookEvent[Any]: ...
def verify_webhook(
    headers: Headers,
    body: bytes | str,
    token: str | bytes,
    *,
    family: str | TaskFamily[Any] | None = None,
) -> WebhookEvent[Any]:
    """Check the call's token in constant time, then parse its body.

    headers: the request headers, as a mapping (any case) or as (name, value) pairs of str or
    bytes (an ASGI scope's "headers"); body: the raw request body; token: the
    `webhook_token` sent when the task was started, as str or bytes (a wrong type is a
    `ConfigurationError`). With `family` (for example "face_swap")
    the task is parsed into that family's typed model. Every problem, whatever the body,
    raises `WebhookVerificationError`.
    """
    expected = _expected(token)
    # Every form is compared, so the time taken does not tell which one came close.
    matches = [hmac.compare_digest(sent, expected) for sent in _sent_forms(_sent_token(headers))]
    if not any(matches):
        raise WebhookVerificationError("X-A2e-Webhook-Token: missing or not the expected token")
    if not isinstance(body, bytes | bytearray | memoryview | str):
        raise WebhookVerificationError(f"body: expected bytes or str, got {type(body).__name__}")
    try:
        payload = json.loads(bytes(body) if isinstance(body, bytearray | memoryview) else body)
    except RecursionError:
        raise WebhookVerificationError("body: nested too deeply to be a task") from None
    except ValueError as error:
        raise WebhookVerificationError(f"body: not JSON ({error})") from None
    if not isinstance(payload, dict):
        raise WebhookVerificationError("body: expected a JSON object")
    data = payload.get("data")
    record = data if isinstance(data, dict) else payload
    event = payload.get("event") if isinstance(payload.get("event"), str) else None
    if family is None:
        return WebhookEvent(event, record, payload)
    found = family_named(family)
    model = _model_of(found)
    try:
        task = model.from_dict(record)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
        raise WebhookVerificationError(
            f"body: not a {found.name} task ({type(error).__name__}: {str(error)[:200]})"
        ) from None
    except A2EError as error:
        raise WebhookVerificationError(f"body: not a {found.name} task ({error})") from None
    return WebhookEvent(event, task, payload)


def _model_of(family: TaskFamily[Any]) -> Any:
    module, _, name = family.model.rpartition(".")
    return getattr(importlib.import_module(f"a2e_client.models.{module}"), name)
