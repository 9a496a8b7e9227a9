"""The mock A2E server: an ASGI app (Starlette requests and responses) driven by the spec.

Each request is checked for a bearer token shaped like an A2E API token, `sk_...` (401
otherwise), and validated against the spec by its operation's compiled checks (400 naming
the field otherwise; see `validation.py`). Task families are stateful (a new task's record:
the fields its start sent, A2E's defaults for the rest; see `records.py`); every other
operation answers with its example.

A task started with a `webhook_url` also moves one stage every `stage_seconds` by itself, and
its webhook is called when it ends (see `webhooks.py`).

Tests script a task's fate with headers on its start request:
    X-Mock-Fail: <message>      the task ends in its family's failure status with this message
    X-Mock-Reads-Per-Stage: n   the task advances one stage every n reads (default: the server's)
    X-Mock-Stages: a,b,c        the statuses it passes through before the terminal one
    X-Mock-Duration: <seconds>  the task ends this long after its start, however often read

A read of a task that moves on per read answers with `Retry-After: 0`: read again at once, it
has moved. A waiting client honours it, so waits against the mock are quick whatever the
family's real durations; tasks with a duration send none, so waits pace themselves as with A2E.

and ask for faults on any request (see `faults.py` and `drift.py`):
    X-Mock-Fault: 429 | 500 | 502 | 503 | drop | malformed | envelope | latency=<seconds>
                  | slow=<seconds> | drift=missing|type|list|null
                  (latency waits before serving; slow serves, then waits before answering)
    X-Mock-Fault-Times: n       only the first n such requests to this path fail (default: all)
    X-Mock-Fault-Id: <any>      counts of X-Mock-Fault-Times are kept apart per id

A header it cannot read is a 400 naming it, never a 500. A long run stays bounded: the request
log keeps the latest `request_log` requests, bodies over `max_body` bytes get 413, and tasks,
files, fault counts and webhook calls are capped (see their modules).
"""

from __future__ import annotations

import asyncio
import copy
import math
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from a2e.tasks import TASK_FAMILIES, TaskFamily

from .drift import drifted
from .faults import BadInput, FaultInjector, whole_number
from .records import TaskRecords
from .results import RESULTS_PATH, not_found, owner_of, result_file
from .spec import Operation, Router, index_operations, load_spec, split_path
from .storage import PREFIX, UPLOAD_BYTES, UPLOADS, Storage
from .store import TASKS_KEPT, MockTask, TaskStore, now_iso
from .validation import Checkers, Verdict, capped
from .webhooks import WebhookSender

# Requests remembered in `MockA2E.requests`, the latest last.
REQUEST_LOG = 1000
# A2E's JSON bodies are a few kilobytes; anything near this is a mistake or an attack.
BODY_BYTES = 2**20
# The longest X-Mock-Duration: a day, longer than any wait a test or a benchmark sets.
LONGEST_DURATION = 86400.0
# Operations whose answer must point at the mock's own storage to be usable.
PRESIGN_OPERATIONS = frozenset({"getUploadUrl", "getUploadUrlLegacy"})


def error_body(status: int, message: str, code: str) -> JSONResponse:
    """A 4xx answer in A2E's newer error shape (the spec's ErrorResponse)."""
    body = {"success": False, "error": message, "code": code, "timestamp": now_iso()}
    return JSONResponse(body, status_code=status)


def envelope(data: Any) -> JSONResponse:
    return JSONResponse({"code": 0, "data": data, "trace_id": str(uuid.uuid4())})


class TooLarge(Exception):
    """A request body over the limit."""


