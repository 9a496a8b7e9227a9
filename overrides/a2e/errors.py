"""The exception hierarchy, and the one place that turns an A2E answer into data or an error.

Every error keeps what A2E said about the failure (HTTP status, A2E's `code`, the message and
the `trace_id` to quote to A2E's support) and never the API key: whatever text a server sent,
an error masks keys and bearer credentials in it when it is built (`a2e.scrub`), in its
message, its attributes, the raw body it keeps and the task it carries.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from http import HTTPStatus
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from . import defaults

if TYPE_CHECKING:
    from a2e_client.models.error_response import ErrorResponse

T_co = TypeVar("T_co", covariant=True)


class A2EError(Exception):
    """Root of every error this package raises.

    `finished` is only filled by `wait_many`: the tasks that had completed before the error
    ended the wait, {task_id: task}, so that they are not lost.
    """

    finished: Mapping[str, Any] = MappingProxyType({})

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: int | str | None = None,
        trace_id: str | None = None,
    ) -> None:
        # The one place every error's text passes: a key a server echoed stops here, and so do
        # the controls that would drive the terminal of whoever prints the error. Imported
        # here, when an error is made, so that `import a2e` stays cheap.
        from .scrub import message_text

        message = message_text(message)
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = message_text(code) if isinstance(code, str) else code
        self.trace_id = message_text(trace_id) if trace_id is not None else None

    def __str__(self) -> str:
        details = [
            f"{name}={value}"
            for name, value in (
                ("status", self.status_code),
                ("code", self.code),
                ("trace_id", self.trace_id),
            )
            if value is not None
        ]
        return f"{self.message} ({', '.join(details)})" if details else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls cls(*args), which fails for keyword-only arguments
        # (TaskFailed's task...); rebuilding without __init__ and restoring the attributes
        # lets every error cross process boundaries (ProcessPoolExecutor, Celery).
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(kind: type[A2EError], args: tuple[Any, ...], state: dict[str, Any]) -> A2EError:
    error = kind.__new__(kind, *args)
    error.__dict__.update(state)
    return error


class ConfigurationError(A2EError, ValueError):
    """A setting or argument refused before any request: the field named and the problem.

    Raised when a client, a retry policy or a poll schedule is built, and when a call is
    given something that cannot be sent (a task id such as ".."). It is also a `ValueError`.
    """


class APIConnectionError(A2EError):
    """A2E could not be reached, or the connection broke before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """A2E did not answer within the configured timeout, or before a wait's deadline."""


class UnknownHostError(APIConnectionError):
    """The server's name does not resolve (a mistyped `base_url`): retrying cannot help."""


class APIError(A2EError):
    """A2E answered, and the answer reports a failure (an envelope with `code != 0`)."""


class BadRequestError(APIError):
    """A2E refused the request as malformed (HTTP 400 or 422)."""


class AuthenticationError(APIError):
    """The API key is missing, wrong or revoked (HTTP 401)."""


class PermissionDeniedError(APIError):
    """The key is valid but may not do this (HTTP 403)."""


class NotFoundError(APIError):
    """The addressed record does not exist (HTTP 404)."""


class RateLimitError(APIError):
    """Too many requests (HTTP 429); `retry_after` is A2E's hint in seconds, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIError):
    """A2E failed on its side (HTTP 5xx)."""


BODY_KEPT = defaults.ERROR_BODY_KEPT


class InvalidResponseError(APIError):
    """A2E answered with something that is not what the spec promises.

    operation: "operationId METHOD /path" of the call, when known; location: where in the JSON
    the answer parted from the spec (for example "/data/_id"); expected, seen: what the spec
    wanted there and what came (kinds and field names, never values); body: the start of the
    raw answer.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        location: str | None = None,
        expected: str | None = None,
        seen: str | None = None,
        body: bytes = b"",
        **kwargs: Any,
    ) -> None:
        details = [
            f"{label} {value}"
            for label, value in (
                ("at", location),
                ("expected", expected),
                ("got", seen),
            )
            if value
        ]
        from .scrub import mask, mask_bytes

        text = f"{operation}: {message}" if operation else message
        super().__init__(f"{text} ({'; '.join(details)})" if details else text, **kwargs)
        self.operation = operation
        self.location = location and mask(location)
        self.expected = expected and mask(expected)
        self.seen = seen and mask(seen)
        self.body = mask_bytes(body[:BODY_KEPT])


class TaskFailed(A2EError):
    """A task ended in a failure status; `task` is its last state as a typed model.

    `code` is A2E's failure code, or None when A2E sent none (it sends "0" or "" then).
    """

    def __init__(self, message: str, *, task: Any, status: str, **kwargs: Any) -> None:
        from .scrub import masked, message_text

        super().__init__(message, **kwargs)
        self.task = masked(task)
        self.status = message_text(status)


