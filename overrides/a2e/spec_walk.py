"""Walking the spec's structure: following local `$ref`s, listing operations, object fields.

The mock, the drift checks, the doctor and the scripts all read the spec through these
functions. It imports nothing from `a2e` or `a2e_client`: the scripts load this file on its own,
so that generating still works while generated/ does not import.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")


def pointer(ref: str) -> tuple[str, ...]:
    """The keys a local `$ref` ("#/components/schemas/Task") names, unescaped (RFC 6901)."""
    return tuple(
        part.replace("~1", "/").replace("~0", "~") for part in ref.removeprefix("#/").split("/")
    )


def at(spec: Any, where: tuple[str, ...]) -> Any:
    """The node at the keys `where` (list positions given as digits)."""
    node = spec
    for part in where:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def follow(spec: dict[str, Any], where: tuple[str, ...]) -> tuple[tuple[str, ...], Any]:
    """The node at `where` through its `$ref`s, and the keys where it really sits."""
    node = at(spec, where)
    while isinstance(node, dict) and "$ref" in node:
        where = pointer(node["$ref"])
        node = at(spec, where)
    return where, node


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s from `node` until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        node = at(spec, pointer(node["$ref"]))
    return node


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every operation, in the spec's order."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def fields(spec: dict[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    """(properties, required names) of an object schema, through `$ref` and `allOf`."""
    schema = resolve(spec, schema)
    properties: dict[str, Any] = {}
    required: set[str] = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, needed = fields(spec, part)
        properties.update(more)
        required |= needed
    properties.update(schema.get("properties", {}))
    return properties, required
