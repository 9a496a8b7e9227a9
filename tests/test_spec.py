"""The spec is valid OpenAPI, every example fits its schema, and every operation is complete."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
METHODS = ("get", "post", "put", "patch", "delete")
BASES = {"docs", "catalog", "code", "guess"}
ROLES = {"start", "detail", "status", "list", "batch", "delete"}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, item[method])
        for path, item in SPEC["paths"].items()
        for method in METHODS
        if method in item
    ]


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def examples() -> list[tuple[str, Any, Any]]:
    """(where, schema, example) for every example of a request or response body."""
    found: list[tuple[str, Any, Any]] = []
    for method, path, operation in operations():
        bodies = [("request", resolve(operation.get("requestBody", {})))]
        bodies += [(status, resolve(r)) for status, r in operation["responses"].items()]
        for label, body in bodies:
            media = body.get("content", {}).get("application/json", {})
            if "example" in media:
                found.append((f"{method} {path} {label}", media["schema"], media["example"]))
    return found


def validator_for(schema: Any) -> OAS31Validator:
    resource = Resource.from_contents(SPEC, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:a2e", resource)
    return OAS31Validator(
        _rebase(schema), registry=registry, format_checker=OAS31Validator.FORMAT_CHECKER
    )


def _rebase(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: ("urn:a2e" + v if k == "$ref" and v.startswith("#") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def test_spec_is_valid_openapi() -> None:
    validate(SPEC)


@pytest.mark.parametrize(
    ("where", "schema", "example"), examples(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_example_fits_its_schema(where: str, schema: Any, example: Any) -> None:
    errors = [e.message for e in validator_for(schema).iter_errors(example)]
    assert errors == [], f"{where}: {errors}"


def test_a_broken_example_is_caught() -> None:
    """The example check itself can fail: a task without its id is refused."""
    schema = {"$ref": "#/components/schemas/FaceSwapTask"}
    assert list(validator_for(schema).iter_errors({"current_status": "completed"}))


@pytest.mark.parametrize(
    ("method", "path", "operation"), operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_operation_is_complete(method: str, path: str, operation: dict[str, Any]) -> None:
    assert re.fullmatch(r"[a-z][A-Za-z0-9]+", operation["operationId"])
    assert len(operation["tags"]) == 1
    assert operation["tags"][0] in {tag["name"] for tag in SPEC["tags"]}
    assert operation["summary"].strip() and operation["description"].strip()
    assert operation["x-a2e-basis"] in BASES
    if operation["x-a2e-basis"] in {"code", "guess"}:
        assert "unverified" in operation["description"].lower()
    ok = resolve(operation["responses"]["200"])
    media = ok["content"]["application/json"]
    assert "schema" in media and "example" in media
    assert "401" in operation["responses"]
    task = operation.get("x-a2e-task")
    if task is not None:
        assert task["role"] in ROLES


def test_operation_ids_are_unique() -> None:
    ids = [operation["operationId"] for _, _, operation in operations()]
    assert len(ids) == len(set(ids))


def test_servers_put_https_global_first() -> None:
    assert SPEC["servers"][0]["url"] == "https://video.a2e.ai"
    assert "unverified" in SPEC["servers"][1]["description"].lower()
