"""Every operation of the spec, called through the generated client against the mock.

Requests are built from the spec's own examples; ids of task families come from a task
started first, so reads and deletes find a real task. The answer must parse into the model
the spec names for the 200 response.
"""

from __future__ import annotations

from typing import Any

import pytest
from openapi_python_client.strings import ClassName

import a2e
from spec_calls import call, id_name, module_of, operations, resolve, snake, start_task


@pytest.mark.parametrize("operation", operations(), ids=lambda op: op["operationId"])
def test_operation_answers_its_typed_model(client: a2e.Client, operation: dict[str, Any]) -> None:
    task = operation.get("x-a2e-task") or {}
    overrides: dict[str, Any] = {}
    if task.get("role") in ("detail", "delete"):
        task_id = start_task(client, task["family"])
        name = id_name(operation)
        if any(resolve(p)["name"] == name for p in operation.get("parameters", [])):
            overrides[snake(name)] = task_id
        else:
            overrides["body"] = {name: task_id}
    if task.get("role") == "batch":
        overrides["body"] = {"ids": [start_task(client, task["family"])]}
    response = call(client, operation, **overrides)
    expected = resolve(operation["responses"]["200"])["content"]["application/json"]["schema"][
        "$ref"
    ].rsplit("/", 1)[1]
    assert type(response.parsed).__name__ == ClassName(expected, prefix="")
    assert a2e.unwrap(response) is not None or expected == "Envelope"


def test_every_operation_has_a_module() -> None:
    assert all(hasattr(module_of(op), "sync_detailed") for op in operations())
