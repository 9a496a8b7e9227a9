"""The spec as the mock needs it: operations indexed by method and path, with their examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from ..spec_walk import METHODS, resolve


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


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: where it lives, its task role, and its success example."""

    operation_id: str
    method: str
    path: str
    family: str | None
    role: str | None
    example: Any
    id_param: str = "_id"
    public: bool = False
    paging: dict[str, str] | None = None
    # The 200 answer's schema (a `$ref` or inline), as declared.
    answer_schema: Any = None
    # The JSON request body's schema, as declared; whether the operation is deprecated.
    request_schema: Any = None
    deprecated: bool = False
    # The path's segments: literal text, or None where a path parameter sits.
    segments: tuple[str | None, ...] = field(default=(), compare=False)
    parameters: tuple[str, ...] = field(default=(), compare=False)


def _answer(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    response = resolve(spec, operation.get("responses", {}).get("200", {}))
    media: dict[str, Any] = response.get("content", {}).get("application/json", {})
    return media


def _segments(path: str) -> tuple[tuple[str | None, ...], tuple[str, ...]]:
    """The path template's segments and the names of its parameters, each a whole segment."""
    segments: list[str | None] = []
    names: list[str] = []
    for part in path.split("/"):
        if part.startswith("{") and part.endswith("}"):
            segments.append(None)
            names.append(part[1:-1])
        elif "{" in part or "}" in part:
            raise ValueError(f"spec: {path}: a path parameter must be a whole segment")
        else:
            segments.append(part)
    return tuple(segments), tuple(names)


def split_path(raw_path: str) -> tuple[str, ...]:
    """A request path's segments, each percent-decoded on its own (so `%2F` stays inside).

    Bytes that are not UTF-8 become lone surrogates, not U+FFFD, so the checks can refuse them.
    """
    return tuple(unquote(part, errors="surrogateescape") for part in raw_path.split("/"))


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
            answer = _answer(spec, operation)
            segments, parameters = _segments(path)
            found.append(
                Operation(
                    operation_id=operation["operationId"],
                    method=method.upper(),
                    path=path,
                    family=task.get("family"),
                    role=task.get("role"),
                    example=answer.get("example"),
                    answer_schema=answer.get("schema"),
                    request_schema=resolve(spec, operation.get("requestBody", {}))
                    .get("content", {})
                    .get("application/json", {})
                    .get("schema"),
                    deprecated=bool(operation.get("deprecated")),
                    segments=segments,
                    parameters=parameters,
                    id_param=_id_param(spec, operation, task),
                    # `security: []` on an operation means A2E answers it without a token.
                    public=operation.get("security") == [],
                    paging=operation.get("x-a2e-paging"),
                )
            )
    found.sort(key=lambda op: ("{" in op.path, op.path))
    return found


class Router:
    """Finds the operation serving a request: literal paths first, then templated ones."""

    def __init__(self, operations: list[Operation]) -> None:
        self._literal: dict[tuple[str, tuple[str | None, ...]], Operation] = {}
        self._templated: dict[int, list[Operation]] = {}
        self._paths: dict[int, list[Operation]] = {}
        for op in operations:
            self._paths.setdefault(len(op.segments), []).append(op)
            if op.parameters:
                self._templated.setdefault(len(op.segments), []).append(op)
            else:
                self._literal.setdefault((op.method, op.segments), op)

    def find(
        self, method: str, segments: tuple[str, ...]
    ) -> tuple[Operation, dict[str, str]] | None:
        """The operation and its path parameters' values, or None."""
        literal = self._literal.get((method, segments))
        if literal is not None:
            return literal, {}
        for op in self._templated.get(len(segments), ()):
            if op.method == method and _fits(op, segments):
                values = (s for t, s in zip(op.segments, segments, strict=True) if t is None)
                return op, dict(zip(op.parameters, values, strict=True))
        return None

    def path_of(self, segments: tuple[str, ...]) -> str | None:
        """The spec path a request path falls under, whatever the method (for 405)."""
        return next(
            (op.path for op in self._paths.get(len(segments), ()) if _fits(op, segments)), None
        )


def _fits(op: Operation, segments: tuple[str, ...]) -> bool:
    # A parameter takes a whole, non-empty segment.
    return all(
        (s != "" if t is None else s == t) for t, s in zip(op.segments, segments, strict=True)
    )
