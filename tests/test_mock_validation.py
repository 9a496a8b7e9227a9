"""The mock's compiled request checks give openapi-core's verdict, operation by operation."""

from __future__ import annotations

import copy
import json
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from starlette.requests import Request

from a2e.mock import MockA2E, running_mock
from a2e.mock.spec import Operation, split_path
from a2e.mock.validation import CompiledChecker, CoreChecker
from a2e.spec_walk import resolve

AUTH = {"Authorization": "Bearer sk_test"}
MOCK = MockA2E()
CORE = CoreChecker(MOCK.checkers.core)
# Query values a test suite or a fuzzer sends, valid or not for an integer, string or boolean.
QUERY_VALUES = ("abc", "", "0", "-1", "1.5", " 1", "+2", "true", "no", "999999")
BODY_VALUES: tuple[Any, ...] = ({"nested": [1]}, "", 12, None, True)


def scope(method: str, raw_path: str, query: str, content_type: str | None) -> dict[str, Any]:
    headers = [(b"authorization", b"Bearer sk_test")]
    if content_type is not None:
        headers.append((b"content-type", content_type.encode()))
    return {
        "type": "http",
        "method": method,
        "path": raw_path,
        "raw_path": raw_path.encode(),
        "query_string": query.encode(),
        "headers": headers,
        "scheme": "http",
        "server": ("127.0.0.1", 80),
        "root_path": "",
    }


def parameters(op: Operation) -> list[dict[str, Any]]:
    declared = MOCK.spec["paths"][op.path][op.method.lower()]
    return [resolve(MOCK.spec, p) for p in declared.get("parameters", [])]


def valid_request(op: Operation) -> tuple[dict[str, str], dict[str, str], Any]:
    """Path values, query and body of a request the spec accepts."""
    path = dict.fromkeys(op.parameters, "676e1f054c86ff839eae2cc3")
    query = {
        p["name"]: str(p["schema"].get("minimum", 1)) if p["schema"]["type"] == "integer" else "x"
        for p in parameters(op)
        if p["in"] == "query" and p.get("required")
    }
    declared = MOCK.spec["paths"][op.path][op.method.lower()]
    body = resolve(MOCK.spec, declared.get("requestBody", {}))
    example = body.get("content", {}).get("application/json", {}).get("example")
    return path, query, example


def variants(op: Operation) -> list[tuple[dict[str, str], dict[str, str], bytes, str | None]]:
    """The valid request and its mutations: (path values, query, body, content type)."""
    path, query, example = valid_request(op)
    raw = json.dumps(example).encode() if example is not None else b""
    json_type = "application/json" if example is not None else None
    found = [(path, query, raw, json_type)]
    for name in op.parameters:
        for value in (";", "a/b", "%", "x" * 300):
            found.append(({**path, name: value}, query, raw, json_type))
    for parameter in parameters(op):
        if parameter["in"] == "query":
            for value in QUERY_VALUES:
                found.append((path, {**query, parameter["name"]: value}, raw, json_type))
            found.append(
                (path, {k: v for k, v in query.items() if k != parameter["name"]}, raw, json_type)
            )
    if isinstance(example, dict):
        for field in example:
            found.append(
                (
                    path,
                    query,
                    json.dumps({k: v for k, v in example.items() if k != field}).encode(),
                    json_type,
                )
            )
            for value in BODY_VALUES:
                found.append(
                    (path, query, json.dumps({**example, field: value}).encode(), json_type)
                )
        found += [
            (path, query, b"[]", json_type),
            (path, query, b'{"name": ', json_type),
            (path, query, b"\xff\xfe", json_type),
            (path, query, raw, "text/plain"),
            (path, query, raw, "application/json; charset=utf-8"),
            (path, query, b"", None),
        ]
    return found


@pytest.mark.parametrize("op", MOCK.operations, ids=[op.operation_id for op in MOCK.operations])
def test_compiled_checks_agree_with_openapi_core(op: Operation) -> None:
    compiled = MOCK.checkers.by_operation[op.operation_id]
    assert isinstance(compiled, CompiledChecker), "every operation of the spec is compiled"
    for path, query, body, content_type in variants(op):
        template = [s if s is not None else "{}" for s in op.segments]
        values = iter(quote(path[name], safe="") for name in op.parameters)
        raw_path = "/".join(next(values) if s == "{}" else s for s in template)
        found = MOCK.router.find(op.method, split_path(raw_path))
        assert found is not None and found[0] == op, raw_path
        request = Request(scope(op.method, raw_path, urlencode(query), content_type))
        ours = compiled.check(request, body, found[1])
        theirs = CORE.check(request, body, found[1])
        assert bool(ours.errors) == bool(theirs.errors), (raw_path, query, body[:200], ours, theirs)


def test_operations_outside_the_compiled_subset_are_checked_by_openapi_core() -> None:
    spec = copy.deepcopy(MOCK.spec)
    detail = spec["paths"]["/api/v1/userFaceSwapTask/status"]["get"]
    detail["parameters"] = [
        {
            "name": "X-Region",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "enum": ["us", "cn"]},
        }
    ]
    with running_mock(spec=spec) as (url, mock):
        assert isinstance(mock.checkers.by_operation["getFaceSwapTaskStatus"], CoreChecker)
        status = f"{url}/api/v1/userFaceSwapTask/status"
        refused = httpx.get(status, headers={**AUTH, "X-Region": "eu"})
        assert refused.status_code == 400 and "X-Region" in refused.json()["error"]
        assert httpx.get(status, headers={**AUTH, "X-Region": "us"}).status_code == 200


@pytest.mark.parametrize(
    ("raw_path", "query", "body", "named"),
    [
        ("/api/v1/userFaceSwapTask/add", "", b'{"name": "\\ud800"}', "body.name"),
        ("/api/v1/userFaceSwapTask/add", "", b'{"\\udfff": {"a": 1}}', "body.\\udfff"),
        ("/api/v1/userFaceSwapTask/add", "", b'{"name": Infinity}', "body.name"),
        ("/api/v1/userFaceSwapTask/records", "pageNum=%ED%A0%80", b"", "query.pageNum"),
        ("/api/v1/soraVideo/%FF", "", b"", "path._id"),
    ],
)
def test_both_checkers_name_what_no_answer_could_echo(
    raw_path: str, query: str, body: bytes, named: str
) -> None:
    method = "GET" if not body else "POST"
    found = MOCK.router.find(method, split_path(raw_path))
    assert found is not None
    op, path = found
    request = Request(scope(method, raw_path, query, "application/json"))
    for checker in (MOCK.checkers.by_operation[op.operation_id], CORE):
        errors = checker.check(request, body, path).errors
        assert errors and all(e.startswith(f"{named}: ") for e in errors), errors