async def read_body(request: Request, limit: int) -> bytes:
    """The request's body, or TooLarge as soon as it is known to pass `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise TooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooLarge
    return bytes(body)


def too_large(limit: int) -> Response:
    response = error_body(413, f"request body over {limit} bytes", "PAYLOAD_TOO_LARGE")
    # The rest of the body is never read, so the connection cannot serve another request.
    response.headers["Connection"] = "close"
    return response


def authorized(request: Request) -> bool:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and token.startswith("sk_") and len(token) > 3


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


@dataclass(frozen=True)
class Script:
    """How a start request scripts its task: X-Mock-Fail, -Reads-Per-Stage, -Stages and
    -Duration."""

    fail_with: str | None = None
    reads_per_stage: int | None = None
    stages: tuple[str, ...] | None = None
    duration: float | None = None

    @classmethod
    def of(cls, headers: Mapping[str, str]) -> Script:
        reads = headers.get("x-mock-reads-per-stage")
        per_stage = None
        if reads is not None:
            per_stage = whole_number(reads, "X-Mock-Reads-Per-Stage")
            if per_stage < 1:
                raise BadInput(f"X-Mock-Reads-Per-Stage: must be at least 1, got {reads!r}")
        listed = headers.get("x-mock-stages")
        stages = None
        if listed is not None:
            stages = tuple(stage.strip() for stage in listed.split(","))
            if not all(stages):
                raise BadInput(
                    f"X-Mock-Stages: expected statuses separated by commas, got {listed!r}"
                )
        return cls(headers.get("x-mock-fail"), per_stage, stages, _duration(headers))


def _duration(headers: Mapping[str, str]) -> float | None:
    given = headers.get("x-mock-duration")
    if given is None:
        return None
    try:
        seconds = float(given)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds <= LONGEST_DURATION:  # NaN fails too
        raise BadInput(
            f"X-Mock-Duration: expected seconds above 0, at most {LONGEST_DURATION:g}, "
            f"got {given!r}"
        )
    return seconds


def _paced(response: Response, tasks: list[MockTask]) -> Response:
    """`Retry-After: 0` when a task just read moves on per read (see the module's notes)."""
    if any(task.duration is None and not task.finished for task in tasks):
        response.headers["Retry-After"] = "0"
    return response


TaskHandler = Callable[[Operation, TaskFamily[Any], Verdict, Request], Response]


class MockA2E:
    """The mock as an ASGI app, with its state: the spec, its operations, the tasks.

    `reset()` forgets all it has seen (tasks, requests, files, webhook calls, fault counts);
    the pytest fixture `a2e_mock` calls it before each test.
    """

    def __init__(
        self,
        spec: dict[str, Any] | None = None,
        *,
        reads_per_stage: int = 1,
        stage_seconds: float = 0.05,
        fault: str | None = None,
        fault_rate: float = 1.0,
        seed: int | None = None,
        request_log: int = REQUEST_LOG,
        max_body: int = BODY_BYTES,
        max_tasks: int = TASKS_KEPT,
    ) -> None:
        if request_log < 0:
            raise ValueError(f"request_log: must be 0 or more, got {request_log}")
        if max_body < 1:
            raise ValueError(f"max_body: must be at least 1 byte, got {max_body}")
        if not stage_seconds > 0:
            raise ValueError(f"stage_seconds: must be more than 0, got {stage_seconds}")
        self.spec = copy.deepcopy(spec if spec is not None else load_spec())
        # Requests are validated against whatever address the mock listens on.
        self.spec["servers"] = [{"url": "/"}]
        self.operations = index_operations(self.spec)
        self.router = Router(self.operations)
        self.checkers = Checkers(self.spec, self.operations)
        self._methods: dict[str, list[str]] = {}
        for op in self.operations:
            self._methods.setdefault(op.path, []).append(op.method)
        self.families: dict[str, TaskFamily[Any]] = {
            op.family: TASK_FAMILIES[op.family] for op in self.operations if op.family
        }
        self._roles: dict[str, TaskHandler] = {
            "start": self._start,
            "detail": self._detail,
            "status": self._status,
            "list": self._list,
            "batch": self._batch,
            "delete": self._delete,
        }
        unknown = {op.role for op in self.operations if op.role} - set(self._roles)
        if unknown:
            raise ValueError(f"spec: task roles the mock does not serve: {sorted(unknown)}")
        self.templates = self._templates()
        self.max_body = max_body
        self._options = (
            reads_per_stage,
            stage_seconds,
            fault,
            fault_rate,
            seed,
            request_log,
            max_tasks,
        )
        self.reset()

    def reset(self) -> None:
        """Forget every task, request, file, webhook call and fault count, as if just started."""
        reads_per_stage, stage_seconds, fault, fault_rate, seed, request_log, max_tasks = (
            self._options
        )
        self.tasks = TaskStore(self.templates, reads_per_stage=reads_per_stage, kept=max_tasks)
        self.requests: deque[RecordedRequest] = deque(maxlen=request_log)
        self.faults = FaultInjector(fault, fault_rate, seed)
        self.storage = Storage()
        # The calls of earlier tasks end here, not in a later test's receiver.
        previous: WebhookSender | None = getattr(self, "webhooks", None)
        if previous is not None:
            previous.close()
        self.webhooks = WebhookSender(stage_seconds)

    def _templates(self) -> dict[str, TaskRecords]:
        """Each family's task records, from the example of its detail operation and the
        defaults of its start operations."""
        examples: dict[str, dict[str, Any]] = {}
        for op in self.operations:
            if op.role == "detail" and op.family and isinstance(op.example, dict):
                data: Any = op.example.get("data")
                examples[op.family] = data[0] if isinstance(data, list) else data
        missing = set(self.families) - set(examples)
        if missing:
            raise ValueError(f"spec: task families without a detail example: {sorted(missing)}")
        # The current start operation first, so that its defaults win over a deprecated twin's.
        starts = sorted(
            (op for op in self.operations if op.role == "start"), key=lambda op: op.deprecated
        )
        declared = self.spec.get("x-a2e-families", {})
        return {
            name: TaskRecords(
                self.spec,
                declared[name]["schema"],
                example,
                [op.request_schema for op in starts if op.family == name and op.request_schema],
            )
            for name, example in examples.items()
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # No router: every method and every path (even one with a newline) reaches `handle`.
        if scope["type"] != "http":
            return
        try:
            response = await self.handle(Request(scope, receive))
        except ClientDisconnect:
            return  # the client left mid-request: there is no one to answer, nothing to log
        await response(scope, receive, send)

    def calls(self, method: str, path: str) -> int:
        """How many of the logged requests (the latest `request_log`) reached `method path`."""
        return sum(1 for r in self.requests if r.method == method and r.path == path)

    async def handle(self, request: Request) -> Response:
        self.requests.append(
            RecordedRequest(request.method, request.url.path, dict(request.headers))
        )
        try:
            fault = self.faults.decide(request)
        except BadInput as error:
            return error_body(400, capped(str(error)), "BAD_REQUEST")
        if fault is not None and fault.kind == "latency":
            await asyncio.sleep(fault.seconds)
        elif fault is not None and fault.kind not in ("drift", "slow"):
            return fault.response()
        response, operation = await self._serve(request)
        if fault is not None and fault.kind == "slow":
            # Served already: a start's task exists even if the client is gone before the answer.
            await asyncio.sleep(fault.seconds)
        if fault is not None and fault.kind == "drift":
            schema = operation.answer_schema if operation is not None else None
            return drifted(self.spec, response, fault.argument, schema)
        return response

    async def _serve(self, request: Request) -> tuple[Response, Operation | None]:
        path = request.url.path
        if path.startswith(RESULTS_PATH) and request.method == "GET":
            return self._result_file(request), None
        if path.startswith(PREFIX):
            limit = UPLOAD_BYTES if path.startswith(UPLOADS) else self.max_body
            try:
                content = await read_body(request, limit)
            except TooLarge:
                return too_large(limit), None
            return self.storage.handle(request, content), None
        raw = request.scope.get("raw_path") or path.encode()
        segments = split_path(raw.decode("utf-8", "surrogateescape"))
        found = self.router.find(request.method, segments)
        if found is None:
            return self._unmatched(request.method, path, segments), None
        operation, path_values = found
        if not operation.public and not authorized(request):
            message = "Unauthorized - Invalid or missing bearer token"
            return error_body(401, message, "UNAUTHORIZED"), operation
        try:
            body = await read_body(request, self.max_body)
        except TooLarge:
            return too_large(self.max_body), operation
        checker = self.checkers.by_operation[operation.operation_id]
        verdict = checker.check(request, body, path_values)
        if verdict.errors:
            return error_body(400, verdict.message, "BAD_REQUEST"), operation
        try:
            return self._answer(operation, request, verdict), operation
        except BadInput as error:
            return error_body(400, capped(str(error)), "BAD_REQUEST"), operation

    def _answer(self, op: Operation, request: Request, verdict: Verdict) -> Response:
        if op.family and op.role:
            return self._roles[op.role](op, self.families[op.family], verdict, request)
        if op.operation_id in PRESIGN_OPERATIONS:
            return envelope(self.storage.presign(str(request.base_url), verdict.body["key"]))
        if op.paging and op.paging.get("page") and isinstance(op.example, dict):
            return JSONResponse(self._example_page(op, verdict))
        return JSONResponse(op.example)

    @staticmethod
    def _page_window(paging: Mapping[str, str], verdict: Verdict) -> tuple[int, int]:
        """(offset, size) of the page a list request asks for."""
        params = {**verdict.query, **verdict.path}
        page = max(1, int(params.get(paging.get("page", ""), 1)))
        size = max(1, int(params.get(paging.get("size", ""), 10)))
        return (page - 1) * size, size

    def _example_page(self, op: Operation, verdict: Verdict) -> dict[str, Any]:
        """A list without a task family pages its example's records as A2E pages a list:
        the asked page of them, with the total, so that paging ends."""
        paging = op.paging or {}
        offset, size = self._page_window(paging, verdict)
        data: Any = op.example.get("data")
        key = paging.get("records")
        records = data if not key else (data or {}).get(key, [])
        if not isinstance(records, list):
            return dict(op.example)
        rows = records[offset : offset + size]
        if not key:
            return {**op.example, "data": rows}
        shaped = {**data, key: rows}
        if paging.get("total"):
            shaped[paging["total"]] = len(records)
        if paging.get("page") in shaped:
            shaped[paging["page"]] = offset // size + 1
        return {**op.example, "data": shaped}

    def _unmatched(self, method: str, path: str, segments: tuple[str, ...]) -> Response:
        owner = self.router.path_of(segments)
        if owner is None:
            return error_body(404, f"{method} {capped(path)} is not an A2E operation", "NOT_FOUND")
        message = f"{method} is not allowed on {capped(path)}"
        response = error_body(405, message, "METHOD_NOT_ALLOWED")
        response.headers["Allow"] = ", ".join(sorted(self._methods[owner]))
        return response

    # The handlers of task operations, one per role of `x-a2e-task`.

    def _start(
        self, op: Operation, family: TaskFamily[Any], verdict: Verdict, request: Request
    ) -> Response:
        script = Script.of(request.headers)
        fields: dict[str, Any] = verdict.body if isinstance(verdict.body, dict) else {}
        started = self.tasks.start(
            family,
            fields,
            fail_with=script.fail_with,
            stages=script.stages,
            reads_per_stage=script.reads_per_stage,
            duration=script.duration,
            on_finish=self.webhooks.finished if fields.get("webhook_url") else None,
            results=f"{str(request.base_url).rstrip('/')}{RESULTS_PATH.rstrip('/')}",
        )
        if started.webhook_url:
            self.webhooks.follow(started)
        return envelope(_shaped(op, dict(started.record)))

    def _detail(
        self, op: Operation, family: TaskFamily[Any], verdict: Verdict, request: Request
    ) -> Response:
        task = self._task(op, family, verdict)
        if isinstance(task, Response):
            return task
        return _paced(envelope(_shaped(op, dict(task.read()))), [task])

    def _delete(
        self, op: Operation, family: TaskFamily[Any], verdict: Verdict, request: Request
    ) -> Response:
        task = self._task(op, family, verdict)
        if isinstance(task, Response):
            return task
        self.tasks.delete(family, task.id)
        return envelope(None)

    def _status(
        self, op: Operation, family: TaskFamily[Any], verdict: Verdict, request: Request
    ) -> Response:
        data = (op.example or {}).get("data") or [{}]
        keys = list(data[0]) if isinstance(data, list) else list(data)
        tasks = self.tasks.of_family(family)
        records = [t.read() for t in tasks]
        return _paced(envelope([{k: r[k] for k in keys if k in r} for r in records]), tasks)

    def _batch(
        self, op: Operation, family: TaskFamily[Any], verdict: Verdict, request: Request
    ) -> Response:
        wanted = [t for i in verdict.body["ids"] if (t := self.tasks.get(family, str(i)))]
        return _paced(envelope([dict(t.read()) for t in wanted]), wanted)

    def _list(
        self, op: Operation, family: TaskFamily[Any], verdict: Verdict, request: Request
    ) -> Response:
        """One page of the family's tasks, paged and shaped as `x-a2e-paging` says."""
        paging = op.paging or {"page": "pageNum", "size": "pageSize", "records": "rows"}
        offset, size = self._page_window(paging, verdict)
        tasks, total = self.tasks.page(family, offset, size)
        rows = [dict(t.record) for t in tasks]
        if not paging["records"]:
            return envelope(rows)
        shaped: dict[str, Any] = {paging["records"]: rows}
        if paging.get("total"):
            shaped[paging["total"]] = total
        return envelope(shaped)

    def _result_file(self, request: Request) -> Response:
        """A result file of a task that finished well; 404 for any other address."""
        family_name, task_id = owner_of(request.url.path)
        family = self.families.get(family_name)
        task = self.tasks.get(family, task_id) if family is not None else None
        if task is None or task.record.get(task.family.status_field) not in task.family.succeeded:
            return not_found(request.url.path)
        return result_file(request)

    def _task(
        self, op: Operation, family: TaskFamily[Any], verdict: Verdict
    ) -> MockTask | Response:
        """The task a detail or delete request names, or its 404."""
        fields = verdict.body if isinstance(verdict.body, dict) else {}
        params = {**verdict.query, **verdict.path}
        task_id = str(params.get(op.id_param) or fields.get(op.id_param) or "")
        task = self.tasks.get(family, task_id)
        if task is None:
            return error_body(404, f"{family.name} task {capped(task_id)} not found", "NOT_FOUND")
        return task


def _shaped(op: Operation, record: dict[str, Any]) -> Any:
    """A task record as the operation's answer carries it: alone, or in a one-element list."""
    return [record] if isinstance((op.example or {}).get("data"), list) else record


def create_app(spec: dict[str, Any] | None = None, **options: Any) -> MockA2E:
    """The ASGI app of a fresh mock (see `MockA2E` for the options)."""
    return MockA2E(spec, **options)
