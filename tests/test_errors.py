"""Turning A2E answers into data or typed errors, against the mock's faults."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

import a2e
from a2e.errors import error_for_response, parse_retry_after
from a2e_client import AuthenticatedClient
from a2e_client.api.face_swap import get_face_swap_task, get_face_swap_task_status


def test_envelope_failure_keeps_code_message_and_trace_id(client: a2e.Client) -> None:
    with pytest.raises(a2e.APIError) as raised:
        get_face_swap_task_status.sync_detailed(
            client=client.with_headers({"X-Mock-Fault": "envelope"})
        )
    error = raised.value
    assert type(error) is a2e.APIError
    assert (error.status_code, error.code) == (200, 1001)
    assert error.message == "mock: A2E refused the request"
    assert error.trace_id and error.trace_id in str(error)


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        ("429", a2e.RateLimitError),
        ("503", a2e.ServerError),
        ("malformed", a2e.InvalidResponseError),
    ],
)
def test_faults_become_typed_errors(base_url: str, fault: str, kind: type[a2e.A2EError]) -> None:
    client = a2e.Client("sk_x", base_url=base_url, max_retries=0).with_headers(
        {"X-Mock-Fault": fault}
    )
    with pytest.raises(kind):
        get_face_swap_task_status.sync_detailed(client=client)


def test_missing_token_is_an_authentication_error(base_url: str) -> None:
    tokenless = AuthenticatedClient(base_url=base_url, token="sk_x", auth_header_name="X-Elsewhere")
    with pytest.raises(a2e.AuthenticationError) as raised:
        a2e.unwrap(get_face_swap_task_status.sync_detailed(client=tokenless))
    assert raised.value.status_code == 401


def test_unknown_task_is_not_found(client: a2e.Client) -> None:
    with pytest.raises(a2e.NotFoundError, match="not found"):
        get_face_swap_task.sync_detailed("0" * 24, client=client)


def test_plain_generated_clients_get_the_same_errors_and_models(base_url: str) -> None:
    """Without a2e.Client a refusal still raises its a2e error, and `sync` returns the
    success model itself (typed without ErrorResponse or None)."""
    plain = AuthenticatedClient(base_url=base_url, token="sk_x")
    with pytest.raises(a2e.NotFoundError) as raised:
        get_face_swap_task.sync_detailed("0" * 24, client=plain)
    assert raised.value.status_code == 404 and raised.value.code == "NOT_FOUND"
    with pytest.raises(a2e.AuthenticationError):
        get_face_swap_task.sync("0" * 24, client=AuthenticatedClient(base_url=base_url, token="x"))
    envelope = get_face_swap_task_status.sync(client=plain)
    assert envelope.code == 0 and isinstance(envelope.data, list)
    assert a2e.unwrap(get_face_swap_task_status.sync_detailed(client=plain)) == envelope.data


def test_rate_limit_keeps_retry_after() -> None:
    error = error_for_response(
        429, {"retry-after": "7"}, b'{"success": false, "error": "slow down"}'
    )
    assert isinstance(error, a2e.RateLimitError)
    assert error.retry_after == 7.0 and error.message == "slow down"


def test_success_is_not_an_error() -> None:
    assert error_for_response(200, {}, b'{"code": 0, "data": []}') is None
    assert error_for_response(200, {}, b'{"success": true, "data": {}}') is None


def test_newer_failure_shape_is_an_error() -> None:
    error = error_for_response(200, {}, b'{"success": false, "error": "bad prompt", "code": "E42"}')
    assert isinstance(error, a2e.APIError) and error.code == "E42" and error.message == "bad prompt"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, a2e.BadRequestError),
        (401, a2e.AuthenticationError),
        (403, a2e.PermissionDeniedError),
        (404, a2e.NotFoundError),
        (409, a2e.APIError),
        (422, a2e.BadRequestError),
        (502, a2e.ServerError),
    ],
)
def test_statuses_map_to_their_errors(status: int, kind: type[a2e.APIError]) -> None:
    body = b'{"success": false, "error": "no", "code": "X1", "trace_id": "t-1"}'
    error = error_for_response(status, {}, body)
    assert type(error) is kind
    assert (error.status_code, error.code, error.message, error.trace_id) == (
        status,
        "X1",
        "no",
        "t-1",
    )


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("7", 7.0),
        ("0.5", 0.5),
        ("-5", 0.0),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),  # a date in the past
        ("soon", None),
        ("nan", None),
        ("", None),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(header: str, seconds: float | None) -> None:
    assert parse_retry_after({"retry-after": header}) == seconds


def test_retry_after_date_in_the_future() -> None:
    future = format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True)
    found = parse_retry_after({"retry-after": future})
    assert found is not None and 58 <= found <= 60


def test_configuration_errors_are_a2e_errors_and_value_errors() -> None:
    assert issubclass(a2e.ConfigurationError, a2e.A2EError)
    assert issubclass(a2e.ConfigurationError, ValueError)
    assert issubclass(a2e.UnknownHostError, a2e.APIConnectionError)


def _all_error_classes() -> list[type[a2e.A2EError]]:
    import a2e.cli  # its errors join the tree too
    import a2e.downloads

    found: list[type[a2e.A2EError]] = []
    pending: list[type[a2e.A2EError]] = [a2e.A2EError]
    while pending:
        kind = pending.pop()
        found.append(kind)
        pending.extend(kind.__subclasses__())
    exported = {
        value
        for value in vars(a2e).values()
        if isinstance(value, type) and issubclass(value, a2e.A2EError)
    }
    assert exported <= set(found)
    return sorted(set(found), key=lambda kind: kind.__qualname__)


def _example(kind: type[a2e.A2EError]) -> a2e.A2EError:
    from a2e_client.models.talking_photo_task import TalkingPhotoTask

    task = TalkingPhotoTask.from_dict({"_id": "t1", "current_status": "failed"})
    extra: dict[str, object] = {}
    if issubclass(kind, a2e.TaskFailed):
        extra = {"task": task, "status": "failed"}
    elif issubclass(kind, a2e.TaskTimeout):
        extra = {"task": task}
    elif issubclass(kind, a2e.RateLimitError):
        extra = {"retry_after": 2.5}
    elif issubclass(kind, a2e.InvalidResponseError):
        extra = {"operation": "op GET /x", "location": "/data", "expected": "object", "body": b"["}
    error = kind("it went wrong", status_code=503, code="E1", trace_id="tr-1", **extra)
    error.finished = {"t0": task}
    return error


@pytest.mark.parametrize("kind", _all_error_classes(), ids=lambda kind: kind.__qualname__)
def test_every_error_survives_pickling(kind: type[a2e.A2EError]) -> None:
    import pickle

    error = _example(kind)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(copy) is kind
        assert str(copy) == str(error) and copy.args == error.args
        assert vars(copy).keys() == vars(error).keys()
        for name, value in vars(error).items():
            copied = getattr(copy, name)
            if hasattr(value, "to_dict"):
                assert copied.to_dict() == value.to_dict()
            elif name == "finished":
                assert copied.keys() == value.keys()
            else:
                assert copied == value, name
