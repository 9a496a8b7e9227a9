"""A task's record in the mock: the fields its start sent, A2E's defaults for the rest, the
same on every later read."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import a2e
from spec_calls import SPEC, op_method_path, request_fields, resolve, start_of

AUTH = {"Authorization": "Bearer sk_test"}
FAMILIES = sorted(a2e.TASK_FAMILIES)


def _properties(schema: Any) -> tuple[dict[str, Any], set[str]]:
    """(properties, each resolved, and required names) of an object schema, through `$ref`
    and `allOf`."""
    schema = resolve(schema)
    found: dict[str, Any] = {}
    required = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, needed = _properties(part)
        found.update(more)
        required |= needed
    found.update({k: resolve(v) for k, v in schema.get("properties", {}).items()})
    return found, required


def _task_fields(family: str) -> set[str]:
    schema = SPEC["x-a2e-families"][family]["schema"]
    return set(_properties({"$ref": f"#/components/schemas/{schema}"})[0])


def _request(family: str) -> tuple[dict[str, Any], dict[str, Any], set[str]]:
    """(the start's body example, its body schema's properties, its required fields)."""
    media = start_of(family)["requestBody"]["content"]["application/json"]
    return media["example"], *_properties(media["schema"])


def _started(base_url: str, family: str, body: dict[str, Any]) -> dict[str, Any]:
    method, path = op_method_path(start_of(family))
    response = httpx.request(method, f"{base_url}{path}", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    record: dict[str, Any] = data[0] if isinstance(data, list) else data
    return record


def _later_reads(client: a2e.Client, family: str, task_id: str) -> list[dict[str, Any]]:
    """The task as its detail read and its batch read (where the family has one) show it."""
    fast = a2e.PollSchedule(initial=0.001, maximum=0.01)
    one = a2e.wait(client, family, task_id, timeout=10, schedule=fast)
    many = a2e.wait_many(client, family, [task_id], timeout=10, schedule=fast)[task_id]
    return [one.to_dict(), many.to_dict()]


@pytest.mark.parametrize("family", FAMILIES)
def test_a_start_shows_the_fields_sent_and_so_does_every_later_read(
    base_url: str, client: a2e.Client, family: str
) -> None:
    example, fields, _ = _request(family)
    body = dict(example)
    if "name" in fields:
        body["name"] = f"sent by the test for {family}"
    shown = {k: v for k, v in body.items() if k in _task_fields(family)}
    record = _started(base_url, family, body)
    assert {k: record.get(k) for k in shown} == shown
    for read in _later_reads(client, family, record["_id"]):
        assert {k: read.get(k) for k in shown} == shown
    # A field the task record does not declare is not invented into it.
    assert not {k for k in body if k not in _task_fields(family)} & set(record)


@pytest.mark.parametrize("family", FAMILIES)
def test_fields_left_out_take_a2e_s_defaults(
    base_url: str, client: a2e.Client, family: str
) -> None:
    example, fields, required = _request(family)
    defaults = {k: f["default"] for k, f in fields.items() if "default" in f and k not in required}
    expected = {k: v for k, v in defaults.items() if k in _task_fields(family)}
    record = _started(base_url, family, {k: v for k, v in example.items() if k in required})
    assert {k: record.get(k) for k in expected} == expected
    for read in _later_reads(client, family, record["_id"]):
        assert {k: read.get(k) for k in expected} == expected


def test_the_example_fills_only_what_was_neither_sent_nor_defaulted(base_url: str) -> None:
    detail = SPEC["paths"]["/api/v1/userText2Image/{_id}"]["get"]
    example = detail["responses"]["200"]["content"]["application/json"]["example"]["data"]
    assert example["name"] == "Test Name" and example["height"] == 768
    record = _started(base_url, "text_to_image", {"name": "my cat", "prompt": "a cat, in oils"})
    assert record["name"] == "my cat" and record["prompt"] == "a cat, in oils"
    assert record["height"] == 1024  # A2E's default, not the example's 768
    assert "webhook_url" not in record
    assert request_fields(start_of("text_to_image")) >= {"name", "prompt", "height"}
