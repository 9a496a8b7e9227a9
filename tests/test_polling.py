"""wait / wait_async / wait_many against the mock: success, failure, timeout, and in between."""

from __future__ import annotations

import asyncio
import functools
import gc
import socket
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import a2e
from a2e.durations import Durations
from a2e.mock import MockA2E
from a2e_client.api.face_swap import start_face_swap_preview
from a2e_client.models import (
    FaceSwapTask,
    StartFaceSwapPreviewRequest,
    StartFaceSwapTaskRequest,
)
from spec_calls import start_task

BODY = StartFaceSwapTaskRequest(
    name="poll", face_url="https://x/f.jpg", video_url="https://x/v.mp4"
)
BATCH = "/api/v1/userFaceSwapTask/batchDetail"


def start(client: a2e.Client, **scripted: str) -> str:
    """Start a face swap task whose fate is scripted with the mock's headers."""
    headers = {
        f"X-Mock-{name.replace('_', '-').title()}": value for name, value in scripted.items()
    }
    return start_task(client, "face_swap", headers=headers)


def test_wait_returns_the_completed_task_and_reports_progress(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    seen: list[str] = []
    done = a2e.wait(
        client,
        "face_swap",
        start(client),
        timeout=10,
        on_update=lambda t: seen.append(str(t.current_status)),
        schedule=fast,
    )
    assert isinstance(done, FaceSwapTask)
    assert done.current_status == "completed" and done.result_url
    assert seen == ["processing", "completed"]


def test_wait_raises_task_failed_with_a2e_text(client: a2e.Client, fast: a2e.PollSchedule) -> None:
    task_id = start(client, fail="face not detected")
    with pytest.raises(a2e.TaskFailed, match="face not detected") as raised:
        a2e.wait(client, "face_swap", task_id, timeout=10, schedule=fast)
    assert raised.value.status == "failed"
    assert raised.value.task.faild_message == "face not detected"


def test_wait_times_out_with_the_last_state(client: a2e.Client) -> None:
    task_id = start(client, reads_per_stage="1000")
    slow = a2e.PollSchedule(initial=0.02, maximum=0.02)
    with pytest.raises(a2e.TaskTimeout) as raised:
        a2e.wait(client, "face_swap", task_id, timeout=0.1, schedule=slow)
    assert raised.value.task.id == task_id
    assert raised.value.task.current_status == "initialized"


def test_unknown_status_keeps_polling(client: a2e.Client, fast: a2e.PollSchedule) -> None:
    seen: list[str] = []
    task_id = start(client, stages="initialized,queued_for_gpu,processing")
    done = a2e.wait(
        client,
        "face_swap",
        task_id,
        timeout=10,
        on_update=lambda t: seen.append(str(t.current_status)),
        schedule=fast,
    )
    assert seen == ["queued_for_gpu", "processing", "completed"]
    assert done.current_status == "completed"


def test_transient_errors_while_polling_are_survived(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    task_id = start(client)
    flaky = a2e.Client("sk_x", base_url=client.base_url, max_retries=0).with_headers(
        {"X-Mock-Fault": "503", "X-Mock-Fault-Times": "3", "X-Mock-Fault-Id": uuid.uuid4().hex}
    )
    assert a2e.wait(flaky, "face_swap", task_id, timeout=10, schedule=fast).result_url


def test_other_errors_while_polling_are_raised(client: a2e.Client, fast: a2e.PollSchedule) -> None:
    with pytest.raises(a2e.NotFoundError):
        a2e.wait(client, "face_swap", "0" * 24, timeout=10, schedule=fast)


def test_wait_checks_its_arguments(client: a2e.Client) -> None:
    with pytest.raises(ValueError, match="family"):
        a2e.wait(client, "no_such_family", "x")
    with pytest.raises(ValueError, match="timeout"):
        a2e.wait(client, "face_swap", "x", timeout=0)


def test_preview_family(client: a2e.Client, fast: a2e.PollSchedule) -> None:
    body = StartFaceSwapPreviewRequest(face_url="https://x/f.jpg", video_url="https://x/t.jpg")
    preview = a2e.unwrap(start_face_swap_preview.sync_detailed(client=client, body=body))
    done = a2e.wait(client, "face_swap_preview", preview.id, timeout=10, schedule=fast)
    assert done.current_status == "completed" and done.result_url


async def test_wait_async_success_failure_timeout(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    seen: list[str] = []

    async def record(task: Any) -> None:
        seen.append(str(task.current_status))

    done = await a2e.wait_async(
        client, "face_swap", start(client), timeout=10, on_update=record, schedule=fast
    )
    assert done.current_status == "completed" and seen == ["processing", "completed"]
    with pytest.raises(a2e.TaskFailed, match="bad video"):
        await a2e.wait_async(
            client, "face_swap", start(client, fail="bad video"), timeout=10, schedule=fast
        )
    with pytest.raises(a2e.TaskTimeout):
        await a2e.wait_async(
            client, "face_swap", start(client, reads_per_stage="1000"), timeout=0.05, schedule=fast
        )
    await client.aclose()


def test_wait_many_uses_one_batch_request_per_round(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule
) -> None:
    ids = [start(client) for _ in range(5)]
    before = mock.calls("POST", BATCH)
    done = a2e.wait_many(client, "face_swap", ids, timeout=10, schedule=fast)
    assert list(done) == ids
    assert all(t.current_status == "completed" for t in done.values())
    # Two rounds: every task moves to processing, then to completed.
    assert mock.calls("POST", BATCH) - before == 2


def test_wait_many_raises_on_a_failed_task(client: a2e.Client, fast: a2e.PollSchedule) -> None:
    ids = [start(client), start(client, fail="no face")]
    with pytest.raises(a2e.TaskFailed, match="no face"):
        a2e.wait_many(client, "face_swap", ids, timeout=10, schedule=fast)


def test_wait_many_without_batch_reads_each_task(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    body = StartFaceSwapPreviewRequest(face_url="https://x/f.jpg", video_url="https://x/t.jpg")
    ids = [
        a2e.unwrap(start_face_swap_preview.sync_detailed(client=client, body=body)).id
        for _ in range(3)
    ]
    done = a2e.wait_many(client, "face_swap_preview", ids, timeout=10, schedule=fast)
    assert sorted(done) == sorted(ids)


def test_schedule_grows_to_its_cap() -> None:
    pauses = a2e.PollSchedule(initial=1, factor=1.5, maximum=20, jitter=0).pauses()
    first = [next(iter(pauses)) for _ in range(12)]
    assert first[:3] == [1, 1.5, 2.25] and first[-1] == 20


# --- Deadlines are real, permanent errors end a wait, wait_many loses nothing ---------------

FACE_SWAP_TASK = "/api/v1/userFaceSwapTask/"
# Slack for a loaded machine: each wait must end within this much of its deadline.
SLACK = 1.0


class Trickle:
    """A server on 127.0.0.1 that answers every request with headers, then one byte of the
    announced body every `gap` seconds, for as long as the client listens."""

    def __init__(self, gap: float = 0.2) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.gap = gap
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            connection.recv(65536)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
            try:
                connection.sendall(head)
                for _ in range(200):
                    connection.sendall(b" ")
                    time.sleep(self.gap)
            except OSError:
                return


@pytest.fixture
def trickle() -> Iterator[Trickle]:
    server = Trickle()
    yield server
    server.socket.close()


def faulty(base_url: str, fault: str, **options: Any) -> a2e.Client:
    """A client whose every request asks the mock for `fault`."""
    return a2e.Client("sk_x", base_url=base_url, **options).with_options(
        headers={"X-Mock-Fault": fault, "X-Mock-Fault-Id": uuid.uuid4().hex}
    )


def waited(client: a2e.Client, task_id: str, timeout: float, *, use_async: bool) -> BaseException:
    """The error a wait for `task_id` ends with, sync or async, and how long it took."""
    schedule = a2e.PollSchedule(initial=0.05, maximum=0.2)
    started = time.monotonic()
    with pytest.raises(a2e.A2EError) as raised:
        if use_async:
            asyncio.run(
                a2e.wait_async(client, "face_swap", task_id, timeout=timeout, schedule=schedule)
            )
        else:
            a2e.wait(client, "face_swap", task_id, timeout=timeout, schedule=schedule)
    raised.value.args += (time.monotonic() - started,)
    return raised.value


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("fault", "cause"),
    [
        ("latency=5", a2e.APITimeoutError),  # a server that answers far too late
        ("429=99999", a2e.RateLimitError),
        ("503", a2e.ServerError),
    ],
)
def test_every_wait_ends_at_its_deadline_whatever_the_server_does(
    base_url: str, fault: str, cause: type[a2e.A2EError], use_async: bool
) -> None:
    client = faulty(base_url, fault, timeout=60, backoff_base=0.01)
    error = waited(client, "0" * 24, 1.0, use_async=use_async)
    took = error.args[-1]
    assert isinstance(error, a2e.TaskTimeout) and 1.0 <= took < 1.0 + SLACK
    assert isinstance(error.__cause__, cause), "the last error is the cause"
    assert "last error" in str(error)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_trickling_answer_is_cut_at_the_deadline(trickle: Trickle, use_async: bool) -> None:
    client = a2e.Client("sk_x", base_url=trickle.url.replace("127.0.0.1", "localhost"))
    error = waited(client, "0" * 24, 1.0, use_async=use_async)
    assert isinstance(error, a2e.TaskTimeout) and error.args[-1] < 1.0 + SLACK
    assert isinstance(error.__cause__, a2e.APITimeoutError)


def unknown_host(request: httpx.Request) -> httpx.Response:
    try:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    except socket.gaierror as error:
        raise httpx.ConnectError(str(error), request=request) from error


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (unknown_host, a2e.UnknownHostError),
        (lambda request: httpx.Response(401), a2e.AuthenticationError),
        (lambda request: httpx.Response(403), a2e.PermissionDeniedError),
    ],
    ids=["unknown-host", "401", "403"],
)
def test_permanent_errors_end_a_wait_at_once(
    answer: Callable[[httpx.Request], httpx.Response], kind: type[a2e.A2EError], use_async: bool
) -> None:
    calls: list[httpx.Request] = []

    def count(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return answer(request)

    client = a2e.Client("sk_x", transport=httpx.MockTransport(count), max_retries=3)
    error = waited(client, "0" * 24, 60, use_async=use_async)
    assert type(error) is kind and error.args[-1] < SLACK
    assert len(calls) == 1, "not retried either"


def test_a_refused_key_ends_a_wait_at_once(base_url: str) -> None:
    client = a2e.Client("not_a_key", base_url=base_url)
    error = waited(client, "0" * 24, 60, use_async=False)
    assert isinstance(error, a2e.AuthenticationError) and error.status_code == 401


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_invalid_answers_are_transient_while_polling(
    client: a2e.Client, fast: a2e.PollSchedule, use_async: bool
) -> None:
    task_id = start(client)
    flaky = a2e.Client("sk_x", base_url=client.base_url, max_retries=0).with_options(
        headers={
            "X-Mock-Fault": "malformed",
            "X-Mock-Fault-Times": "2",
            "X-Mock-Fault-Id": uuid.uuid4().hex,
        }
    )
    if use_async:
        done = asyncio.run(a2e.wait_async(flaky, "face_swap", task_id, timeout=10, schedule=fast))
    else:
        done = a2e.wait(flaky, "face_swap", task_id, timeout=10, schedule=fast)
    assert done.result_url


def test_wait_many_refuses_a_plain_string(client: a2e.Client) -> None:
    with pytest.raises(a2e.ConfigurationError, match="task_ids: expected a list"):
        a2e.wait_many(client, "face_swap", "6674f1765699df7e9d25311a")
    with pytest.raises(a2e.ConfigurationError, match="task_ids"):
        asyncio.run(a2e.wait_many_async(client, "face_swap", "6674f1765699df7e9d25311a"))


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("family", ["face_swap", "face_swap_preview"], ids=["batch", "detail"])
def test_wait_many_with_an_unknown_id_keeps_the_finished_tasks(
    client: a2e.Client, fast: a2e.PollSchedule, family: str, use_async: bool
) -> None:
    if family == "face_swap":
        finished = start(client)
    else:
        body = StartFaceSwapPreviewRequest(face_url="https://x/f.jpg", video_url="https://x/t.jpg")
        finished = a2e.unwrap(start_face_swap_preview.sync_detailed(client=client, body=body)).id
    a2e.wait(client, family, finished, timeout=10, schedule=fast)
    ids = [finished, "0" * 24]
    started = time.monotonic()
    with pytest.raises(a2e.NotFoundError) as raised:
        if use_async:
            asyncio.run(a2e.wait_many_async(client, family, ids, timeout=60, schedule=fast))
        else:
            a2e.wait_many(client, family, ids, timeout=60, schedule=fast)
    assert time.monotonic() - started < SLACK
    assert list(raised.value.finished) == [finished]


class LaggingBatch(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Leaves one task out of the first `rounds` batch answers, as a batch read lagging behind
    a task just started would."""

    def __init__(self, lagging: str, rounds: int) -> None:
        self.lagging, self.rounds = lagging, rounds
        self.sync, self.async_ = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()

    def _lag(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path != BATCH or self.rounds == 0:
            return response
        self.rounds -= 1
        answer = response.json()
        answer["data"] = [task for task in answer["data"] if task["_id"] != self.lagging]
        return httpx.Response(response.status_code, json=answer, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.sync.handle_request(request)
        response.read()
        return self._lag(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.async_.handle_async_request(request)
        await response.aread()
        return self._lag(request, response)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_task_a_batch_read_leaves_out_is_read_on_its_own(
    client: a2e.Client, base_url: str, mock: MockA2E, fast: a2e.PollSchedule, use_async: bool
) -> None:
    ids = [start(client), start(client)]
    lagging = LaggingBatch(ids[1], rounds=2)
    lagged = a2e.Client("sk_test", base_url=base_url, transport=lagging, async_transport=lagging)
    if use_async:
        done = asyncio.run(a2e.wait_many_async(lagged, "face_swap", ids, schedule=fast))
    else:
        done = a2e.wait_many(lagged, "face_swap", ids, schedule=fast)
    assert list(done) == ids and lagging.rounds == 0
    # Its own read in the first round found it finished (the mock's batch read, whose answer
    # lost it, moved it on too); the other task was only ever read in batches.
    assert mock.calls("GET", f"/api/v1/userFaceSwapTask/{ids[1]}") == 1
    assert mock.calls("GET", f"/api/v1/userFaceSwapTask/{ids[0]}") == 0


def test_wait_many_failure_and_timeout_keep_the_finished_tasks(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    done = start(client)
    a2e.wait(client, "face_swap", done, timeout=10, schedule=fast)
    with pytest.raises(a2e.TaskFailed) as failed:
        a2e.wait_many(
            client, "face_swap", [done, start(client, fail="x")], timeout=10, schedule=fast
        )
    assert list(failed.value.finished) == [done]
    slow = start(client, reads_per_stage="1000")
    with pytest.raises(a2e.TaskTimeout) as timed_out:
        a2e.wait_many(client, "face_swap", [done, slow], timeout=0.2, schedule=fast)
    assert list(timed_out.value.finished) == [done] and timed_out.value.task.id == slow


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"initial": 0}, "initial: must be > 0"),
        ({"initial": -1}, "initial: must be > 0"),
        ({"initial": float("nan")}, "initial: must be a finite number"),
        ({"jitter": 3}, "jitter: must be in"),
        ({"jitter": -0.1}, "jitter: must be in"),
        ({"factor": 0.5}, "factor: must be >= 1"),
        ({"maximum": 0.5}, "maximum: must be >= initial"),
    ],
)
def test_a_schedule_is_checked_when_built(options: dict[str, float], problem: str) -> None:
    with pytest.raises(a2e.ConfigurationError, match=problem):
        a2e.PollSchedule(**options)


@pytest.mark.parametrize("timeout", [float("nan"), float("inf"), -1, 0, True])
def test_a_wait_timeout_is_checked_before_any_request(timeout: float) -> None:
    client = a2e.Client("sk_x", transport=httpx.MockTransport(lambda r: pytest.fail("sent")))
    with pytest.raises(a2e.ConfigurationError, match="timeout"):
        a2e.wait(client, "face_swap", "x", timeout=timeout)
    with pytest.raises(a2e.ConfigurationError, match="timeout"):
        asyncio.run(a2e.wait_async(client, "face_swap", "x", timeout=timeout))
    with pytest.raises(a2e.ConfigurationError, match="max_concurrency"):
        asyncio.run(a2e.wait_many_async(client, "face_swap", ["x"], max_concurrency=0))


def failed_talking_photo(code: object) -> httpx.MockTransport:
    task: dict[str, object] = {"_id": "t1", "current_status": "failed", "failed_message": "no face"}
    if code is not None:
        task["failed_code"] = code
    return httpx.MockTransport(lambda request: httpx.Response(200, json={"code": 0, "data": task}))


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("sent", "code"), [("0", None), ("", None), (0, None), (None, None), ("E42", "E42"), (7, 7)]
)
def test_task_failed_has_a_code_only_when_a2e_sends_one(
    sent: object, code: object, use_async: bool
) -> None:
    client = a2e.Client("sk_x", transport=failed_talking_photo(sent))
    with pytest.raises(a2e.TaskFailed) as raised:
        if use_async:
            asyncio.run(a2e.wait_async(client, "talking_photo", "t1", timeout=5))
        else:
            a2e.wait(client, "talking_photo", "t1", timeout=5)
    assert raised.value.code == code
    assert ("code=" in str(raised.value)) is (code is not None)


class _AsyncCallable:
    async def __call__(self, task: object) -> None:
        return None


async def _async_update(task: object) -> None:
    return None


def _unsent() -> a2e.Client:
    return a2e.Client("sk_x", transport=httpx.MockTransport(lambda r: pytest.fail("sent")))


@pytest.mark.parametrize(
    "on_update", [_async_update, _AsyncCallable(), functools.partial(_async_update)]
)
def test_the_sync_waits_refuse_a_coroutine_on_update_before_any_request(on_update: Any) -> None:
    client = _unsent()
    with pytest.raises(a2e.ConfigurationError, match=r"on_update: .*wait_async"):
        a2e.wait(client, "face_swap", "x", on_update=on_update)
    with pytest.raises(a2e.ConfigurationError, match=r"on_update: .*wait_async"):
        a2e.wait_many(client, "face_swap", ["x"], on_update=on_update)


def test_a_sync_on_update_returning_a_coroutine_is_refused(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    task_id = start(client)
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        with pytest.raises(a2e.ConfigurationError, match="on_update"):
            a2e.wait(
                client, "face_swap", task_id, on_update=lambda t: _async_update(t), schedule=fast
            )
        gc.collect()
    assert not [w for w in warned if issubclass(w.category, RuntimeWarning)], "closed, not leaked"


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_an_on_update_that_is_not_callable_is_refused_before_any_request(use_async: bool) -> None:
    client = _unsent()
    five: Any = 5
    with pytest.raises(a2e.ConfigurationError, match="on_update: must be callable"):
        if use_async:
            asyncio.run(a2e.wait_async(client, "face_swap", "x", on_update=five))
        else:
            a2e.wait_many(client, "face_swap", ["x"], on_update=five)


def test_the_async_waits_still_await_a_coroutine_on_update(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    seen: list[object] = []

    async def record(task: object) -> None:
        seen.append(task)

    task_id = start(client)
    asyncio.run(a2e.wait_async(client, "face_swap", task_id, on_update=record, schedule=fast))
    assert seen


# --- The default (fitted) schedule against the mock ------------------------------------------


def test_the_default_schedule_is_quick_against_the_mock(client: a2e.Client, mock: MockA2E) -> None:
    """Its tasks move on per read and say so with Retry-After: 0, which a wait honours."""
    task_id = start(client, reads_per_stage="3")
    started = time.monotonic()
    done = a2e.wait(client, "face_swap", task_id, timeout=30)
    assert done.current_status == "completed"
    assert time.monotonic() - started < SLACK
    assert mock.calls("GET", f"{FACE_SWAP_TASK}{task_id}") == 6


def test_a_task_the_mock_ends_on_time_is_seen_within_its_bound(
    client: a2e.Client, base_url: str
) -> None:
    learned = Durations()
    for number in range(20):  # this client has seen face swaps take a second
        learned.record(base_url, "face_swap", f"seen{number}", 1.0)
    timed = client.with_headers({"X-Mock-Duration": "1.5"})
    task_id = start_task(timed, "face_swap")
    reads: list[Any] = []
    done = a2e.wait(
        client,
        "face_swap",
        task_id,
        timeout=30,
        on_update=reads.append,
        schedule=a2e.FittedSchedule(durations=learned),
    )
    lag = time.time() - done.completed_time.timestamp()
    assert 0 <= lag <= 1.0 and len(reads) <= 5
    assert learned.seen(base_url, "face_swap")[-1] == pytest.approx(1.5)


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"max_reads": 0}, "max_reads: must be None or an int >= 1"),
        ({"max_reads": 2.5}, "max_reads"),
        ({"schedule": "fast"}, "schedule: must be a2e.FittedSchedule or a2e.PollSchedule"),
    ],
)
def test_max_reads_and_the_schedule_are_checked_before_any_request(
    options: dict[str, Any], problem: str
) -> None:
    with pytest.raises(a2e.ConfigurationError, match=problem):
        a2e.wait(_unsent(), "face_swap", "x", **options)
    with pytest.raises(a2e.ConfigurationError, match=problem):
        asyncio.run(a2e.wait_many_async(_unsent(), "face_swap", ["x"], **options))
