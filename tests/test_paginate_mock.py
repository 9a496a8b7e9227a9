"""Every list operation of the spec pages through `a2e.paginate` and `a2e.paginate_async`
against the mock, with nothing written per operation: the paging comes from `x-a2e-paging`.

Lists of task families page as declared; the mock answers the other lists with their example
whatever the page and size asked, like a server that ignores both.
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import pytest

import a2e
from a2e.mock import MockA2E
from spec_calls import call, module_of, op_method_path, operations, snake, start_task

LISTS = [op for op in operations() if "x-a2e-paging" in op]


def everything(client: a2e.Client, operation: dict[str, Any]) -> tuple[list[Any], int | None]:
    """The records of one request for the largest page (the mock holds fewer), and the total."""
    paging = operation["x-a2e-paging"]
    arguments = {snake(paging["size"]): 100} if "size" in paging else {}
    data = a2e.unwrap(call(client, operation, **arguments))
    if not paging["records"]:
        return data, None
    total = getattr(data, snake(paging["total"])) if "total" in paging else None
    return getattr(data, snake(paging["records"])), total


def paged(client: a2e.Client, operation: dict[str, Any], driver: str) -> list[Any]:
    module = module_of(operation)
    if driver == "sync":
        return list(a2e.paginate(module, client=client, page_size=2))

    async def run() -> list[Any]:
        return [r async for r in a2e.paginate_async(module, client=client, page_size=2)]

    return asyncio.run(run())


def test_every_list_operation_is_declared() -> None:
    from a2e_client.paging import PAGING

    assert len(PAGING) == len(LISTS) > 0


@pytest.mark.parametrize("driver", ["sync", "async"])
@pytest.mark.parametrize("operation", LISTS, ids=lambda op: op["operationId"])
def test_every_list_operation_pages_to_the_end(
    client: a2e.Client, mock: MockA2E, operation: dict[str, Any], driver: str
) -> None:
    paging = operation["x-a2e-paging"]
    task = operation.get("x-a2e-task") or {}
    started = [start_task(client, task["family"]) for _ in range(3)] if task else []
    expected, total = everything(client, operation)
    method, path = op_method_path(operation)
    before = mock.calls(method, path)
    records = paged(client, operation, driver)
    requests = mock.calls(method, path) - before
    assert [r.id for r in records] == [r.id for r in expected]
    assert len({r.id for r in records}) == len(records)
    if not started:  # the example, whatever was asked: a page, then the same page again at most
        assert requests <= 2
        return
    assert [r.id for r in records][:3] == started[::-1]  # newest first
    if "page" not in paging:
        assert requests == 1
    else:
        assert total is not None
        assert requests == math.ceil(total / 2)


def test_limit_against_the_mock(client: a2e.Client, mock: MockA2E) -> None:
    from a2e_client.api.face_swap import list_face_swap_tasks

    started = [start_task(client, "face_swap") for _ in range(5)]
    before = mock.calls("GET", "/api/v1/userFaceSwapTask/records")
    records = a2e.paginate(list_face_swap_tasks, client=client, page_size=2, limit=3)
    assert [r.id for r in records] == started[::-1][:3]
    assert mock.calls("GET", "/api/v1/userFaceSwapTask/records") - before == 2


def test_an_a2e_failure_on_a_page_raises_its_error(client: a2e.Client) -> None:
    from a2e_client.api.face_swap import list_face_swap_tasks

    for _ in range(3):
        start_task(client, "face_swap")
    failing = client.with_headers({"X-Mock-Fault": "envelope"})
    with pytest.raises(a2e.APIError) as caught:
        list(a2e.paginate(list_face_swap_tasks, client=failing, page_size=2))
    assert caught.value.trace_id
