"""The README's fault matrix, row by row: what a generated operation and `a2e.wait` give for
each way a server can misbehave, sync and async. The server is an httpx.MockTransport that
answers with the fault first and a finished task after it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import a2e
from a2e_client.api.face_swap import get_face_swap_task

TASK_ID = "6674f1765699df7e9d25311a"
DONE = {
    "code": 0,
    "data": {"_id": TASK_ID, "current_status": "completed", "result_url": "https://x/r.mp4"},
    "trace_id": "t-ok",
}
FAST = a2e.PollSchedule(initial=0.01, maximum=0.02, jitter=0.0)


def _json(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def _raise(error: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        raise error("the fault", request=request)

    return answer


@dataclass(frozen=True)
class Row:
    """One way a server misbehaves, and what the user gets from an operation and from a wait."""

    fault: str
    answer: Callable[[httpx.Request], httpx.Response]
    operation: type[Exception] | None  # None: the operation returns a typed task
    wait: type[Exception] | None  # None: the wait rides it out and returns the finished task


ROWS = [
    Row("timeout", _raise(httpx.ReadTimeout), a2e.APITimeoutError, None),
    Row("dropped connection", _raise(httpx.RemoteProtocolError), a2e.APIConnectionError, None),
    Row(
        "429 with Retry-After",
        lambda r: _json({"success": False, "error": "slow"}, 429, **{"Retry-After": "0"}),
        a2e.RateLimitError,
        None,
    ),
    Row(
        "429 without Retry-After",
        lambda r: _json({"success": False, "error": "slow"}, 429),
        a2e.RateLimitError,
        None,
    ),
    Row("5xx", lambda r: _json({"success": False, "error": "boom"}, 503), a2e.ServerError, None),
    Row(
        "HTML error page",
        lambda r: httpx.Response(
            502, text="<html>Bad gateway</html>", headers={"Content-Type": "text/html"}
        ),
        a2e.ServerError,
        None,
    ),
    Row(
        "not JSON",
        lambda r: httpx.Response(
            200, text="<html>hi</html>", headers={"Content-Type": "text/html"}
        ),
        a2e.InvalidResponseError,
        None,
    ),
    Row("empty body", lambda r: httpx.Response(200, content=b""), a2e.InvalidResponseError, None),
    Row(
        "wrong shape",
        lambda r: _json({"code": 0, "data": [DONE["data"]]}),
        a2e.InvalidResponseError,
        None,
    ),
    Row(
        "missing field",
        lambda r: _json({"code": 0, "data": {"current_status": "processing"}}),
        a2e.InvalidResponseError,
        None,
    ),
    Row("data: null", lambda r: _json({"code": 0, "data": None}), a2e.InvalidResponseError, None),
    Row(
        "unknown status",
        lambda r: _json({"code": 0, "data": {"_id": TASK_ID, "current_status": "queued"}}),
        None,
        None,
    ),
    Row(
        "code != 0 on HTTP 200",
        lambda r: _json({"code": 1001, "msg": "busy", "trace_id": "t-1"}),
        a2e.APIError,
        a2e.APIError,
    ),
]


class Script:
    """Answers the fault to the first `faults` requests, then the finished task."""

    def __init__(self, row: Row, faults: int) -> None:
        self.row, self.faults, self.requests = row, faults, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests <= self.faults:
            return self.row.answer(request)
        return _json(DONE)


def client_for(script: Script) -> a2e.Client:
    return a2e.Client(
        "sk_test",
        base_url="https://a2e.test",
        max_retries=0,
        transport=httpx.MockTransport(script),
        async_transport=httpx.MockTransport(script),
    )


@pytest.mark.parametrize("row", ROWS, ids=[row.fault for row in ROWS])
async def test_a_generated_operation(row: Row) -> None:
    client = client_for(Script(row, faults=2))
    if row.operation is None:
        assert a2e.unwrap(get_face_swap_task.sync_detailed(TASK_ID, client=client)).id == TASK_ID
        assert (
            a2e.unwrap(await get_face_swap_task.asyncio_detailed(TASK_ID, client=client)).id
            == TASK_ID
        )
        return
    with pytest.raises(row.operation) as raised:
        get_face_swap_task.sync_detailed(TASK_ID, client=client)
    assert isinstance(raised.value, a2e.A2EError)
    with pytest.raises(row.operation):
        await get_face_swap_task.asyncio_detailed(TASK_ID, client=client)
    await client.aclose()


@pytest.mark.parametrize("row", ROWS, ids=[row.fault for row in ROWS])
async def test_a_wait(row: Row) -> None:
    for waits in ("sync", "async"):
        script = Script(row, faults=3)
        client = client_for(script)
        if row.wait is None:
            if waits == "sync":
                task = a2e.wait(client, "face_swap", TASK_ID, timeout=10, schedule=FAST)
            else:
                task = await a2e.wait_async(client, "face_swap", TASK_ID, timeout=10, schedule=FAST)
            assert task.current_status == "completed" and script.requests == 4
        else:
            with pytest.raises(row.wait):
                if waits == "sync":
                    a2e.wait(client, "face_swap", TASK_ID, timeout=10, schedule=FAST)
                else:
                    await a2e.wait_async(client, "face_swap", TASK_ID, timeout=10, schedule=FAST)
            assert script.requests == 1
        await client.aclose()


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r.wait is None and r.operation is not None], ids=lambda r: r.fault
)
def test_a_wait_that_never_recovers_times_out_with_the_last_error(row: Row) -> None:
    client = client_for(Script(row, faults=10**6))
    with pytest.raises(a2e.TaskTimeout) as raised:
        a2e.wait(client, "face_swap", TASK_ID, timeout=0.3, schedule=FAST)
    assert row.operation is not None and isinstance(raised.value.__cause__, row.operation)
    if isinstance(raised.value.__cause__, a2e.InvalidResponseError):
        assert (
            raised.value.__cause__.body
            == row.answer(httpx.Request("GET", "https://a2e.test")).content
        )
