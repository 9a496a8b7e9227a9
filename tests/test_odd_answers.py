"""Answers no spec describes (statuses Python does not name, bodies that cannot be read) end
as typed `a2e` errors, sync and async, never as a bare exception."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

import a2e
from a2e_client.api.face_swap import get_face_swap_task_status

Answer = Callable[[httpx.Request], httpx.Response]
DEEP = b"[" * 100_000 + b"]" * 100_000


def call(answer: Answer, *, use_async: bool, max_retries: int = 0) -> object:
    client = a2e.Client("sk_x", transport=httpx.MockTransport(answer), max_retries=max_retries)
    if use_async:
        return asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))
    return get_face_swap_task_status.sync_detailed(client=client)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (520, a2e.ServerError),
        (522, a2e.ServerError),
        (530, a2e.ServerError),
        (599, a2e.ServerError),
        (509, a2e.ServerError),
        (430, a2e.APIError),
        (499, a2e.APIError),
    ],
)
def test_statuses_python_does_not_name_are_typed_errors(
    status: int, kind: type[a2e.A2EError], use_async: bool
) -> None:
    with pytest.raises(kind) as raised:
        call(
            lambda request: httpx.Response(status, content=b"<html>oops</html>"),
            use_async=use_async,
        )
    assert type(raised.value) is kind
    assert raised.value.status_code == status
    assert f"HTTP {status}" in raised.value.message


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_an_unnamed_5xx_is_retried_like_any_5xx(use_async: bool) -> None:
    statuses = iter([520, 524])

    def answer(request: httpx.Request) -> httpx.Response:
        status = next(statuses, 200)
        if status != 200:
            return httpx.Response(status)
        return httpx.Response(200, json={"code": 0, "data": []})

    client = a2e.Client("sk_x", transport=httpx.MockTransport(answer), backoff_base=0.001)
    if use_async:
        asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))
    else:
        get_face_swap_task_status.sync_detailed(client=client)
    assert next(statuses, None) is None


@pytest.mark.parametrize("status", [520, 599])
def test_an_unnamed_5xx_is_retried_for_reads_only(status: int) -> None:
    policy = a2e.RetryPolicy()
    url = "https://video.a2e.ai/api/v1/x"
    assert policy.delay(httpx.Request("GET", url), httpx.Response(status), 0) is not None
    assert policy.delay(httpx.Request("POST", url), httpx.Response(status), 0) is None
    assert policy.delay(httpx.Request("GET", url), httpx.Response(501), 0) is None


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_wait_rides_out_an_unnamed_5xx(use_async: bool) -> None:
    task = {"_id": "t1", "current_status": "completed", "result_url": "https://e.com/r.mp4"}
    answers = iter([httpx.Response(520), httpx.Response(523)])

    def answer(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or httpx.Response(200, json={"code": 0, "data": task})

    client = a2e.Client("sk_x", transport=httpx.MockTransport(answer), max_retries=0)
    fast = a2e.PollSchedule(initial=0.001, maximum=0.01)
    if use_async:
        done = asyncio.run(a2e.wait_async(client, "talking_photo", "t1", timeout=10, schedule=fast))
    else:
        done = a2e.wait(client, "talking_photo", "t1", timeout=10, schedule=fast)
    assert done.result_url == task["result_url"]


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("status", [200, 400, 500])
def test_json_nested_too_deeply_is_an_invalid_response_or_the_status_error(
    status: int, use_async: bool
) -> None:
    answer = httpx.Response(status, content=DEEP, headers={"Content-Type": "application/json"})
    with pytest.raises(a2e.A2EError) as raised:
        call(lambda request: answer, use_async=use_async)
    expected = {200: a2e.InvalidResponseError, 400: a2e.BadRequestError, 500: a2e.ServerError}
    assert type(raised.value) is expected[status]
    assert raised.value.status_code == status


def test_json_nested_too_deeply_as_data_names_the_operation() -> None:
    body = b'{"code": 0, "data": ' + DEEP + b"}"
    with pytest.raises(a2e.InvalidResponseError, match="nested too deeply") as raised:
        call(lambda request: httpx.Response(200, content=body), use_async=False)
    assert "getFaceSwapTaskStatus GET /api/v1/userFaceSwapTask/status" in str(raised.value)
    assert len(raised.value.body) <= a2e.errors.BODY_KEPT


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("status", [200, 503])
def test_a_body_that_does_not_match_its_content_encoding_is_an_invalid_response(
    status: int, use_async: bool
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"}
        )

    with pytest.raises(a2e.InvalidResponseError) as raised:
        call(answer, use_async=use_async, max_retries=2)
    error = raised.value
    assert error.status_code == status
    assert "GET /" in str(error) and "gzip" in str(error)


@pytest.mark.parametrize("validate", ["off", "error"])
@pytest.mark.parametrize("depth", [500, 990, 5000])
def test_deep_json_that_parses_but_cannot_be_checked_is_an_invalid_response(
    depth: int, validate: str
) -> None:
    body = b'{"code": 0, "data": ' + b"[" * depth + b"]" * depth + b"}"
    client = a2e.Client(
        "sk_x",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)),
        validate=validate,
    )
    with pytest.raises(a2e.InvalidResponseError, match="getFaceSwapTaskStatus"):
        get_face_swap_task_status.sync_detailed(client=client)
