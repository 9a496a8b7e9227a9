"""Every family's list operation pages in the mock as its `x-a2e-paging` declares."""

from __future__ import annotations

from typing import Any

import pytest

import a2e
from spec_calls import call, operations, snake, start_task

LISTS = [op for op in operations() if (op.get("x-a2e-task") or {}).get("role") == "list"]


def page_of(client: a2e.Client, operation: dict[str, Any], page: int, size: int) -> Any:
    """Records and total (None when not declared) of one page, read through the typed client."""
    paging = operation["x-a2e-paging"]
    arguments = {}
    if "page" in paging:
        arguments[snake(paging["page"])] = page
    if "size" in paging:
        arguments[snake(paging["size"])] = size
    data = a2e.unwrap(call(client, operation, **arguments))
    if not paging["records"]:
        return data, None
    records = getattr(data, snake(paging["records"]))
    total = getattr(data, snake(paging["total"])) if "total" in paging else None
    return records, total


@pytest.mark.parametrize("operation", LISTS, ids=lambda op: op["operationId"])
def test_list_pages_as_declared(client: a2e.Client, operation: dict[str, Any]) -> None:
    paging = operation["x-a2e-paging"]
    family = operation["x-a2e-task"]["family"]
    started = [start_task(client, family) for _ in range(3)]
    first, total = page_of(client, operation, 1, 2)
    if "page" not in paging:  # no paging parameters: everything at once
        assert set(started) <= {task.id for task in first}
        return
    assert len(first) == 2
    assert [task.id for task in first] == started[::-1][:2]  # newest first
    if total is not None:
        assert total >= 3
        last_page = (total + 1) // 2
        last, _ = page_of(client, operation, last_page, 2)
        assert len(last) == total - 2 * (last_page - 1)
        beyond, _ = page_of(client, operation, last_page + 1, 2)
        assert len(beyond) == 0


PLAIN_LISTS = [
    op for op in operations() if "x-a2e-task" not in op and "page" in (op.get("x-a2e-paging") or {})
]


@pytest.mark.parametrize("operation", PLAIN_LISTS, ids=lambda op: op["operationId"])
def test_lists_without_a_family_page_their_example(
    client: a2e.Client, operation: dict[str, Any]
) -> None:
    """Page 1 holds the example's records and a later page none, so that paging ends."""
    first, total = page_of(client, operation, 1, 100)
    assert len(first) >= 1
    assert total is None or total == len(first)
    beyond, _ = page_of(client, operation, 2, 100)
    assert len(beyond) == 0
