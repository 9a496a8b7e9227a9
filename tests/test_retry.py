"""Retries against the mock's faults: what is retried, what is not, and Retry-After."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

import a2e
from a2e.mock import MockA2E
from a2e.retry import Send, Sleep, deadline_scope, retrying
from a2e_client.api.face_swap import get_face_swap_task_status, start_face_swap_task
from a2e_client.models import StartFaceSwapTaskRequest

STATUS = "/api/v1/userFaceSwapTask/status"
START = "/api/v1/userFaceSwapTask/add"
BODY = StartFaceSwapTaskRequest(
    name="retry", face_url="https://x/f.jpg", video_url="https://x/v.mp4"
)


def faulty(
    base_url: str,
    fault: str,
    times: int | None = 1,
    *,
    max_retries: int = 2,
    backoff_base: float = 0.001,
    timeout: float = 60.0,
) -> a2e.Client:
    """A client whose requests ask the mock for `fault` (the first `times` of them only)."""
    headers = {"X-Mock-Fault": fault, "X-Mock-Fault-Id": uuid.uuid4().hex}
    if times is not None:
        headers["X-Mock-Fault-Times"] = str(times)
    client = a2e.Client(
        "sk_x",
        base_url=base_url,
        max_retries=max_retries,
        backoff_base=backoff_base,
        timeout=timeout,
    )
    return client.with_headers(headers)


@pytest.mark.parametrize("fault", ["503", "500", "502", "drop", "429"])
def test_a_get_is_retried_until_it_succeeds(base_url: str, mock: MockA2E, fault: str) -> None:
    before = mock.calls("GET", STATUS)
    get_face_swap_task_status.sync_detailed(
        client=faulty(base_url, f"{fault}", times=2, max_retries=2)
    )
    assert mock.calls("GET", STATUS) - before == 3


async def test_async_get_is_retried_too(base_url: str, mock: MockA2E) -> None:
    before = mock.calls("GET", STATUS)
    client = faulty(base_url, "drop", times=1)
    await get_face_swap_task_status.asyncio_detailed(client=client)
    assert mock.calls("GET", STATUS) - before == 2
    await client.aclose()


def test_retries_are_bounded(base_url: str, mock: MockA2E) -> None:
    before = mock.calls("GET", STATUS)
    with pytest.raises(a2e.ServerError):
        get_face_swap_task_status.sync_detailed(
            client=faulty(base_url, "503", times=None, max_retries=3)
        )
    assert mock.calls("GET", STATUS) - before == 4


def test_zero_turns_retries_off(base_url: str, mock: MockA2E) -> None:
    before = mock.calls("GET", STATUS)
    with pytest.raises(a2e.APIConnectionError):
        get_face_swap_task_status.sync_detailed(client=faulty(base_url, "drop", max_retries=0))
    assert mock.calls("GET", STATUS) - before == 1


@pytest.mark.parametrize(
    ("fault", "error"), [("503", a2e.ServerError), ("drop", a2e.APIConnectionError)]
)
def test_a_post_that_reached_the_server_is_not_sent_twice(
    base_url: str, mock: MockA2E, fault: str, error: type[a2e.A2EError]
) -> None:
    before = mock.calls("POST", START)
    with pytest.raises(error):
        start_face_swap_task.sync_detailed(client=faulty(base_url, fault, max_retries=3), body=BODY)
    assert mock.calls("POST", START) - before == 1


async def test_async_post_is_not_sent_twice(base_url: str, mock: MockA2E) -> None:
    before = mock.calls("POST", START)
    client = faulty(base_url, "503", max_retries=3)
    with pytest.raises(a2e.ServerError):
        await start_face_swap_task.asyncio_detailed(client=client, body=BODY)
    assert mock.calls("POST", START) - before == 1
    await client.aclose()


def test_a_post_refused_with_429_is_retried(base_url: str, mock: MockA2E) -> None:
    before = mock.calls("POST", START)
    task = a2e.unwrap(
        start_face_swap_task.sync_detailed(client=faulty(base_url, "429", max_retries=2), body=BODY)
    )
    assert task.id and mock.calls("POST", START) - before == 2


def test_a_post_that_never_connected_is_retried(caplog: pytest.LogCaptureFixture) -> None:
    # A port bound and closed here: nothing listens on it, so every attempt fails to connect.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = a2e.Client(
        "sk_x", base_url=f"http://127.0.0.1:{port}", max_retries=2, backoff_base=0.001
    )
    with (
        caplog.at_level(logging.INFO, logger="a2e"),
        pytest.raises(a2e.APIConnectionError, match="POST"),
    ):
        start_face_swap_task.sync_detailed(client=client, body=BODY)
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying POST")]
    assert len(retries) == 2 and all("ConnectError" in line for line in retries)


def test_retry_after_is_honoured(base_url: str) -> None:
    started = time.monotonic()
    get_face_swap_task_status.sync_detailed(client=faulty(base_url, "429=0.3", backoff_base=0))
    assert time.monotonic() - started >= 0.3


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        a2e.RetryPolicy(max_retries=-1)


def test_latency_beyond_the_timeout_is_a_timeout_error(base_url: str, mock: MockA2E) -> None:
    before = mock.calls("GET", STATUS)
    slow = faulty(base_url, "latency=0.5", times=None, max_retries=1, timeout=0.1)
    with pytest.raises(a2e.APITimeoutError, match="GET"):
        get_face_swap_task_status.sync_detailed(client=slow)
    assert mock.calls("GET", STATUS) - before == 2


def test_latency_within_the_timeout_is_only_slow(base_url: str) -> None:
    started = time.monotonic()
    get_face_swap_task_status.sync_detailed(client=faulty(base_url, "latency=0.2", times=None))
    assert time.monotonic() - started >= 0.2


def rate_limited(retry_after: str, calls: list[httpx.Request]) -> httpx.MockTransport:
    """429 with this Retry-After on the first request, then a success."""

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(429, headers={"Retry-After": retry_after})
        return httpx.Response(200, json={"code": 0, "data": []})

    return httpx.MockTransport(answer)


def http_date(seconds_from_now: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_retry_after_as_an_http_date_is_honoured(use_async: bool) -> None:
    calls: list[httpx.Request] = []
    # Dates have whole seconds: this one is 0.5 to 1.5 s away.
    client = a2e.Client("sk_x", transport=rate_limited(http_date(1.5), calls), backoff_base=0)
    started = time.monotonic()
    if use_async:
        asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))
    else:
        get_face_swap_task_status.sync_detailed(client=client)
    assert len(calls) == 2 and time.monotonic() - started >= 0.4


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("as_date", [False, True], ids=["seconds", "date"])
def test_a_retry_after_beyond_the_cap_is_not_waited_out(as_date: bool, use_async: bool) -> None:
    calls: list[httpx.Request] = []
    hint = http_date(30) if as_date else "5"
    client = a2e.Client("sk_x", transport=rate_limited(hint, calls), retry_after_max=1)
    started = time.monotonic()
    with pytest.raises(a2e.RateLimitError) as raised:
        if use_async:
            asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))
        else:
            get_face_swap_task_status.sync_detailed(client=client)
    assert len(calls) == 1 and time.monotonic() - started < 0.5
    assert raised.value.retry_after is not None and raised.value.retry_after > 1


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_retry_after_never_pushes_past_a_deadline(use_async: bool) -> None:
    calls: list[httpx.Request] = []
    client = a2e.Client("sk_x", transport=rate_limited("2", calls))
    started = time.monotonic()
    with deadline_scope(time.monotonic() + 1), pytest.raises(a2e.RateLimitError):
        if use_async:
            asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))
        else:
            get_face_swap_task_status.sync_detailed(client=client)
    assert len(calls) == 1 and time.monotonic() - started < 0.5


def test_the_retry_core_decides_without_io() -> None:
    policy = a2e.RetryPolicy(max_retries=2, backoff_base=1, backoff_max=1)
    request = httpx.Request("POST", "https://video.a2e.ai/api/v1/userFaceSwapTask/add")
    steps = retrying(policy, request, deadline=None)
    assert next(steps) == Send(budget=None)
    refused = httpx.Response(429, headers={"Retry-After": http_date(30)})
    pause = steps.send(refused)
    assert isinstance(pause, Sleep) and 28 <= pause.seconds <= 30
    assert steps.send(None) == Send(budget=None)
    # A POST that may have reached A2E is never sent again.
    with pytest.raises(StopIteration) as kept:
        steps.send(httpx.Response(503))
    assert kept.value.value.status_code == 503
    unknown = retrying(policy, request, deadline=None)
    next(unknown)
    not_found = httpx.ConnectError("[Errno -2] Name or service not known", request=request)
    # As httpx raises it: from the resolver's error.
    not_found.__cause__ = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    with pytest.raises(a2e.UnknownHostError, match=r"unknown host 'video\.a2e\.ai'"):
        unknown.send(not_found)
