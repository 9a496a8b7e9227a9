"""The spec as the mock needs it: operations indexed by method and path, with their examples."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "post", "put", "patch", "delete")


def load_spec(path: str | Path | None = None) -> dict[str, Any]:
    """The spec at `path`, or the one shipped with the generated client."""
    if path is None:
        text = (resources.files("a2e_client") / "openapi.yaml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    # libyaml's loader is ten times faster on a spec this size; PyYAML may be built without it.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(text, Loader=loader)
    return spec


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s until a node that is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: where it lives, its task role, and its success example."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    family: str | None
    role: str | None
    example: Any
    id_param: str = "_id"
    public: bool = False
    paging: dict[str, str] | None = None


def _example(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    response = resolve(spec, operation.get("responses", {}).get("200", {}))
    media = response.get("content", {}).get("application/json", {})
    return media.get("example")


def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{regex}$")


def _id_param(spec: dict[str, Any], operation: dict[str, Any], task: dict[str, Any]) -> str:
    """Where a task operation takes its id: the declared name, else its path parameter, else
    `_id` (in the query or the body)."""
    if "id" in task:
        return str(task["id"])
    parameters = [resolve(spec, p) for p in operation.get("parameters", [])]
    return next((str(p["name"]) for p in parameters if p.get("in") == "path"), "_id")


def index_operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation of the spec; literal paths sort before templated ones so they win."""
    found: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            task = operation.get("x-a2e-task") or {}
            found.append(
                Operation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    pattern=_pattern(path),
                    family=task.get("family"),
                    role=task.get("role"),
                    example=_example(spec, operation),
                    id_param=_id_param(spec, operation, task),
                    # `security: []` on an operation means A2E answers it without a token.
                    public=operation.get("security") == [],
                    paging=operation.get("x-a2e-paging"),
                )
            )
    found.sort(key=lambda op: ("{" in op.path, op.path))
    return found


def match(operations: list[Operation], method: str, path: str) -> Operation | None:
    """The operation serving `method path` (openapi-core reads its parameters)."""
    return next((op for op in operations if op.method == method and op.pattern.match(path)), None)
