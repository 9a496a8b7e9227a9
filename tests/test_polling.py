"""wait / wait_async / wait_many against the mock: success, failure, timeout, and in between."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

import a2e
from a2e.mock import MockA2E
from a2e_client.api.face_swap import start_face_swap_preview, start_face_swap_task
from a2e_client.models import (
    FaceSwapTask,
    StartFaceSwapPreviewRequest,
    StartFaceSwapTaskRequest,
    TaskStatus,
)

BODY = StartFaceSwapTaskRequest(
    name="poll", face_url="https://x/f.jpg", video_url="https://x/v.mp4"
)
BATCH = "/api/v1/userFaceSwapTask/batchDetail"


def start(client: a2e.Client, **scripted: str) -> str:
    """Start a face swap task whose fate is scripted with the mock's headers."""
    headers = {
        f"X-Mock-{name.replace('_', '-').title()}": value for name, value in scripted.items()
    }
    task = a2e.unwrap(
        start_face_swap_task.sync_detailed(client=client.with_headers(headers), body=BODY)
    )
    return task.id


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
    assert done.current_status == TaskStatus.COMPLETED and done.result_url
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
    assert raised.value.task.current_status == TaskStatus.INITIALIZED


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
    assert done.current_status == TaskStatus.COMPLETED


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
    assert done.current_status == TaskStatus.COMPLETED and done.result_url


async def test_wait_async_success_failure_timeout(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    seen: list[str] = []

    async def record(task: Any) -> None:
        seen.append(str(task.current_status))

    done = await a2e.wait_async(
        client, "face_swap", start(client), timeout=10, on_update=record, schedule=fast
    )
    assert done.current_status == TaskStatus.COMPLETED and seen == ["processing", "completed"]
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
    assert all(t.current_status == TaskStatus.COMPLETED for t in done.values())
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
