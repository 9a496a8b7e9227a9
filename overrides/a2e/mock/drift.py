"""The `drift` fault: a successful answer whose `data` strays from the spec, as A2E's may.

HTTP 200, `code` 0 and an otherwise normal body, with `data` changed one way:
    missing   a field the spec requires is left out (a task's `_id`, a list item's field)
    type      a field's JSON type changes (a string becomes a number, a number a string)
    list      an object `data` comes wrapped in a one-element list (a list, as its first item)
    null      `data` is null
The answer's `X-Mock-Drift` header says what was changed, or why nothing could be.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse, Response

from ..spec_walk import resolve

DRIFTS = ("missing", "type", "list", "null")
HEADER = "X-Mock-Drift"
Path = list[str | int]


def _parts(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The schema and the subschemas it is made of (allOf, and the first of oneOf/anyOf)."""
    found: list[dict[str, Any]] = []
    pending = [schema]
    while pending:
        node = resolve(spec, pending.pop())
        if not isinstance(node, dict):
            continue
        found.append(node)
        pending += node.get("allOf", [])
        pending += [options[0] for options in (node.get("oneOf"), node.get("anyOf")) if options]
    return found


def _property(spec: dict[str, Any], schema: Any, name: str) -> Any:
    return next(
        (p["properties"][name] for p in _parts(spec, schema) if name in p.get("properties", {})),
        None,
    )


def _items(spec: dict[str, Any], schema: Any) -> Any:
    return next((p["items"] for p in _parts(spec, schema) if "items" in p), None)


def _required(spec: dict[str, Any], schema: Any) -> list[str]:
    return [name for part in _parts(spec, schema) for name in part.get("required", [])]


def _single_type(spec: dict[str, Any], schema: Any) -> str | None:
    types = {p["type"] for p in _parts(spec, schema) if isinstance(p.get("type"), str)}
    return types.pop() if len(types) == 1 else None


def _search(
    spec: dict[str, Any], value: Any, schema: Any, wanted: Callable[[Any, Any, bool], bool]
) -> Path | None:
    """The first field (required ones first, depth first) for which `wanted` holds."""
    if isinstance(value, list):
        found = _search(spec, value[0], _items(spec, schema), wanted) if value else None
        return None if found is None else [0, *found]
    if not isinstance(value, dict):
        return None
    required = [n for n in _required(spec, schema) if n in value]
    names = required + [n for n in value if n not in required]
    for name in names:
        if wanted(value[name], _property(spec, schema, name), name in required):
            return [name]
    for name in names:
        found = _search(spec, value[name], _property(spec, schema, name), wanted)
        if found is not None:
            return [name, *found]
    return None


def _other_type(value: Any) -> Any:
    """A value of another JSON type: a string becomes a number, anything else a string."""
    if isinstance(value, str):
        return len(value) or 1
    if isinstance(value, bool):
        return str(value).lower()
    return json.dumps(value)


def _changed(spec: dict[str, Any], kind: str, data: Any, schema: Any) -> tuple[Any, str]:
    """`data` drifted by `kind`, and what was done (or why nothing was)."""
    if kind == "null":
        return None, "null data"
    if kind == "list":
        if isinstance(data, list):
            return (data[0] if data else {}), "list data as its first item"
        return [data], "data wrapped in a list"
    if kind == "missing":
        path = _search(spec, data, schema, lambda _v, _s, required: required)
        if path is None:
            return data, "none: nothing required in this answer's data"
        _at(data, path[:-1]).pop(path[-1])
        return data, f"missing {_name(path)}"
    path = _search(spec, data, schema, lambda v, s, _r: _typed(spec, v, s))
    if path is None:
        if not _typed(spec, data, schema):
            return data, "none: no field of a single declared type in this answer's data"
        return _other_type(data), "type data"
    parent = _at(data, path[:-1])
    parent[path[-1]] = _other_type(parent[path[-1]])
    return data, f"type {_name(path)}"


def _typed(spec: dict[str, Any], value: Any, schema: Any) -> bool:
    """Whether the schema allows one JSON type only and `value` has it (so a change breaks it)."""
    single = _single_type(spec, schema) if schema is not None else None
    kinds = {"string": str, "boolean": bool, "object": dict, "array": list}
    if single in ("integer", "number"):
        return isinstance(value, int | float) and not isinstance(value, bool)
    expected = kinds.get(single or "")
    return expected is not None and isinstance(value, expected)


def _at(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _name(path: Path) -> str:
    return "data" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def drifted(spec: dict[str, Any], response: Response, kind: str, answer_schema: Any) -> Response:
    """`response` with its `data` drifted, when it is a successful envelope; else as it was."""
    try:
        body = json.loads(bytes(response.body))
    except ValueError:
        body = None
    if response.status_code != 200 or not isinstance(body, dict) or body.get("code") != 0:
        response.headers[HEADER] = "none: not a successful answer"
        return response
    data_schema = _property(spec, answer_schema, "data") if answer_schema is not None else None
    body["data"], done = _changed(spec, kind, body.get("data"), data_schema)
    return JSONResponse(body, headers={HEADER: done})
