"""Check openapi/a2e.yaml: valid OpenAPI 3.1, every example fits its schema, every operation complete.

python scripts/lint_spec.py [path]     prints each problem; exit 1 if there is any
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from walk import METHODS, resolve
from walk import fields as _fields

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml"
BASES = {"docs", "catalog", "code", "guess"}
ROLES = {"start", "detail", "status", "list", "batch", "delete"}
BASE_URI = "urn:a2e"
FAMILY_KEYS = {"title", "schema", "status", "running", "succeeded", "failed", "results", "failure"}
OPTIONAL_FAMILY_KEYS = {"failure_code"}


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """("METHOD /path", operation) for every operation."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def _rebase(node: Any) -> Any:
    """Point local `$ref`s at the registered spec so a sub-schema validates on its own."""
    if isinstance(node, dict):
        return {
            k: BASE_URI + v
            if k == "$ref" and isinstance(v, str) and v.startswith("#")
            else _rebase(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def example_problems(spec: dict[str, Any]) -> Iterator[str]:
    """Every example of a request or response body that does not fit its schema."""
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(BASE_URI, resource)
    for where, operation in operations(spec):
        bodies = [("request", resolve(spec, operation.get("requestBody", {})))]
        bodies += [
            (status, resolve(spec, r)) for status, r in operation.get("responses", {}).items()
        ]
        for label, body in bodies:
            media = body.get("content", {}).get("application/json", {})
            if "example" not in media:
                continue
            validator = OAS31Validator(
                _rebase(media.get("schema", {})),
                registry=registry,
                format_checker=OAS31Validator.FORMAT_CHECKER,
            )
            for error in validator.iter_errors(media["example"]):
                location = "/".join(str(p) for p in error.absolute_path)
                yield f"{where} {label} example at /{location}: {error.message}"


def operation_problems(spec: dict[str, Any]) -> Iterator[str]:
    """Every operation that misses something each operation must have."""
    tags = {tag["name"] for tag in spec.get("tags", [])}
    seen: dict[str, str] = {}
    for where, op in operations(spec):
        operation_id = op.get("operationId", "")
        if not re.fullmatch(r"[a-z][A-Za-z0-9]+", operation_id):
            yield f"{where}: operationId {operation_id!r} is not a camelCase name"
        if operation_id in seen:
            yield f"{where}: operationId {operation_id} is also used by {seen[operation_id]}"
        seen[operation_id] = where
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags:
            yield f"{where}: needs exactly one tag, declared under `tags`"
        for field in ("summary", "description"):
            if not str(op.get(field, "")).strip():
                yield f"{where}: no {field}"
        basis = op.get("x-a2e-basis")
        if basis not in BASES:
            yield f"{where}: x-a2e-basis must be one of {sorted(BASES)}, got {basis!r}"
        elif (
            basis in {"code", "guess"}
            and "unverified" not in str(op.get("description", "")).lower()
        ):
            yield f"{where}: basis {basis} but the description does not say it is unverified"
        task = op.get("x-a2e-task")
        if task is not None and task.get("role") not in ROLES:
            yield f"{where}: x-a2e-task role must be one of {sorted(ROLES)}"
        responses = op.get("responses", {})
        media = (
            resolve(spec, responses.get("200", {})).get("content", {}).get("application/json", {})
        )
        if "schema" not in media or "example" not in media:
            yield f"{where}: the 200 response needs a JSON schema and an example"
        if "401" not in responses:
            yield f"{where}: no 401 response"


def paging_problems(spec: dict[str, Any]) -> Iterator[str]:
    """Every `x-a2e-paging` that names a parameter or a field its operation does not have."""
    for where, op in operations(spec):
        paging = op.get("x-a2e-paging")
        if paging is None:
            continue
        if not set(paging) <= {"page", "size", "records", "total"} or "records" not in paging:
            yield f"{where}: x-a2e-paging takes records and optionally page, size, total"
            continue
        names = {resolve(spec, p)["name"] for p in op.get("parameters", [])}
        for key in ("page", "size"):
            if key in paging and paging[key] not in names:
                yield f"{where}: x-a2e-paging {key} {paging[key]!r} is not a parameter"
        media = resolve(spec, op["responses"]["200"]).get("content", {}).get("application/json", {})
        data = _fields(spec, media.get("schema", {}))[0].get("data", {})
        for key in ("records", "total"):
            if paging.get(key) and paging[key] not in _fields(spec, data)[0]:
                yield f"{where}: x-a2e-paging {key} {paging[key]!r} is not a field of `data`"


def family_problems(spec: dict[str, Any]) -> Iterator[str]:
    """Every family declaration that does not fit its task schema or its operations."""
    declared: dict[str, Any] = spec.get("x-a2e-families", {})
    roles: dict[str, set[str]] = {}
    for where, op in operations(spec):
        task = op.get("x-a2e-task")
        if task is None:
            continue
        if task.get("family") not in declared:
            yield f"{where}: x-a2e-task names family {task.get('family')!r}, which is not declared"
        roles.setdefault(task.get("family"), set()).add(task.get("role"))
    for name, family in declared.items():
        keys = set(family)
        if not FAMILY_KEYS <= keys <= FAMILY_KEYS | OPTIONAL_FAMILY_KEYS:
            yield f"family {name}: keys must be {sorted(FAMILY_KEYS)} (+ failure_code), got {sorted(keys)}"
            continue
        schema = spec["components"]["schemas"].get(family["schema"])
        if schema is None:
            yield f"family {name}: schema {family['schema']} is not in components.schemas"
            continue
        properties, required = _fields(spec, schema)
        fields = [family["status"], family["failure"], *family["results"]]
        fields += [family["failure_code"]] if "failure_code" in family else []
        for field in fields:
            if field not in properties:
                yield f"family {name}: field {field} is not a property of {family['schema']}"
        if not {"_id", family["status"]} <= required:
            yield f"family {name}: {family['schema']} must require `_id` and its status"
        if not family["succeeded"] or not family["failed"]:
            yield f"family {name}: needs at least one succeeded and one failed status"
        for role in ("start", "detail"):
            if role not in roles.get(name, set()):
                yield f"family {name}: no operation has x-a2e-task role {role}"


def problems(spec: dict[str, Any]) -> list[str]:
    """Everything wrong with the spec; empty when it is fine."""
    try:
        validate(spec)
    except OpenAPIValidationError as error:
        return [f"not valid OpenAPI: {error.message}"]
    return [
        *example_problems(spec),
        *operation_problems(spec),
        *family_problems(spec),
        *paging_problems(spec),
    ]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC_PATH
    found = problems(yaml.safe_load(path.read_text()))
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        return 1
    print(f"{path.name}: valid; every example fits; every operation complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
