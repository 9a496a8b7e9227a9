"""Server text made safe (issue #16, rows 7 and 11): keys a server echoes never reach an
error's message, repr or attributes, nor a log record; control characters in error text show
as escapes. The command line's side is in test_cli_hostile.py."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from hostile import (
    KEY,
    OWN,
    SYNC_ASYNC,
    Handler,
    envelope,
    read_task,
)

import a2e
from a2e_client.api.face_swap import get_face_swap_task

REFUSALS = [
    (401, a2e.AuthenticationError),
    (200, a2e.APIError),  # a failure envelope on HTTP 200
    (500, a2e.ServerError),
    (429, a2e.RateLimitError),
]


def echoing(status: int) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        token = request.headers["authorization"].removeprefix("Bearer ")
        said = f"invalid token: Bearer {token} (yours: {token})"
        return httpx.Response(status, json={"code": 7, "msg": said, "trace_id": f"trace-{token}"})

    return answer


def assert_no_key(error: BaseException, key: str) -> None:
    texts = [str(error), repr(error), repr(error.args), repr(vars(error))]
    assert all(key not in text for text in texts), texts


@SYNC_ASYNC
@pytest.mark.parametrize("key", [KEY, OWN], ids=["sk-shaped", "own-key"])
@pytest.mark.parametrize(("status", "kind"), REFUSALS, ids=[str(s) for s, _ in REFUSALS])
def test_a_key_a_server_echoes_never_reaches_an_error(
    use_async: bool, key: str, status: int, kind: type[a2e.A2EError]
) -> None:
    mocked = httpx.MockTransport(echoing(status))
    client = a2e.Client(key, transport=mocked, async_transport=mocked, max_retries=0)
    with pytest.raises(kind) as caught:
        read_task(client, use_async=use_async)
    assert_no_key(caught.value, key)
    assert "invalid token: Bearer [redacted]" in str(caught.value)


def test_the_raw_body_an_error_keeps_is_masked() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=f"<html>{OWN} and {KEY}</html>".encode())

    mocked = httpx.MockTransport(answer)
    client = a2e.Client(OWN, transport=mocked, max_retries=0)
    with pytest.raises(a2e.InvalidResponseError) as caught:
        get_face_swap_task.sync_detailed("t1", client=client)
    assert caught.value.body == b"<html>[redacted] and [redacted]</html>"
    assert_no_key(caught.value, OWN)


@SYNC_ASYNC
@pytest.mark.parametrize("key", [KEY, OWN], ids=["sk-shaped", "own-key"])
def test_a_failed_task_echoing_the_key_is_masked_in_the_task_it_carries(
    use_async: bool, key: str, fast: a2e.PollSchedule
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        token = request.headers["authorization"].removeprefix("Bearer ")
        task = {
            "_id": "t1",
            "current_status": "failed",
            "faild_message": f"Authorization: Bearer {token} refused",
            "name": token,
            "extra": {"nested": [token]},
        }
        return envelope(task)

    mocked = httpx.MockTransport(answer)
    client = a2e.Client(key, transport=mocked, async_transport=mocked)
    with pytest.raises(a2e.TaskFailed) as caught:
        if use_async:
            asyncio.run(a2e.wait_async(client, "face_swap", "t1", timeout=5, schedule=fast))
        else:
            a2e.wait(client, "face_swap", "t1", timeout=5, schedule=fast)
    error = caught.value
    assert_no_key(error, key)
    assert key not in repr(error.task) and key not in str(error.task.to_dict())
    assert error.task.faild_message == "Authorization: Bearer [redacted] refused"
    assert error.task.current_status == "failed" and error.status == "failed"


def test_log_records_are_scrubbed_as_they_are_made(caplog: pytest.LogCaptureFixture) -> None:
    from a2e.log import scrubbed_logger
    from a2e.validate import logger as drift

    a2e.Client(OWN)
    caplog.set_level(logging.INFO)
    for logger in (scrubbed_logger("a2e"), drift):
        logger.warning("server said %s\n%s", f"Bearer {OWN} {OWN}\x1b]0;x\x07", "forged line")
    assert [r.getMessage() for r in caplog.records] == [
        "server said Bearer [redacted] [redacted]\\x1b]0;x\\x07\\x0aforged line"
    ] * 2


def test_a_malformed_log_call_is_left_for_the_handler_to_report() -> None:
    from a2e.log import scrubbed_logger

    logger = scrubbed_logger("a2e")
    record = logger.makeRecord("a2e", logging.WARNING, __file__, 1, "two %s %s", ("one",), None)
    assert logger.filter(record), "the record still reaches the handlers, which report it"
    assert (record.msg, record.args) == ("two %s %s", ("one",))
