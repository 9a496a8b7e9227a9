"""The mock's task clock: `X-Mock-Duration` ends a task a set time after its start, however often
it is read; tasks that move on per read ask to be read again at once (`Retry-After: 0`)."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

from a2e.mock import MockA2E
from a2e.mock.store import TaskStore

AUTH = {"Authorization": "Bearer sk_test"}
START = "/api/v1/userFaceSwapTask/add"
BODY = {"name": "clock", "face_url": "https://x/f.jpg", "video_url": "https://x/v.mp4"}
MOCK = MockA2E()


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def stamp(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def test_a_task_with_a_duration_ends_on_time_however_often_it_is_read() -> None:
    clock = Clock()
    store = TaskStore(MOCK.templates, clock=clock)
    task = store.start(MOCK.families["face_swap"], {}, duration=10)
    created = stamp(task.record["createdAt"])
    assert created == clock.now
    seen = []
    for now in (0, 0, 4.9, 5, 9.99, 10, 30):
        clock.now = created + now
        seen.append(task.read()["current_status"])
    assert seen[:5] == ["initialized", "initialized", "initialized", "processing", "processing"]
    assert seen[5:] == ["completed", "completed"]
    # Stamped when each stage was due, not when a read happened to notice it.
    assert stamp(task.record["updatedAt"]) - created == pytest.approx(10)
    assert stamp(task.record["completed_time"]) - created == pytest.approx(10)
    assert stamp(task.record["processing_time"]) - created == pytest.approx(5)


def test_a_task_with_a_duration_reports_its_progress_where_its_family_does() -> None:
    clock = Clock()
    store = TaskStore(MOCK.templates, clock=clock)
    video = store.start(MOCK.families["avatar_video"], {}, duration=100)
    clock.now += 25
    assert video.read()["process"] == 25
    clock.now += 100
    record = video.read()
    assert (record["process"], record["status"]) == (100, "success")


def test_the_duration_header_sets_the_clock_and_quiets_retry_after(base_url: str) -> None:
    timed = {**AUTH, "X-Mock-Duration": "60"}
    task_id = httpx.post(f"{base_url}{START}", json=BODY, headers=timed).json()["data"]["_id"]
    read = httpx.get(f"{base_url}/api/v1/userFaceSwapTask/{task_id}", headers=AUTH)
    assert read.json()["data"]["current_status"] == "initialized"
    assert "retry-after" not in read.headers, "a timed task paces its reader like A2E"
    per_read = httpx.post(f"{base_url}{START}", json=BODY, headers=AUTH).json()["data"]["_id"]
    read = httpx.get(f"{base_url}/api/v1/userFaceSwapTask/{per_read}", headers=AUTH)
    assert read.headers["retry-after"] == "0", "it moves on with the next read"
    batch = httpx.post(
        f"{base_url}/api/v1/userFaceSwapTask/batchDetail",
        json={"ids": [task_id, per_read]},
        headers=AUTH,
    )
    assert [t["current_status"] for t in batch.json()["data"]] == ["initialized", "completed"]
    assert "retry-after" not in batch.headers, "nothing in it moves on per read any more"


@pytest.mark.parametrize("value", ["0", "-1", "soon", "nan", "inf", "1e9"])
def test_a_bad_duration_is_refused(base_url: str, value: str) -> None:
    response = httpx.post(
        f"{base_url}{START}", json=BODY, headers={**AUTH, "X-Mock-Duration": value}
    )
    assert response.status_code == 400
    assert "X-Mock-Duration" in response.json()["error"]
