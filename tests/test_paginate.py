"""`a2e.paginate` and `a2e.paginate_async` at the edges, against a list server of the test's own
(an httpx.MockTransport) that pages like A2E or misbehaves on purpose. Every test runs twice,
through the sync and the async driver."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
import pytest

import a2e
from a2e.pagination import MAX_STALE_PAGES
from a2e_client import AuthenticatedClient
from a2e_client.api.face_swap import list_face_swap_images, list_face_swap_tasks
from a2e_client.api.generate_avatar_videos import list_avatar_videos
from a2e_client.api.video_twin import list_avatar_trainings

Collect = Callable[..., list[Any]]
MAX_REQUESTS = 50


@dataclass(frozen=True)
class Shape:
    """How one list operation answers: its page parameter, `data` and records."""

    operation: ModuleType
    page: str
    data: Callable[[list[dict[str, Any]], int], Any]
    prefix: str
    record: dict[str, Any]


TASKS = Shape(  # `data: {rows, count}`, pageNum/pageSize
    list_face_swap_tasks,
    "pageNum",
    lambda rows, total: {"rows": rows, "count": total},
    "task",
    {"current_status": "completed"},
)
VIDEOS = Shape(  # `data: {data}` without its optional total, current/pageSize
    list_avatar_videos, "current", lambda rows, total: {"data": rows}, "video", {"status": "done"}
)
IMAGES = Shape(  # `data` is a plain list
    list_face_swap_images,
    "pageNum",
    lambda rows, total: rows,
    "image",
    {"face_url": "https://example.com/face.jpg"},
)
SHAPES = [TASKS, VIDEOS, IMAGES]
WITHOUT_TOTAL = [VIDEOS, IMAGES]


@dataclass
class ListServer:
    """A2E's list endpoint, newest record first, with faults the test asks for.

    cap: the page size it uses whatever is asked (None: the one asked for).
    ignore_page: always answer the first page.
    between: called with the server before each answer, to add or delete records meanwhile.
    lie: added to the total it reports.
    """

    shape: Shape
    ids: list[str]
    cap: int | None = None
    ignore_page: bool = False
    between: Callable[[ListServer], None] | None = None
    lie: int = 0
    asked: list[tuple[int, int]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get(self.shape.page, "1"))
        size = int(request.url.params.get("pageSize", "10"))
        self.asked.append((page, size))
        # A paginator that never stops fails the test instead of hanging it.
        assert len(self.asked) <= MAX_REQUESTS, "paginate does not stop"
        if self.between is not None:
            self.between(self)
        size = self.cap or size
        start = 0 if self.ignore_page else (page - 1) * size
        rows = [{"_id": i, **self.shape.record} for i in self.ids[start : start + size]]
        data = self.shape.data(rows, len(self.ids) + self.lie)
        return httpx.Response(200, json={"code": 0, "data": data, "trace_id": "t"})

    def client(self) -> AuthenticatedClient:
        return client_for(self.handle)


def client_for(handle: Callable[[httpx.Request], httpx.Response]) -> AuthenticatedClient:
    """A generated client whose requests `handle` answers."""
    transport = httpx.MockTransport(handle)
    return AuthenticatedClient(
        base_url="https://a2e.test", token="sk_test", httpx_args={"transport": transport}
    )


def serve(shape: Shape, count: int, **faults: Any) -> ListServer:
    return ListServer(shape, [f"{shape.prefix}{n}" for n in range(count)], **faults)


@pytest.fixture(params=["sync", "async"])
def collect(request: pytest.FixtureRequest) -> Collect:
    """Every record `paginate` (or `paginate_async`) yields for the server, as a list of ids."""

    def sync(server: ListServer, **options: Any) -> list[Any]:
        client = server.client()
        return [r.id for r in a2e.paginate(server.shape.operation, client=client, **options)]

    def async_(server: ListServer, **options: Any) -> list[Any]:
        async def run() -> list[Any]:
            client = server.client()
            records = a2e.paginate_async(server.shape.operation, client=client, **options)
            return [r.id async for r in records]

        return asyncio.run(run())

    return sync if request.param == "sync" else async_


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.prefix)
def test_an_empty_first_page_yields_nothing_after_one_request(
    collect: Collect, shape: Shape
) -> None:
    server = serve(shape, 0)
    assert collect(server, page_size=5) == []
    assert server.asked == [(1, 5)]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.prefix)
def test_a_short_last_page_ends_paging(collect: Collect, shape: Shape) -> None:
    server = serve(shape, 5)
    assert collect(server, page_size=2) == server.ids
    assert server.asked == [(1, 2), (2, 2), (3, 2)]


def test_a_total_reached_ends_paging_without_an_empty_page(collect: Collect) -> None:
    server = serve(TASKS, 4)
    assert collect(server, page_size=2) == server.ids
    assert len(server.asked) == 2


@pytest.mark.parametrize("shape", WITHOUT_TOTAL, ids=lambda s: s.prefix)
def test_without_a_total_full_pages_end_with_an_empty_one(collect: Collect, shape: Shape) -> None:
    server = serve(shape, 4)
    assert collect(server, page_size=2) == server.ids
    assert len(server.asked) == 3


def test_a_single_short_page_with_a_total_costs_one_request(collect: Collect) -> None:
    server = serve(TASKS, 3)
    assert collect(server) == server.ids
    assert server.asked == [(1, 100)]


@pytest.mark.parametrize("shape", WITHOUT_TOTAL, ids=lambda s: s.prefix)
def test_without_a_total_a_short_first_page_is_confirmed_once(
    collect: Collect, shape: Shape
) -> None:
    server = serve(shape, 3)
    assert collect(server) == server.ids
    assert server.asked == [(1, 100), (2, 100)]


def _add_one_newest(server: ListServer) -> None:
    if len(server.asked) > 1:
        server.ids.insert(0, f"new{len(server.asked)}")


def test_records_added_while_paging_are_not_yielded_twice(collect: Collect) -> None:
    server = serve(TASKS, 6, between=_add_one_newest)
    first_seen = list(server.ids)
    records = collect(server, page_size=2)
    assert len(records) == len(set(records))
    assert set(first_seen) <= set(records)


def _add_a_page_of_newest(server: ListServer) -> None:
    if len(server.asked) > 1:
        server.ids[:0] = [f"new{len(server.asked)}a", f"new{len(server.asked)}b"]


def test_a_list_growing_a_page_per_request_still_ends_and_says_so(
    collect: Collect, caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(TASKS, 6, between=_add_a_page_of_newest)
    with caplog.at_level("WARNING", logger="a2e"):
        records = collect(server, page_size=2)
    assert len(records) == len(set(records))
    assert len(server.asked) == 1 + MAX_STALE_PAGES
    assert [r.message.split(":")[0] for r in caplog.records] == ["paging stopped"]


def _delete_the_newest(server: ListServer) -> None:
    if len(server.asked) > 1:
        del server.ids[0]


def test_records_deleted_while_paging_end_without_repeats(collect: Collect) -> None:
    server = serve(TASKS, 6, between=_delete_the_newest)
    original = list(server.ids)
    records = collect(server, page_size=2)
    assert len(records) == len(set(records))
    assert set(records) <= set(original)
    assert len(server.asked) <= 4


def test_a_total_larger_than_the_records_ends_at_an_empty_page(collect: Collect) -> None:
    server = serve(TASKS, 3, lie=100)
    assert collect(server, page_size=2) == server.ids
    assert server.asked == [(1, 2), (2, 2), (3, 2)]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.prefix)
def test_a_server_capping_the_page_size_is_paged_to_the_end(collect: Collect, shape: Shape) -> None:
    server = serve(shape, 10, cap=3)
    assert collect(server, page_size=5) == server.ids
    assert [page for page, _ in server.asked] == [1, 2, 3, 4]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.prefix)
def test_a_server_sending_larger_pages_than_asked(collect: Collect, shape: Shape) -> None:
    server = serve(shape, 10, cap=7)
    assert collect(server, page_size=2) == server.ids
    assert len(server.asked) == 2


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.prefix)
def test_a_server_sending_everything_on_every_page(collect: Collect, shape: Shape) -> None:
    server = serve(shape, 10, cap=50, ignore_page=True)
    assert collect(server, page_size=4) == server.ids
    assert len(server.asked) == (1 if shape is TASKS else 2)


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.prefix)
def test_a_server_ignoring_the_page_number_does_not_loop(collect: Collect, shape: Shape) -> None:
    server = serve(shape, 10, ignore_page=True)
    assert collect(server, page_size=3) == server.ids[:3]
    assert len(server.asked) == 2


def test_records_without_ids_on_a_repeated_page_end_paging(collect: Collect) -> None:
    server = serve(IMAGES, 3, ignore_page=True)
    server.ids[:] = ["", "", ""]
    assert collect(server, page_size=3) == ["", "", ""]
    assert len(server.asked) == 2


def test_limit_stops_early_and_asks_for_no_more_than_it_needs(collect: Collect) -> None:
    server = serve(TASKS, 10)
    assert collect(server, page_size=2, limit=3) == server.ids[:3]
    assert server.asked == [(1, 2), (2, 2)]
    server.asked.clear()
    assert collect(server, limit=3) == server.ids[:3]
    assert server.asked == [(1, 3)]
    server.asked.clear()
    assert collect(server, limit=0) == []
    assert server.asked == []


def test_records_come_page_by_page() -> None:
    server = serve(TASKS, 10)
    records = a2e.paginate(list_face_swap_tasks, client=server.client(), page_size=2)
    assert server.asked == []
    assert next(records).id == "task0"
    assert next(records).id == "task1"
    assert server.asked == [(1, 2)]
    assert next(records).id == "task2"
    assert server.asked == [(1, 2), (2, 2)]


def test_filters_go_with_every_page() -> None:
    seen: list[httpx.QueryParams] = []
    ids = [f"t{n}" for n in range(3)]

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params)
        page = int(request.url.params["pageNum"])
        rows = [{"_id": i, "current_status": "completed"} for i in ids[(page - 1) * 2 :][:2]]
        return httpx.Response(200, json={"code": 0, "data": {"rows": rows, "count": 3}})

    client = client_for(handle)
    records = a2e.paginate(list_avatar_trainings, client=client, page_size=2, status="completed")
    assert [r.id for r in records] == ids
    assert [(p["pageNum"], p["status"]) for p in seen] == [("1", "completed"), ("2", "completed")]


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": 101}, "page_size"),
        ({"page_size": True}, "page_size"),
        ({"limit": -1}, "limit"),
        ({"page_num": 2}, "page_num"),
        ({"page_size": "5"}, "page_size"),
        ({"limit": 1.5}, "limit"),
        ({"no_such_filter": 1}, "no_such_filter"),
        ({"body": {}}, "body"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(options: dict[str, Any], named: str) -> None:
    server = serve(TASKS, 5)
    with pytest.raises(a2e.ConfigurationError, match=named):
        a2e.paginate(list_face_swap_tasks, client=server.client(), **options)
    with pytest.raises(a2e.ConfigurationError, match=named):
        a2e.paginate_async(list_face_swap_tasks, client=server.client(), **options)
    assert server.asked == []


def test_an_operation_that_is_not_a_list_is_refused() -> None:
    from a2e_client.api.face_swap import get_face_swap_task

    server = serve(TASKS, 1)
    with pytest.raises(a2e.ConfigurationError, match="get_face_swap_task is not a list operation"):
        a2e.paginate(get_face_swap_task, client=server.client())
    for other in (a2e, "list_face_swap_tasks", None):
        with pytest.raises(a2e.ConfigurationError, match="not a list operation"):
            a2e.paginate(other, client=server.client())  # type: ignore[arg-type]
