"""Call any operation of the spec through the generated client, with the spec's own examples."""

from __future__ import annotations

import importlib
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

import a2e
from a2e import spec_walk
from a2e_client.types import Unset

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml").read_text()
)


def snake(name: str) -> str:
    """The Python name the generator gives a wire name."""
    return str(PythonIdentifier(name, prefix=""))


def resolve(node: Any) -> Any:
    return spec_walk.resolve(SPEC, node)


def operations() -> list[dict[str, Any]]:
    return [operation for _, _, operation in spec_walk.operations(SPEC)]


def module_name(operation: dict[str, Any]) -> str:
    """`<section>.<operation>` under a2e_client.api, named as the generator names it."""
    tag = PythonIdentifier(operation["tags"][0], prefix="tag")
    return f"{tag}.{PythonIdentifier(operation['operationId'], prefix='')}"


def module_of(operation: dict[str, Any]) -> ModuleType:
    """The generated module of an operation."""
    return importlib.import_module(f"a2e_client.api.{module_name(operation)}")


def op_method_path(operation: dict[str, Any]) -> tuple[str, str]:
    """("METHOD", "/path") of an operation of the spec."""
    for method, path, found in spec_walk.operations(SPEC):
        if found is operation:
            return method.upper(), path
    raise KeyError(operation["operationId"])


def request_fields(operation: dict[str, Any]) -> set[str]:
    """Names of the JSON body fields an operation takes (through `$ref` and `allOf`)."""
    media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    return set(spec_walk.fields(SPEC, media.get("schema", {}))[0])


def id_name(operation: dict[str, Any]) -> str:
    """The wire name of the task id a family operation takes (as the mock reads it)."""
    task = operation.get("x-a2e-task") or {}
    if "id" in task:
        return str(task["id"])
    path = [p["name"] for p in map(resolve, operation.get("parameters", [])) if p["in"] == "path"]
    return str(path[0]) if path else "_id"


def start_of(family: str) -> dict[str, Any]:
    """The current (not deprecated) operation that starts a task of `family`."""
    return next(
        op
        for op in operations()
        if op.get("x-a2e-task") == {"family": family, "role": "start"} and not op.get("deprecated")
    )


def call(client: a2e.Client, operation: dict[str, Any], **overrides: Any) -> Any:
    """`sync_detailed` of the operation, with its body example and placeholder required parameters."""
    module = module_of(operation)
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    if "requestBody" in operation:
        example = operation["requestBody"]["content"]["application/json"]["example"]
        # An optional body is typed `Model | Unset`.
        model = next(t for t in typing.get_args(hints["body"]) or [hints["body"]] if t is not Unset)
        kwargs["body"] = model.from_dict({**example, **overrides.pop("body", {})})
    for parameter in map(resolve, operation.get("parameters", [])):
        if parameter.get("required"):
            schema = parameter["schema"]
            value = (
                schema.get("minimum", 1)
                if schema["type"] == "integer"
                else "676e1f054c86ff839eae2cc3"
            )
            kwargs[snake(parameter["name"])] = value
    kwargs.update(overrides)
    return module.sync_detailed(client=client, **kwargs)


def start_task(
    client: a2e.Client,
    family: str,
    *,
    body: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> str:
    """Start a task of `family` from the spec's example, its fields overridden by `body`;
    `headers` script the mock (X-Mock-Fail...). The one way the suite starts tasks, but for
    the tests of the typed start operation itself."""
    scripted = client.with_headers(headers) if headers else client
    data = a2e.unwrap(call(scripted, start_of(family), **({"body": body} if body else {})))
    return str((data[0] if isinstance(data, list) else data).id)
