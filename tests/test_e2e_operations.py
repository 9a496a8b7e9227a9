"""Every operation of the spec, called through the generated client against the mock.

Requests are built from the spec's own examples; ids of task families come from a task
started first, so reads and deletes find a real task. The answer must parse into the model
the spec names for the 200 response.
"""

from __future__ import annotations

import importlib
import re
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import a2e

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml").read_text()
)
METHODS = ("get", "post", "put", "patch", "delete")


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower().lstrip("_")


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations() -> list[dict[str, Any]]:
    return [item[m] for item in SPEC["paths"].values() for m in METHODS if m in item]


def module_of(operation: dict[str, Any]) -> ModuleType:
    tag = re.sub(r"[^a-z0-9]+", "_", operation["tags"][0].lower()).strip("_")
    name = re.sub(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", "_", snake(operation["operationId"]))
    return importlib.import_module(f"a2e_client.api.{tag}.{name}")


def body_example(operation: dict[str, Any]) -> Any:
    return operation["requestBody"]["content"]["application/json"]["example"]


def start_of(family: str) -> dict[str, Any]:
    return next(
        op
        for op in operations()
        if op.get("x-a2e-task") == {"family": family, "role": "start"} and not op.get("deprecated")
    )


def call(client: a2e.Client, operation: dict[str, Any], **overrides: Any) -> Any:
    module = module_of(operation)
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    if "requestBody" in operation:
        example = {**body_example(operation), **overrides.pop("body", {})}
        kwargs["body"] = hints["body"].from_dict(example)
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


def task_id_for(client: a2e.Client, family: str) -> str:
    data = a2e.unwrap(call(client, start_of(family)))
    return str((data[0] if isinstance(data, list) else data).id)


@pytest.mark.parametrize("operation", operations(), ids=lambda op: op["operationId"])
def test_operation_answers_its_typed_model(client: a2e.Client, operation: dict[str, Any]) -> None:
    task = operation.get("x-a2e-task") or {}
    overrides: dict[str, Any] = {}
    if task.get("role") in ("detail", "delete"):
        task_id = task_id_for(client, task["family"])
        name = task.get("id", "_id")
        if any(resolve(p)["name"] == name for p in operation.get("parameters", [])):
            overrides[snake(name)] = task_id
        else:
            overrides["body"] = {name: task_id}
    if task.get("role") == "batch":
        overrides["body"] = {"ids": [task_id_for(client, task["family"])]}
    response = call(client, operation, **overrides)
    expected = resolve(operation["responses"]["200"])["content"]["application/json"]["schema"][
        "$ref"
    ].rsplit("/", 1)[1]
    assert type(response.parsed).__name__ == expected
    assert a2e.unwrap(response) is not None or expected == "Envelope"


def test_every_operation_has_a_module() -> None:
    assert all(hasattr(module_of(op), "sync_detailed") for op in operations())
