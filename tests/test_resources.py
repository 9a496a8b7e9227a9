"""The surface users meet: `client.<section>.<method>(field=...)`, task handles, plain values."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, assert_type

import httpx
import pytest

import a2e
from a2e.mock import MockA2E
from a2e_client.models import FaceSwapTask, StartFaceSwapTaskRequest

FACE = "https://example.com/face.jpg"
VIDEO = "https://example.com/video.mp4"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def sent(base_url: str) -> Iterator[tuple[a2e.Client, list[httpx.Request]]]:
    """A client whose requests to A2E are kept, to see exactly what went out."""
    seen: list[httpx.Request] = []

    def keep(request: httpx.Request) -> None:
        request.read()
        seen.append(request)

    own = httpx.Client(event_hooks={"request": [keep]})
    client = a2e.Client("sk_test", base_url=base_url, http_client=own)
    yield client, seen
    client.close()
    own.close()


def body_of(request: httpx.Request) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(request.content)
    return found


def test_a_start_returns_a_task_handle_that_waits_and_downloads(
    client: a2e.Client, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task = client.face_swap.start(name="first", face_url=FACE, video_url=VIDEO)
    assert_type(task, a2e.Task[FaceSwapTask])
    assert isinstance(task.data, FaceSwapTask)
    assert task.family.name == "face_swap" and not task.done and task.status == "initialized"
    task.wait(timeout=30, schedule=fast)
    assert task.done and task.succeeded and not task.failed and task.error is None
    assert_type(task.result_urls, list[str])
    assert task.result_urls == [task.data.result_url]
    saved = task.download(tmp_path)
    assert [p.name for p in saved] == [f"{task.id}.mp4"] and saved[0].stat().st_size > 0
    again = client.face_swap.task(task.id)
    assert again.id == task.id and again.succeeded


def test_one_vocabulary_across_families(client: a2e.Client, fast: a2e.PollSchedule) -> None:
    image = client.nano_banana.start(name="cat", prompt="a cat")
    image.wait(timeout=30, schedule=fast)
    assert (
        image.succeeded
        and image.result_urls
        and all(u.startswith("http") for u in image.result_urls)
    )
    voice = client.tts_and_voice_clone.start(
        name="me", voice_urls=["https://example.com/me.mp3"]
    ).wait(timeout=30, schedule=fast)
    assert voice.succeeded and voice.result_urls == [] and voice.result_id
    with pytest.raises(a2e.ConfigurationError, match="result is an id"):
        voice.download(".")


def test_a_failed_task_says_why_in_the_same_words(
    client: a2e.Client, fast: a2e.PollSchedule
) -> None:
    failing = client.with_headers({"X-Mock-Fail": "no face found"})
    for start in (
        lambda: failing.face_swap.start(name="x", face_url=FACE, video_url=VIDEO),  # faild_message
        lambda: failing.nano_banana.start(name="x", prompt="p"),  # failed_message
    ):
        task: a2e.Task[Any] = start()
        with pytest.raises(a2e.TaskFailed):
            task.wait(timeout=30, schedule=fast)
        assert task.failed and task.done and task.error is not None
        assert task.error.message == "no face found"


def test_run_starts_waits_and_downloads_in_one_call(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    face = tmp_path / "face.jpg"
    face.write_bytes(b"\xff\xd8\xff" + bytes(64))
    task = client.face_swap.run(
        name="run", face_url=face, video_url=VIDEO, download=tmp_path / "out"
    )
    assert task.succeeded
    assert "/__mock__/files/" in str(task.data.face_url), "the local file was uploaded first"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"{task.id}.mp4"]


def test_lists_iterate_every_record_across_pages_unless_a_page_is_asked(
    client: a2e.Client, mock: MockA2E
) -> None:
    for n in range(5):
        client.face_swap.start(name=f"t{n}", face_url=FACE, video_url=VIDEO)
    before = mock.calls("GET", "/api/v1/userFaceSwapTask/records")
    records = list(client.face_swap.list(page_size=2))
    assert len(records) == 5 and all(isinstance(r, FaceSwapTask) for r in records)
    assert mock.calls("GET", "/api/v1/userFaceSwapTask/records") - before == 3
    assert len(list(client.face_swap.list(page_num=2, page_size=2))) == 2


def test_only_what_the_caller_set_is_sent(sent: tuple[a2e.Client, list[httpx.Request]]) -> None:
    client, seen = sent
    client.face_swap.start(name="n", face_url=FACE, video_url=VIDEO)
    assert body_of(seen[-1]) == {"name": "n", "face_url": FACE, "video_url": VIDEO}
    client.nano_banana.start(name="n", prompt="p")
    assert body_of(seen[-1]) == {"name": "n", "prompt": "p"}, "no spec default is sent"


def test_a_model_or_a_dict_is_accepted_as_the_body(
    sent: tuple[a2e.Client, list[httpx.Request]],
) -> None:
    client, seen = sent
    model = StartFaceSwapTaskRequest(name="m", face_url=FACE, video_url=VIDEO)
    client.face_swap.start(body=model)
    assert body_of(seen[-1]) == {"name": "m", "face_url": FACE, "video_url": VIDEO}
    client.face_swap.start(body={"name": "d", "face_url": FACE, "video_url": VIDEO}, name="k")
    assert body_of(seen[-1])["name"] == "k", "keyword fields win over the body's"


def test_extra_options_reach_the_wire(sent: tuple[a2e.Client, list[httpx.Request]]) -> None:
    client, seen = sent
    client.face_swap.start(
        name="e",
        face_url=FACE,
        video_url=VIDEO,
        extra_body={"new_field": 1},
        extra_query={"debug": "1"},
        extra_headers={"X-Trace": "t"},
        request_timeout=5,
    )
    request = seen[-1]
    assert body_of(request)["new_field"] == 1
    assert request.url.params["debug"] == "1" and request.headers["x-trace"] == "t"
    assert request.extensions["timeout"]["read"] == 5


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"face_url": "notaurl"}, "face_url: 'notaurl' is not an http"),
        ({"face_url": "ftp://example.com/a.jpg"}, "face_url"),
        ({"model_version": "v9"}, "model_version: must be one of 'v1', 'v2'"),
        ({"face_url": 42}, "face_url: expected a URL"),
    ],
)
def test_bad_values_are_refused_before_a_paid_call(
    client: a2e.Client, mock: MockA2E, fields: dict[str, Any], message: str
) -> None:
    before = len(mock.requests)
    arguments: dict[str, Any] = {"name": "x", "face_url": FACE, "video_url": VIDEO, **fields}
    with pytest.raises(a2e.ConfigurationError, match=message):
        client.face_swap.start(**arguments)
    assert len(mock.requests) == before, "nothing may reach A2E"


def test_mistaken_arguments_are_type_errors(client: a2e.Client) -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        client.face_swap.start(name="x", face_url=FACE, video_url=VIDEO, colour="red")  # type: ignore[call-overload]
    with pytest.raises(a2e.ConfigurationError, match="video_url: required"):
        client.face_swap.start(body={"name": "x", "face_url": FACE})


def test_the_raw_response_stays_reachable(client: a2e.Client) -> None:
    task = client.face_swap.start(name="r", face_url=FACE, video_url=VIDEO)
    raw = client.face_swap.with_raw_response.get(task.id)
    assert raw.status_code == 200 and raw.trace_id and "content-type" in raw.headers
    assert_type(raw.parse(), FaceSwapTask)
    assert raw.parse().id == task.id
    assert task.http_response is not None and task.http_response.status_code == 200


def test_upload_takes_a_path_bytes_or_a_binary_file(client: a2e.Client, tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    with path.open("rb") as file:
        urls = [client.upload(path), client.upload(b"raw bytes"), client.upload(file)]
    assert all(u.startswith("http") for u in urls) and urls[2].endswith("/a.png")
    with path.open("r") as text, pytest.raises(a2e.ConfigurationError, match="binary mode"):
        client.upload(text)


def test_wait_all_reads_a_family_in_one_batch_a_round(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule
) -> None:
    tasks = [client.face_swap.start(name=f"w{n}", face_url=FACE, video_url=VIDEO) for n in range(4)]
    before = mock.calls("GET", "/api/v1/userFaceSwapTask/" + tasks[0].id)
    done = a2e.wait_all(tasks, timeout=30)
    assert all(t.succeeded for t in done)
    assert mock.calls("GET", "/api/v1/userFaceSwapTask/" + tasks[0].id) == before
    assert mock.calls("POST", "/api/v1/userFaceSwapTask/batchDetail") >= 1


def test_sections_load_on_first_use_and_are_kept(client: a2e.Client) -> None:
    assert client.face_swap is client.face_swap
    assert client.face_swap is not client.with_headers({"X-A": "1"}).face_swap


def test_async_client_has_the_same_resources_awaited(
    base_url: str, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    async def main() -> None:
        async with a2e.AsyncClient("sk_test", base_url=base_url) as client:
            task = await client.face_swap.start(name="a", face_url=FACE, video_url=VIDEO)
            assert_type(task, a2e.AsyncTask[FaceSwapTask])
            await task.wait(timeout=30, schedule=fast)
            assert task.succeeded
            assert len(await task.download(tmp_path)) == 1
            records = [r async for r in client.face_swap.list()]
            assert [r.id for r in records] == [task.id]
            again = await client.face_swap.task(task.id)
            assert again.succeeded
            raw = await client.face_swap.with_raw_response.get(task.id)
            assert raw.parse().id == task.id
            url = await client.upload(b"bytes")
            ran = await client.face_swap.run(name="r", face_url=url, video_url=VIDEO)
            assert ran.succeeded

    asyncio.run(main())


def test_every_operation_has_a_resource_method_named_in_the_docs() -> None:
    from a2e_client.operations import OPERATIONS
    from a2e_client.resources import SECTIONS

    page = (ROOT / "docs" / "operations.md").read_text()
    client = a2e.Client("sk_test", base_url="http://127.0.0.1:9")
    methods = 0
    for attribute in SECTIONS:
        resource = getattr(client, attribute)
        methods += sum(
            1
            for name in dir(resource)
            if not name.startswith("_") and name not in ("run", "task", "with_raw_response")
        )
        assert f"`client.{attribute}`" in page
    assert methods == len(OPERATIONS)
    assert "| `start` | `POST /api/v1/userFaceSwapTask/add` |" in page
    assert "`StartFaceSwapTaskRequest`" in page and "`Task[FaceSwapTask]`" in page


def test_a_successful_call_decodes_its_json_once(
    client: a2e.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    decodes: list[bytes] = []
    real = json.loads

    def counting(text: Any, **options: Any) -> Any:
        decodes.append(text)
        return real(text, **options)

    task = client.face_swap.start(name="j", face_url=FACE, video_url=VIDEO)
    monkeypatch.setattr(json, "loads", counting)
    monkeypatch.setattr(httpx.Response, "json", lambda self: pytest.fail("decoded again"))
    assert client.face_swap.get(task.id).id == task.id
    assert len(decodes) == 1


def test_a_wait_may_name_the_read_it_uses(client: a2e.Client, mock: MockA2E) -> None:
    task = client.nano_banana.start(name="r", prompt="p")
    task.wait(timeout=30, read="get_nano_banana_task_short_path")
    assert task.succeeded
    assert mock.calls("GET", f"/api/v1/userNanoBanana/{task.id}") >= 1
    with pytest.raises(a2e.ConfigurationError, match="choose one of 'get_nano_banana_task'"):
        a2e.wait(client, "nano_banana", task.id, read="get_face_swap_task")
