"""a2e.download: streamed, atomic, resumed with Range, fresh links by re-reading, never a new task.

A2E is the mock; the storage serving result files is an httpx.MockTransport, so each test
decides exactly how storage behaves.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

import a2e
from a2e.mock import MockA2E
from a2e_client.api.face_swap import start_face_swap_task
from a2e_client.models import StartFaceSwapTaskRequest

VIDEO = bytes(range(256)) * 400  # 102400 bytes
START = ("POST", "/api/v1/userFaceSwapTask/add")
RESULT = "https://storage.example.com/results/t1.mp4"


def _started(client: a2e.Client, **headers: str) -> str:
    body = StartFaceSwapTaskRequest(
        name="d", face_url="https://example.com/f.jpg", video_url="https://example.com/v.mp4"
    )
    scripted = client.with_headers(headers) if headers else client
    return str(a2e.unwrap(start_face_swap_task.sync_detailed(client=scripted, body=body)).id)


def _finished_task(client: a2e.Client, fast: a2e.PollSchedule) -> str:
    task_id = _started(client)
    a2e.wait(client, "face_swap", task_id, timeout=30, schedule=fast)
    return task_id


def _detail_reads(mock: MockA2E, task_id: str) -> int:
    return mock.calls("GET", f"/api/v1/userFaceSwapTask/{task_id}")


Handler = Callable[[httpx.Request], httpx.Response]


def _storage(handler: Handler) -> tuple[httpx.Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    return httpx.Client(transport=httpx.MockTransport(record)), seen


def _ranged(request: httpx.Request, content: bytes = VIDEO) -> httpx.Response:
    """A storage that honours `Range: bytes=n-`."""
    wanted = request.headers.get("range")
    if wanted is None:
        return httpx.Response(200, content=content, headers={"ETag": '"v1"'})
    first = int(wanted.removeprefix("bytes=").rstrip("-"))
    return httpx.Response(
        206,
        content=content[first:],
        headers={
            "Content-Range": f"bytes {first}-{len(content) - 1}/{len(content)}",
            "ETag": '"v1"',
        },
    )


def test_saves_the_result_under_the_task_id(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    storage, seen = _storage(_ranged)
    progress: list[tuple[int, int | None]] = []
    starts = mock.calls(*START)
    [path] = a2e.download(
        client,
        "face_swap",
        task_id,
        tmp_path,
        http_client=storage,
        on_progress=lambda _path, done, total: progress.append((done, total)),
    )
    assert path == tmp_path / f"{task_id}.mp4" and path.read_bytes() == VIDEO
    assert list(tmp_path.iterdir()) == [path], "no .part file is left behind"
    assert progress[0] == (0, len(VIDEO)) and progress[-1] == (len(VIDEO), len(VIDEO))
    assert "authorization" not in seen[0].headers, "the key must not go to storage"
    assert mock.calls(*START) == starts, "a download never starts a task"


def test_resumes_a_partial_file_with_range(
    client: a2e.Client, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    (tmp_path / f"{task_id}.mp4.part").write_bytes(VIDEO[:1000])
    storage, seen = _storage(_ranged)
    [path] = a2e.download(client, "face_swap", task_id, tmp_path, http_client=storage)
    assert seen[0].headers["range"] == "bytes=1000-"
    assert path.read_bytes() == VIDEO


def test_a_storage_ignoring_range_gets_the_whole_file_rewritten(
    client: a2e.Client, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    (tmp_path / f"{task_id}.mp4.part").write_bytes(b"stale bytes of something else")
    storage, _ = _storage(lambda request: httpx.Response(200, content=VIDEO))
    [path] = a2e.download(client, "face_swap", task_id, tmp_path, http_client=storage)
    assert path.read_bytes() == VIDEO


def test_a_broken_transfer_resumes_where_it_stopped(
    base_url: str, mock: MockA2E, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    client = a2e.Client("sk_test", base_url=base_url, backoff_base=0.001)
    task_id = _finished_task(client, fast)

    def breaking() -> Iterator[bytes]:
        yield VIDEO[:5000]
        raise httpx.ReadError("connection reset")

    def handler(request: httpx.Request) -> httpx.Response:
        if "range" not in request.headers:
            return httpx.Response(
                200, content=breaking(), headers={"Content-Length": str(len(VIDEO)), "ETag": '"v1"'}
            )
        return _ranged(request)

    storage, seen = _storage(handler)
    [path] = a2e.download(client, "face_swap", task_id, tmp_path, http_client=storage)
    assert [r.headers.get("range") for r in seen] == [None, "bytes=5000-"]
    assert seen[1].headers["if-range"] == '"v1"', "a changed file would come whole"
    assert path.read_bytes() == VIDEO


def test_an_expired_link_is_replaced_by_reading_the_task_again(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    answers = iter(
        [httpx.Response(403, text="Request has expired"), httpx.Response(200, content=VIDEO)]
    )
    storage, seen = _storage(lambda request: next(answers))
    reads, starts = _detail_reads(mock, task_id), mock.calls(*START)
    [path] = a2e.download(client, "face_swap", task_id, tmp_path, http_client=storage)
    assert path.read_bytes() == VIDEO and len(seen) == 2
    assert _detail_reads(mock, task_id) == reads + 2, "one read to plan, one for the fresh link"
    assert mock.calls(*START) == starts, "a download never starts a task"


def test_a_link_that_stays_refused_is_an_api_error(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    storage, seen = _storage(lambda request: httpx.Response(403))
    starts = mock.calls(*START)
    with pytest.raises(a2e.APIError) as caught:
        a2e.download(client, "face_swap", task_id, tmp_path, http_client=storage)
    assert caught.value.status_code == 403 and len(seen) == 2
    assert mock.calls(*START) == starts
    assert not (tmp_path / f"{task_id}.mp4").exists()


def test_a_file_already_saved_is_kept(
    client: a2e.Client, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    (tmp_path / f"{task_id}.mp4").write_bytes(b"saved before")
    storage, seen = _storage(_ranged)
    a2e.download(client, "face_swap", task_id, tmp_path, http_client=storage)
    assert seen == [] and (tmp_path / f"{task_id}.mp4").read_bytes() == b"saved before"


def test_unfinished_and_failed_tasks_are_refused(
    client: a2e.Client, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    running = _started(client, **{"X-Mock-Reads-Per-Stage": "100"})
    with pytest.raises(a2e.A2EError, match="not finished"):
        a2e.download(client, "face_swap", running, tmp_path)
    failed = _started(client, **{"X-Mock-Fail": "no face"})
    with pytest.raises(a2e.TaskFailed):
        a2e.wait(client, "face_swap", failed, timeout=30, schedule=fast)
    with pytest.raises(a2e.TaskFailed, match="no face"):
        a2e.download(client, "face_swap", failed, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_memory_stays_flat_for_a_large_file(
    client: a2e.Client, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    size = 32 * 1024 * 1024

    def chunks() -> Iterator[bytes]:
        block = b"\0" * 65536
        for _ in range(size // len(block)):
            yield block

    storage, _ = _storage(
        lambda request: httpx.Response(200, content=chunks(), headers={"Content-Length": str(size)})
    )
    tracemalloc.start()
    try:
        [path] = a2e.download(client, "face_swap", task_id, tmp_path, http_client=storage)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path.stat().st_size == size
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes for a {size}-byte file"


async def test_download_async_resumes_too(
    client: a2e.Client, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = _finished_task(client, fast)
    (tmp_path / f"{task_id}.mp4.part").write_bytes(VIDEO[:777])
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _ranged(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as storage:
        [path] = await a2e.download_async(
            client, "face_swap", task_id, tmp_path, http_client=storage
        )
    assert seen[0].headers["range"] == "bytes=777-" and path.read_bytes() == VIDEO
    await client.aclose()


def test_result_urls_take_every_result_field_and_each_file_once() -> None:
    from a2e.downloads import result_urls
    from a2e_client.models import MotionTransferTask

    video = "https://cdn.example.com/motion/1.mp4"
    record = {"_id": "m1", "current_status": "completed", "result_url": ""}
    only_new_name = MotionTransferTask.from_dict({**record, "result_video_url": video})
    assert result_urls("motion_transfer", only_new_name) == [video]
    both = MotionTransferTask.from_dict({**record, "result_url": video, "result_video_url": video})
    assert result_urls("motion_transfer", both) == [video]


def download_t1(client: a2e.Client, folder: Path, *, use_async: bool) -> list[Path]:
    """The face swap task "t1"'s files, saved into `folder` by download or download_async."""
    if use_async:
        return asyncio.run(a2e.download_async(client, "face_swap", "t1", folder))
    return a2e.download(client, "face_swap", "t1", folder)


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_downloads_go_through_the_clients_own_transport(tmp_path: Path, use_async: bool) -> None:
    seen: list[httpx.Request] = []
    result = RESULT

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "storage.example.com":
            return httpx.Response(200, content=VIDEO)
        task = {"_id": "t1", "current_status": "completed", "result_url": result}
        return httpx.Response(200, json={"code": 0, "data": task})

    mocked = httpx.MockTransport(answer)
    client = a2e.Client("sk_own_transport", transport=mocked, async_transport=mocked)
    saved = download_t1(client, tmp_path, use_async=use_async)
    assert [path.read_bytes() for path in saved] == [VIDEO]
    fetched = [r for r in seen if r.url.host == "storage.example.com"]
    assert len(fetched) == 1 and "authorization" not in fetched[0].headers


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_file_that_does_not_match_its_encoding_is_an_invalid_response(
    tmp_path: Path, use_async: bool
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "storage.example.com":
            return httpx.Response(200, content=b"not gzip", headers={"content-encoding": "gzip"})
        task = {"_id": "t1", "current_status": "completed", "result_url": RESULT}
        return httpx.Response(200, json={"code": 0, "data": task})

    mocked = httpx.MockTransport(answer)
    client = a2e.Client("sk_encoding", transport=mocked, async_transport=mocked)
    with pytest.raises(a2e.InvalidResponseError, match=r"t1\.mp4"):
        download_t1(client, tmp_path, use_async=use_async)
    assert not (tmp_path / "t1.mp4").exists()


def _storage_answering(result: str, storage: Handler) -> a2e.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "storage.example.com":
            return storage(request)
        task = {"_id": "t1", "current_status": "completed", "result_url": result}
        return httpx.Response(200, json={"code": 0, "data": task})

    mocked = httpx.MockTransport(answer)
    return a2e.Client("sk_odd_storage", transport=mocked, async_transport=mocked)


def _loop(request: httpx.Request) -> httpx.Response:
    return httpx.Response(302, headers={"location": str(request.url)})


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("result", "storage", "error", "said"),
    [
        ("http://[::1/a.mp4", _loop, a2e.InvalidResponseError, "not an address"),
        ("https://storage.example.com:99999/a.mp4", _loop, a2e.InvalidResponseError, "address"),
        (RESULT, _loop, a2e.APIError, "redirected"),
    ],
    ids=["broken-ipv6", "port-out-of-range", "redirect-loop"],
)
def test_odd_result_addresses_end_in_a2e_errors(
    tmp_path: Path,
    use_async: bool,
    result: str,
    storage: Handler,
    error: type[a2e.A2EError],
    said: str,
) -> None:
    client = _storage_answering(result, storage)
    with pytest.raises(error, match=said):
        download_t1(client, tmp_path, use_async=use_async)


def test_threads_and_tasks_saving_one_result_into_one_folder_all_get_the_whole_file(
    tmp_path: Path,
) -> None:
    client = _storage_answering(RESULT, lambda request: httpx.Response(200, content=VIDEO))

    def save(_: int) -> list[Path]:
        return a2e.download(client, "face_swap", "t1", tmp_path)

    async def save_async() -> list[list[Path]]:
        jobs = [a2e.download_async(client, "face_swap", "t1", tmp_path) for _ in range(5)]
        return list(await asyncio.gather(*jobs))

    with ThreadPoolExecutor(max_workers=10) as pool:
        from_threads = list(pool.map(save, range(20)))
        from_tasks = pool.submit(asyncio.run, save_async()).result()
    assert {tuple(paths) for paths in [*from_threads, *from_tasks]} == {(tmp_path / "t1.mp4",)}
    assert (tmp_path / "t1.mp4").read_bytes() == VIDEO
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t1.mp4"]