class TaskTimeout(A2EError):
    """A task was still running at the deadline; `task` is the last state seen (or None).

    When the last read failed, that error is the `__cause__`.
    """

    def __init__(self, message: str, *, task: Any, **kwargs: Any) -> None:
        from .scrub import masked

        super().__init__(message, **kwargs)
        self.task = masked(task)


_STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from a `Retry-After` header, in seconds or as an HTTP date.

    None when absent or unreadable; a date in the past means 0.
    """
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        # Imported here: only a date needs it, and it is not free to import.
        from email.utils import parsedate_to_datetime

        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError):
            return None
    return max(0.0, seconds) if seconds == seconds else None  # NaN is no hint


def status_phrase(status_code: int) -> str:
    """The reason phrase of an HTTP status, also for one Python does not name."""
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        # Proxies and CDNs send statuses of their own (Cloudflare's 520-524, nginx's 499).
        kind = "server error" if status_code >= 500 else "client error"
        return f"HTTP {status_code} ({kind})"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


_UNREAD: Any = object()
# What `decoded` holds for a body that is not JSON, or nests too deeply to decode.
NOT_JSON: Any = object()
TOO_DEEP: Any = object()


def _decode(body: bytes) -> object:
    if not body:
        return NOT_JSON
    try:
        return json.loads(body)
    except ValueError:
        return NOT_JSON
    except RecursionError:
        return TOO_DEEP


def decoded(response: httpx.Response) -> object:
    """The JSON of a read response, decoded once however many look at it (the errors hook and
    the operation's parser): `NOT_JSON` or `TOO_DEEP` when it cannot be decoded."""
    cached = response.__dict__.get("_a2e_json", _UNREAD)
    if cached is _UNREAD:
        cached = response.__dict__["_a2e_json"] = _decode(response.content)
    return cached


def error_for_response(
    status_code: int, headers: Mapping[str, str], body: bytes, *, payload: object = _UNREAD
) -> A2EError | None:
    """The error an A2E answer stands for, or None when the answer is a success.

    Success is HTTP 2xx with a JSON body whose `code` (when present) is 0 and whose `success`
    (when present) is not false; a body that is not JSON is the parser's to report.
    """
    if payload is _UNREAD:
        payload = _decode(body)
    # A success status with a body that is not JSON is left to the operation's parser, whose
    # error names the operation.
    fields: Mapping[str, object] = payload if isinstance(payload, Mapping) else {}
    code = fields.get("code")
    message = _text(fields.get("msg")) or _text(fields.get("error")) or _text(fields.get("message"))
    trace_id = _text(fields.get("trace_id"))
    context: dict[str, Any] = {
        "status_code": status_code,
        "code": code if isinstance(code, int | str) and not isinstance(code, bool) else None,
        "trace_id": trace_id,
    }
    if status_code >= 400:
        text = message or status_phrase(status_code)
        if status_code == 429:
            return RateLimitError(text, retry_after=parse_retry_after(headers), **context)
        if status_code >= 500:
            return ServerError(text, **context)
        return _STATUS_ERRORS.get(status_code, APIError)(text, **context)
    envelope_failed = isinstance(code, int) and not isinstance(code, bool) and code != 0
    if envelope_failed or fields.get("success") is False:
        return APIError(message or "A2E reported a failure", **context)
    return None


def raise_for_response(response: httpx.Response) -> None:
    """Raise the error an already-read httpx response stands for; do nothing on success."""
    error = error_for_response(
        response.status_code, response.headers, response.content, payload=decoded(response)
    )
    if error is not None:
        raise error


class _HasData(Protocol[T_co]):
    @property
    def data(self) -> T_co: ...


class _Detailed(Protocol[T_co]):
    @property
    def status_code(self) -> HTTPStatus: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def parsed(self) -> T_co | None: ...


def unwrap(response: _Detailed[_HasData[T_co] | ErrorResponse]) -> T_co:
    """The typed `data` of a generated `*_detailed` response, or the A2E error it stands for.

    With `a2e.Client` errors are raised before this point; `unwrap` also serves responses
    obtained through a plain generated client.
    """
    parsed = response.parsed
    # A parsed answer passed its operation's checks, failure envelopes included: nothing to
    # decode again.
    if parsed is not None and hasattr(parsed, "data"):
        data: T_co = parsed.data
        return data
    error = error_for_response(int(response.status_code), response.headers, response.content)
    if error is not None:
        raise error
    if parsed is None or not hasattr(parsed, "data"):
        raise InvalidResponseError(
            "A2E's answer has no `data` for this operation",
            status_code=int(response.status_code),
        )
    found: T_co = parsed.data
    return found
