"""The one helper that walks the spec: references, operations, object fields."""

from __future__ import annotations

from typing import Any

import pytest

from a2e.spec_walk import fields, follow, operations, pointer, resolve

SPEC: dict[str, Any] = {
    "paths": {
        "/a/{id}": {
            "parameters": [],
            "get": {"operationId": "getA"},
            "delete": {"operationId": "deleteA"},
        },
        "/b": {"post": {"operationId": "startB"}},
    },
    "components": {
        "schemas": {
            "Base": {"required": ["code"], "properties": {"code": {}, "data": {}}},
            "Task": {
                "allOf": [{"$ref": "#/components/schemas/Base"}],
                "required": ["data"],
                "properties": {"data": {"type": "object"}, "trace_id": {}},
            },
            "Alias": {"$ref": "#/components/schemas/Task"},
            "a/b~c": {"type": "string"},
        },
        "parameters": {"Id": {"$ref": "#/components/parameters/Real"}, "Real": {"name": "id"}},
    },
}


def test_a_reference_is_followed_to_the_node_it_names_through_chains() -> None:
    assert (
        resolve(SPEC, {"$ref": "#/components/schemas/Alias"})
        is SPEC["components"]["schemas"]["Task"]
    )
    assert resolve(SPEC, {"type": "integer"}) == {"type": "integer"}
    where, node = follow(SPEC, ("components", "parameters", "Id"))
    assert where == ("components", "parameters", "Real") and node == {"name": "id"}


def test_escaped_names_in_a_reference_are_unescaped() -> None:
    assert pointer("#/components/schemas/a~1b~0c") == ("components", "schemas", "a/b~c")
    assert resolve(SPEC, {"$ref": "#/components/schemas/a~1b~0c"}) == {"type": "string"}


def test_operations_come_in_the_spec_order_and_skip_path_item_keys() -> None:
    assert [(m, p, op["operationId"]) for m, p, op in operations(SPEC)] == [
        ("get", "/a/{id}", "getA"),
        ("delete", "/a/{id}", "deleteA"),
        ("post", "/b", "startB"),
    ]


def test_fields_merge_all_of_parts_and_own_properties() -> None:
    properties, required = fields(SPEC, {"$ref": "#/components/schemas/Alias"})
    assert list(properties) == ["code", "data", "trace_id"]
    assert properties["data"] == {"type": "object"}  # the schema's own declaration wins
    assert required == {"code", "data"}


def test_a_reference_to_nothing_raises() -> None:
    with pytest.raises(KeyError):
        resolve(SPEC, {"$ref": "#/components/schemas/Missing"})
