"""The mock serves its finished tasks' result files, so downloads run end to end against it."""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

import httpx
import pytest

import a2e
from a2e.mock import MockA2E, RunningMock
from a2e.mock.results import RESULTS_PATH
from a2e.tasks import TASK_FAMILIES
from spec_calls import start_task


def _finished(client: a2e.Client, fast: a2e.PollSchedule, **headers: str) -> Any:
    started = start_task(client, "face_swap", headers=headers or None)
    return a2e.wait(client, "face_swap", started, timeout=30, schedule=fast)


def test_a_finished_task_downloads_whole_from_the_mock(
    client: a2e.Client, base_url: str, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task = _finished(client, fast)
    assert task.result_url == f"{base_url}{RESULTS_PATH}face_swap/{task.id}.mp4"
    [saved] = a2e.download(client, "face_swap", task.id, tmp_path)
    assert saved == tmp_path / f"{task.id}.mp4"
    served = httpx.get(task.result_url)
    assert saved.read_bytes() == served.content
    assert served.headers["content-type"] == "video/mp4" and served.content[4:8] == b"ftyp"


def test_a_partial_file_resumes_through_the_mock_with_range(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task = _finished(client, fast)
    whole = httpx.get(task.result_url).content
    (tmp_path / f"{task.id}.mp4.part").write_bytes(whole[:1000])
    [saved] = a2e.download(client, "face_swap", task.id, tmp_path)
    assert saved.read_bytes() == whole
    fetches = [r for r in mock.requests if r.path.startswith(RESULTS_PATH)]
    assert [r.headers.get("range") for r in fetches][-1] == "bytes=1000-"


@pytest.mark.parametrize(
    ("asked", "status", "part"),
    [
        # Parts are (first, end) of the file's bytes: a negative first counts from its end,
        # no end is its end. `{size}` in the header is the file's length.
        ("bytes=10-19", 206, (10, 20)),
        ("bytes={near_end}-", 206, (-100, None)),
        ("bytes=5-999999999", 206, (5, None)),
        ("bytes={size}-", 416, None),
        ("bytes=20-10", 416, None),
        ("bytes=" + "9" * 40 + "-", 200, (0, None)),
        ("lines=1-2", 200, (0, None)),
    ],
)
def test_range_requests_get_their_part(
    client: a2e.Client,
    fast: a2e.PollSchedule,
    asked: str,
    status: int,
    part: tuple[int, int | None] | None,
) -> None:
    task = _finished(client, fast)
    whole = httpx.get(task.result_url).content
    size = len(whole)
    asked = asked.format(size=size, near_end=size - 100)
    response = httpx.get(task.result_url, headers={"Range": asked})
    assert response.status_code == status
    assert response.headers["accept-ranges"] == "bytes"
    if part is None:
        assert response.headers["content-range"] == f"bytes */{size}"
        return
    first, end = part[0] % size, part[1] or size
    assert response.content == whole[first:end]
    assert response.headers["content-type"] == "video/mp4"
    if status == 206:
        assert response.headers["content-range"] == f"bytes {first}-{end - 1}/{size}"


def test_only_results_of_tasks_that_finished_well_are_served(
    client: a2e.Client, base_url: str, fast: a2e.PollSchedule
) -> None:
    running = start_task(client, "face_swap", headers={"X-Mock-Reads-Per-Stage": "1000"})
    failed = start_task(client, "face_swap", headers={"X-Mock-Fail": "no face found"})
    with pytest.raises(a2e.TaskFailed):
        a2e.wait(client, "face_swap", failed, timeout=30, schedule=fast)
    finished = _finished(client, fast)
    results = f"{base_url}{RESULTS_PATH}"
    for address in [
        f"{results}face_swap/{running}.mp4",
        f"{results}face_swap/{failed}.mp4",
        f"{results}face_swap/{'0' * 24}.mp4",
        f"{results}no_such_family/{finished.id}.mp4",
        f"{results}",
    ]:
        response = httpx.get(address)
        assert response.status_code == 404 and "no result file" in response.json()["error"]
    assert httpx.post(finished.result_url).status_code == 404


@pytest.mark.parametrize("name", sorted(TASK_FAMILIES))
def test_every_familys_result_files_are_served(a2e_mock: RunningMock, name: str) -> None:
    family = TASK_FAMILIES[name]
    results = f"{a2e_mock.base_url}{RESULTS_PATH.rstrip('/')}"
    task = a2e_mock.mock.tasks.start(family, {}, results=results)
    while not task.finished:
        task.next_stage()
    values = [task.record.get(field) for field in family.result_fields]
    found = [u for v in values for u in (v if isinstance(v, list) else [v]) if isinstance(u, str)]
    # Some families' results are ids (a voice, an avatar), not files.
    urls = [u for u in found if u.startswith(("http://", "https://"))]
    assert urls or not str(a2e_mock.mock.templates[name].example[family.result_field]).startswith(
        "http"
    )
    for url in urls:
        assert url.startswith(results)
        response = httpx.get(url)
        assert response.status_code == 200, url
        # The kind the name and the content type say (test_mock_media.py checks each kind).
        kind, magic = KINDS[posixpath.splitext(url)[1]]
        assert response.headers["content-type"] == kind
        assert magic in response.content[:12], url


# Suffix -> (content type, bytes the file starts with), for the results the families give.
KINDS = {
    ".png": ("image/png", b"\x89PNG"),
    ".jpg": ("image/jpeg", b"\xff\xd8\xff"),
    ".jpeg": ("image/jpeg", b"\xff\xd8\xff"),
    ".mp4": ("video/mp4", b"ftypisom"),
}
