"""Turning an A2E answer into the generated model, or into one typed error.

Every generated operation parses its answers here (the endpoint template calls
`parse_answer`), so whatever a server sends ends as a typed model or an
`InvalidResponseError` that names the operation and the place the answer parted from the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar, cast

import httpx

from .errors import (
    NOT_JSON,
    TOO_DEEP,
    A2EError,
    InvalidResponseError,
    decoded,
    error_for_response,
)

T = TypeVar("T")


class _Checks(Protocol):
    def check(self, name: str, status: int, payload: object) -> None: ...


def describe(name: str) -> str:
    """ "operationId METHOD /path" of the operation whose Python name is `name`."""
    from a2e_client.operations import OPERATIONS

    found = OPERATIONS.get(name)
    return " ".join(found) if found else name


def kind_of(value: object) -> str:
    """The JSON kind of a value, for messages that must not show the value itself."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, Mapping) else type(value).__name__


def trace_id_of(payload: object) -> str | None:
    trace_id = payload.get("trace_id") if isinstance(payload, Mapping) else None
    return trace_id if isinstance(trace_id, str) and trace_id else None


def conform(name: str, payload: Any) -> Any:
    """The answer with a `data` list taken as the spec's one shape, where A2E is known to send
    a list (`x-a2e-data-list` in the spec); any other answer unchanged."""
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
        return payload
    from a2e_client.operations import DATA_LISTS

    declared = DATA_LISTS.get(name)
    if declared is None:
        return payload
    mode, paging = declared
    data: list[Any] = payload["data"]
    if mode == "first":
        return {**payload, "data": data[0]} if data else payload
    paging = paging or {}
    if not paging.get("records"):
        return payload
    shaped: dict[str, Any] = {paging["records"]: data}
    if paging.get("total"):
        shaped[paging["total"]] = len(data)
    return {**payload, "data": shaped}


def parse_answer(
    response: httpx.Response, client: object, name: str, build: Callable[[Any], T]
) -> T:
    """`build` applied to the answer's JSON, or InvalidResponseError saying what went wrong."""
    payload = decoded(response)
    if payload is TOO_DEEP:
        raise _too_deep(name, response)
    if payload is NOT_JSON:  # not JSON, or not text at all
        raise InvalidResponseError(
            "the answer is not JSON",
            operation=describe(name),
            expected="a JSON body",
            seen=response.headers.get("content-type") or "no content type",
            status_code=response.status_code,
            body=response.content,
        )
    if (
        response.status_code < 400
        and isinstance(payload, Mapping)
        and (payload.get("code") not in (0, None) or payload.get("success") is False)
    ):
        # A failure envelope on a success status: a2e.Client raised it already; a plain
        # generated client gets the same typed error rather than a model that cannot be built.
        failure = error_for_response(
            response.status_code, response.headers, response.content, payload=payload
        )
        if failure is not None:
            raise failure
    payload = conform(name, payload)
    checks: _Checks | None = getattr(client, "drift_checks", None)
    if checks is not None:
        try:
            checks.check(name, response.status_code, payload)
        except (RecursionError, ValueError) as error:
            if isinstance(error, A2EError) or not _beyond_checking(error):
                raise
            raise _too_deep(name, response) from None
    try:
        return build(payload)
    except Exception as error:  # any way the generated model can fail on a foreign shape
        raise explain(name, response, payload, error) from error


def _beyond_checking(error: BaseException) -> bool:
    """Whether a check gave up on how deeply the JSON nests: Python's RecursionError, or
    jsonschema-rs's ValueError saying so (its other errors are not about the answer)."""
    if isinstance(error, RecursionError):
        return True
    return isinstance(error, ValueError) and "recursion limit" in str(error).lower()


def _too_deep(name: str, response: httpx.Response) -> InvalidResponseError:
    return InvalidResponseError(
        "the answer's JSON is nested too deeply to read",
        operation=describe(name),
        expected="a JSON body",
        seen="arrays or objects nested beyond what can be checked",
        status_code=response.status_code,
        body=response.content,
    )


def explain(
    name: str, response: httpx.Response, payload: object, error: Exception
) -> InvalidResponseError:
    """The error for an answer the model could not read: where and how it left the spec."""
    from .validate import differences

    try:
        found = differences(name, response.status_code, payload)
    except (RecursionError, ValueError) as failure:
        if _beyond_checking(failure):
            return _too_deep(name, response)
        found = []  # the model's own error below still says what went wrong
    if found:
        first = found[0]
        location, expected, seen = first.location, first.expected, first.seen
    elif isinstance(error, KeyError):
        location, expected, seen = None, f"field {error.args[0]!r}", "no such field"
    else:
        location, expected, seen = None, None, f"{type(error).__name__}: {error}"[:200]
    return InvalidResponseError(
        "the answer does not fit the spec",
        operation=describe(name),
        location=location,
        expected=expected,
        seen=seen,
        status_code=response.status_code,
        trace_id=trace_id_of(payload),
        body=response.content,
    )


def refusal(response: httpx.Response) -> A2EError:
    """The error of a refusal (HTTP 4xx or 5xx, documented or not): operations return only
    what they answer on success, whichever client sent them."""
    error = error_for_response(response.status_code, response.headers, response.content)
    # Every status from 400 on stands for an error.
    return cast(A2EError, error)


def unexpected_answer(response: httpx.Response, name: str) -> A2EError:
    """The error for an HTTP status the operation does not document: the refusal it stands
    for from 400 on (a proxy's 520 is a ServerError), else InvalidResponseError (a 204, a
    redirect...)."""
    if response.status_code >= 400:
        return refusal(response)
    return InvalidResponseError(
        f"HTTP {response.status_code} is not an answer this operation documents",
        operation=describe(name),
        status_code=response.status_code,
        body=response.content,
    )
