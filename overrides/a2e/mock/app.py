"""The mock A2E server: an ASGI app (Starlette requests and responses) driven by the spec.

Each request is checked for a bearer token shaped like an A2E API token, `sk_...` (401
otherwise), and validated against the spec with openapi-core (400 naming the field
otherwise). Task families are stateful; every other operation answers with its example.

A task started with a `webhook_url` also moves one stage every `stage_seconds` by itself, and
its webhook is called when it ends (see `webhooks.py`).

Tests script a task's fate with headers on its start request:
    X-Mock-Fail: <message>      the task ends in its family's failure status with this message
    X-Mock-Reads-Per-Stage: n   the task advances one stage every n reads (default: the server's)
    X-Mock-Stages: a,b,c        the statuses it passes through before the terminal one

and ask for faults on any request (see `faults.py`):
    X-Mock-Fault: 429 | 500 | 502 | 503 | drop | malformed | envelope | latency=<seconds>
    X-Mock-Fault-Times: n       only the first n such requests to this path fail (default: all)
    X-Mock-Fault-Id: <any>      counts of X-Mock-Fault-Times are kept apart per id
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_core.unmarshalling.request.datatypes import RequestUnmarshalResult
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from a2e.tasks import TASK_FAMILIES, TaskFamily

from .faults import FaultInjector
from .spec import Operation, index_operations, load_spec, match
from .storage import PREFIX, Storage
from .store import MockTask, TaskStore, now_iso
from .webhooks import WebhookSender


def error_body(status: int, message: str, code: str) -> JSONResponse:
    """A 4xx answer in A2E's newer error shape (the spec's ErrorResponse)."""
    body = {"success": False, "error": message, "code": code, "timestamp": now_iso()}
    return JSONResponse(body, status_code=status)


def envelope(data: Any) -> JSONResponse:
    return JSONResponse({"code": 0, "data": data, "trace_id": str(uuid.uuid4())})


def _text_of(error: BaseException) -> str:
    # Some openapi-core errors decode the raw body in __str__, which fails on invalid UTF-8.
    try:
        return str(error)
    except UnicodeDecodeError:
        return "the body is not valid UTF-8 JSON"


def describe_errors(errors: list[Exception]) -> str:
    """One line naming each field openapi-core rejected and why."""
    lines: list[str] = []
    for error in errors:
        cause = error.__cause__
        location = "body"
        name = getattr(error, "name", None)
        if name is not None:
            location = f"{getattr(error, 'location', 'parameter')}.{name}"
        details = getattr(cause, "schema_errors", None)
        if details:
            for detail in details:
                path = ".".join(str(p) for p in detail.absolute_path)
                lines.append(f"{location}{'.' + path if path else ''}: {detail.message}")
        else:
            lines.append(f"{location}: {_text_of(cause or error)}")
    return "; ".join(lines)


VERDICTS_KEPT = 4096
# Operations whose answer must point at the mock's own storage to be usable.
PRESIGN_OPERATIONS = frozenset({"getUploadUrl", "getUploadUrlLegacy"})


class _OpenAPIRequest(StarletteOpenAPIRequest):
    """The request as openapi-core reads it, with `;` kept inside path segments.

    openapi-core joins the path to the server URL and parses it again, which takes a path
    segment that is only `;` for URL parameters and reads the id as empty. Encoding `;` keeps
    every schema-valid id (schemathesis sends `%3B`) a non-empty value.
    """

    @property
    def path(self) -> str:
        return super().path.replace(";", "%3B")


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


class MockA2E:
    """The mock as an ASGI app, with its state: the spec, its operations, the tasks."""

    def __init__(
        self,
        spec: dict[str, Any] | None = None,
        *,
        reads_per_stage: int = 1,
        stage_seconds: float = 0.05,
        fault: str | None = None,
        fault_rate: float = 1.0,
        seed: int | None = None,
    ) -> None:
        self.spec = copy.deepcopy(spec if spec is not None else load_spec())
        # Requests are validated against whatever address the mock listens on.
        self.spec["servers"] = [{"url": "/"}]
        self.openapi = OpenAPI.from_dict(self.spec)
        self.operations = index_operations(self.spec)
        self.families: dict[str, TaskFamily[Any]] = {
            op.family: TASK_FAMILIES[op.family] for op in self.operations if op.family
        }
        self.tasks = TaskStore(self._templates(), reads_per_stage=reads_per_stage)
        self.requests: list[RecordedRequest] = []
        self.faults = FaultInjector(fault, fault_rate, seed)
        self.storage = Storage()
        self._verdicts: dict[tuple[str, str, str, str, bytes], RequestUnmarshalResult] = {}
        self.webhooks = WebhookSender(stage_seconds)

    def _templates(self) -> dict[str, dict[str, Any]]:
        """Each family's task record, taken from the example of its detail operation."""
        templates: dict[str, dict[str, Any]] = {}
        for op in self.operations:
            if op.role == "detail" and op.family and isinstance(op.example, dict):
                data: Any = op.example.get("data")
                templates[op.family] = data[0] if isinstance(data, list) else data
        missing = set(self.families) - set(templates)
        if missing:
            raise ValueError(f"spec: task families without a detail example: {sorted(missing)}")
        return templates

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # No router: every method and every path (even one with a newline) reaches `handle`.
        if scope["type"] != "http":
            return
        response = await self.handle(Request(scope, receive))
        await response(scope, receive, send)

    def calls(self, method: str, path: str) -> int:
        """How many requests reached `method path` (faulted ones included)."""
        return sum(1 for r in self.requests if r.method == method and r.path == path)

    async def handle(self, request: Request) -> Response:
        self.requests.append(
            RecordedRequest(request.method, request.url.path, dict(request.headers))
        )
        fault = await self.faults.response_for(request)
        if fault is not None:
            return fault
        if request.url.path.startswith(PREFIX):
            return await self.storage.handle(request)
        operation = match(self.operations, request.method, request.url.path)
        if operation is None:
            return self._unmatched(request.method, request.url.path)
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if not operation.public and (
            scheme.lower() != "bearer" or not token.startswith("sk_") or len(token) <= 3
        ):
            return error_body(401, "Unauthorized - Invalid or missing bearer token", "UNAUTHORIZED")
        body = await request.body()
        result = self._validate(request, body)
        if result.errors:
            return error_body(400, describe_errors(list(result.errors)), "BAD_REQUEST")
        if operation.family and operation.role:
            return self._task_operation(operation, request.headers, result, body)
        if operation.operation_id in PRESIGN_OPERATIONS:
            return envelope(self.storage.presign(str(request.base_url), json.loads(body)["key"]))
        return JSONResponse(operation.example)

    def _validate(self, request: Request, body: bytes) -> RequestUnmarshalResult:
        """openapi-core's verdict on the request, remembered for identical requests.

        Validation is a pure function of what is keyed here and costs milliseconds, most of
        the mock's time per request; load tests and pollers repeat the same requests.
        """
        key = (
            request.method,
            request.url.path,
            request.url.query,
            request.headers.get("content-type", ""),
            body,
        )
        result = self._verdicts.get(key)
        if result is None:
            result = self.openapi.unmarshal_request(_OpenAPIRequest(request, body))
            if len(self._verdicts) >= VERDICTS_KEPT:
                del self._verdicts[next(iter(self._verdicts))]
            self._verdicts[key] = result
        return result

    def _unmatched(self, method: str, path: str) -> Response:
        # The first matching path wins, as in `match`: literal paths before templated ones.
        owner = next((op.path for op in self.operations if op.pattern.match(path)), None)
        allowed = sorted(op.method for op in self.operations if op.path == owner)
        if not allowed:
            return error_body(404, f"{method} {path} is not an A2E operation", "NOT_FOUND")
        response = error_body(405, f"{method} is not allowed on {path}", "METHOD_NOT_ALLOWED")
        response.headers["Allow"] = ", ".join(allowed)
        return response

    def _task_operation(
        self, op: Operation, headers: Mapping[str, str], result: RequestUnmarshalResult, raw: bytes
    ) -> Response:
        family = self.families[op.family or ""]
        params: Mapping[str, Any] = {**result.parameters.query, **result.parameters.path}
        fields: dict[str, Any] = json.loads(raw) if raw else {}
        if op.role == "start":
            reads = headers.get("x-mock-reads-per-stage")
            stages = headers.get("x-mock-stages")
            started = self.tasks.start(
                family,
                fields,
                fail_with=headers.get("x-mock-fail"),
                stages=tuple(stages.split(",")) if stages else None,
                reads_per_stage=int(reads)
                if reads and reads.isdigit() and int(reads) > 0
                else None,
                on_finish=self.webhooks.finished if fields.get("webhook_url") else None,
            )
            if started.webhook_url:
                self.webhooks.follow(started)
            data = dict(started.record)
            return envelope([data] if isinstance((op.example or {}).get("data"), list) else data)
        if op.role == "list":
            return envelope(self._page(op, params, self.tasks.of_family(family)))
        if op.role == "status":
            keys = self._item_keys(op)
            records = [t.read() for t in self.tasks.of_family(family)]
            return envelope([{k: r[k] for k in keys if k in r} for r in records])
        if op.role == "batch":
            wanted = [self.tasks.get(family, str(i)) for i in fields["ids"]]
            return envelope([dict(t.read()) for t in wanted if t is not None])
        task_id = str(params.get(op.id_param) or fields.get(op.id_param) or "")
        task = self.tasks.get(family, task_id)
        if task is None:
            return error_body(404, f"{family.name} task {task_id} not found", "NOT_FOUND")
        if op.role == "delete":
            self.tasks.delete(family, task_id)
            return envelope(None)
        record = dict(task.read())
        return envelope([record] if isinstance((op.example or {}).get("data"), list) else record)

    @staticmethod
    def _page(op: Operation, params: Mapping[str, Any], tasks: list[MockTask]) -> Any:
        """One page of `tasks`, paged and shaped as the operation's `x-a2e-paging` says."""
        paging = op.paging or {"page": "pageNum", "size": "pageSize", "records": "rows"}
        page = max(1, int(params.get(paging.get("page", ""), 1)))
        size = max(1, int(params.get(paging.get("size", ""), 10)))
        rows = [dict(t.record) for t in tasks[(page - 1) * size : page * size]]
        if not paging["records"]:
            return rows
        shaped: dict[str, Any] = {paging["records"]: rows}
        if paging.get("total"):
            shaped[paging["total"]] = len(tasks)
        return shaped

    @staticmethod
    def _item_keys(op: Operation) -> list[str]:
        data = (op.example or {}).get("data") or [{}]
        return list(data[0]) if isinstance(data, list) else list(data)


def create_app(spec: dict[str, Any] | None = None, **options: Any) -> MockA2E:
    """The ASGI app of a fresh mock (see `MockA2E` for the options)."""
    return MockA2E(spec, **options)
