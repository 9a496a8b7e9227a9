"""Face Swap in depth: each operation against the mock, with the state the mock keeps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import a2e
from a2e_client.api.face_swap import (
    add_face_swap_image,
    batch_get_face_swap_tasks,
    delete_face_swap_image,
    delete_face_swap_task,
    get_face_swap_preview_status,
    get_face_swap_task,
    get_face_swap_task_status,
    list_face_swap_images,
    list_face_swap_tasks,
    start_face_swap_preview,
    start_face_swap_task,
)
from a2e_client.models import (
    AddFaceSwapImageRequest,
    BatchDetailRequest,
    Envelope,
    FaceSwapImage,
    FaceSwapPreview,
    FaceSwapTask,
    FaceSwapTaskPage,
    FaceSwapTaskStatus,
    StartFaceSwapPreviewRequest,
    StartFaceSwapTaskRequest,
)
from a2e_client.types import UNSET

FACE = "https://example.com/face.jpg"
VIDEO = "https://example.com/video.mp4"


def start_task(client: a2e.Client, name: str = "e2e") -> FaceSwapTask:
    body = StartFaceSwapTaskRequest(name=name, face_url=FACE, video_url=VIDEO)
    return a2e.unwrap(start_face_swap_task.sync_detailed(client=client, body=body))


def check_add_face_swap_image(client: a2e.Client) -> None:
    body = AddFaceSwapImageRequest(face_url=FACE)
    images = a2e.unwrap(add_face_swap_image.sync_detailed(client=client, body=body))
    assert images and all(isinstance(i, FaceSwapImage) and i.id for i in images)


def check_list_face_swap_images(client: a2e.Client) -> None:
    images = a2e.unwrap(
        list_face_swap_images.sync_detailed(client=client, page_num=1, page_size=10)
    )
    assert isinstance(images[0], FaceSwapImage)
    assert images[0].created_at is not UNSET


def check_delete_face_swap_image(client: a2e.Client) -> None:
    response = delete_face_swap_image.sync_detailed("6673bee3e7aea87e7bcddd5d", client=client)
    assert isinstance(response.parsed, Envelope) and response.parsed.code == 0


def check_start_face_swap_preview(client: a2e.Client) -> None:
    body = StartFaceSwapPreviewRequest(face_url=FACE, video_url=VIDEO)
    preview = a2e.unwrap(start_face_swap_preview.sync_detailed(client=client, body=body))
    assert isinstance(preview, FaceSwapPreview)
    assert preview.current_status == "initialized"
    assert preview.face_url == FACE


def check_get_face_swap_preview_status(client: a2e.Client) -> None:
    body = StartFaceSwapPreviewRequest(face_url=FACE, video_url=VIDEO)
    preview = a2e.unwrap(start_face_swap_preview.sync_detailed(client=client, body=body))
    read = a2e.unwrap(get_face_swap_preview_status.sync_detailed(client=client, id=preview.id))
    assert read.id == preview.id
    assert read.current_status == "processing"


def check_start_face_swap_task(client: a2e.Client) -> None:
    task = start_task(client, name="started")
    assert task.name == "started" and task.face_url == FACE and task.video_url == VIDEO
    assert task.current_status == "initialized" and task.result_url == ""


def check_get_face_swap_task_status(client: a2e.Client) -> None:
    task = start_task(client)
    statuses = a2e.unwrap(get_face_swap_task_status.sync_detailed(client=client))
    mine = [s for s in statuses if s.id == task.id]
    assert len(mine) == 1 and isinstance(mine[0], FaceSwapTaskStatus)


def check_list_face_swap_tasks(client: a2e.Client) -> None:
    first, second = start_task(client), start_task(client)
    page = a2e.unwrap(list_face_swap_tasks.sync_detailed(client=client, page_num=1, page_size=2))
    assert isinstance(page, FaceSwapTaskPage)
    assert [row.id for row in page.rows] == [second.id, first.id]
    assert page.count >= 2
    beyond = a2e.unwrap(
        list_face_swap_tasks.sync_detailed(client=client, page_num=10_000, page_size=2)
    )
    assert beyond.rows == [] and beyond.count == page.count


def check_batch_get_face_swap_tasks(client: a2e.Client) -> None:
    tasks = [start_task(client) for _ in range(3)]
    body = BatchDetailRequest(ids=[t.id for t in tasks] + ["000000000000000000000000"])
    found = a2e.unwrap(batch_get_face_swap_tasks.sync_detailed(client=client, body=body))
    assert sorted(t.id for t in found) == sorted(t.id for t in tasks)


def check_get_face_swap_task(client: a2e.Client) -> None:
    task = start_task(client)
    statuses = [
        a2e.unwrap(get_face_swap_task.sync_detailed(task.id, client=client)).current_status
        for _ in range(3)
    ]
    assert statuses == ["processing", "completed", "completed"]
    done = a2e.unwrap(get_face_swap_task.sync_detailed(task.id, client=client))
    assert done.result_url and done.completed_time is not UNSET


def check_delete_face_swap_task(client: a2e.Client) -> None:
    task = start_task(client)
    response = delete_face_swap_task.sync_detailed(task.id, client=client)
    assert isinstance(response.parsed, Envelope) and response.parsed.code == 0
    with pytest.raises(a2e.NotFoundError):
        get_face_swap_task.sync_detailed(task.id, client=client)


CHECKS: dict[str, Callable[[a2e.Client], None]] = {
    name.removeprefix("check_"): check
    for name, check in globals().items()
    if name.startswith("check_")
}


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_operation(name: str, client: a2e.Client) -> None:
    CHECKS[name](client)


async def test_async_operations_parse_too(client: a2e.Client) -> None:
    body = StartFaceSwapTaskRequest(name="async", face_url=FACE, video_url=VIDEO)
    task: Any = a2e.unwrap(await start_face_swap_task.asyncio_detailed(client=client, body=body))
    read = a2e.unwrap(await get_face_swap_task.asyncio_detailed(task.id, client=client))
    assert read.id == task.id and read.current_status == "processing"
    await client.aclose()
