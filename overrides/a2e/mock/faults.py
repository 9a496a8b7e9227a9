"""Faults on demand, asked for per request with headers, for reliability tests."""

from __future__ import annotations

import asyncio
import random
import threading
import uuid
from collections import Counter

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from .store import now_iso

KINDS = ("429", "500", "502", "503", "drop", "malformed", "envelope", "latency")


class DroppedConnection(Response):
    """Announces a body, sends part of it and stops: the client sees the connection break."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", b"1000")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"code": 0, "da', "more_body": True})
        # Ending here, with the body unfinished, makes the server close the connection.


class FaultInjector:
    """Decides, per request, whether a fault applies and answers with it.

    A request asks for one with `X-Mock-Fault`; a whole run can have one too: `fault` applies
    to a `rate` share of the requests that ask for none (drawn with `seed`, so runs repeat).
    """

    def __init__(
        self, fault: str | None = None, rate: float = 1.0, seed: int | None = None
    ) -> None:
        if fault is not None and fault.partition("=")[0] not in KINDS:
            raise ValueError(f"fault: unknown fault {fault!r}; use one of {KINDS}")
        if not 0 <= rate <= 1:
            raise ValueError(f"fault rate: must be between 0 and 1, got {rate}")
        self.fault = fault
        self.rate = rate
        self._random = random.Random(seed)
        self._seen: Counter[tuple[str, str, str, str]] = Counter()
        self._lock = threading.Lock()

    def _run_fault(self, request: Request) -> str | None:
        if self.fault is None or request.url.path.startswith("/__mock__/"):
            return None
        with self._lock:
            return self.fault if self._random.random() < self.rate else None

    def _due(self, fault: str, request: Request) -> bool:
        times = request.headers.get("x-mock-fault-times")
        key = (fault, request.method, request.url.path, request.headers.get("x-mock-fault-id", ""))
        with self._lock:
            self._seen[key] += 1
            count = self._seen[key]
        return times is None or not times.isdigit() or count <= int(times)

    async def response_for(self, request: Request) -> Response | None:
        """The faulty answer for this request, or None to serve it normally."""
        fault = request.headers.get("x-mock-fault")
        if fault is None:
            fault = self._run_fault(request)
        elif not self._due(fault, request):
            return None
        if not fault:
            return None
        kind, _, argument = fault.partition("=")
        if kind == "latency":
            await asyncio.sleep(float(argument or "0.1"))
            return None
        if kind == "drop":
            return DroppedConnection()
        if kind == "malformed":
            return Response(b'{"code": 0, "data": {"_id": ', media_type="application/json")
        if kind == "envelope":
            body = {
                "code": 1001,
                "msg": "mock: A2E refused the request",
                "trace_id": str(uuid.uuid4()),
            }
            return JSONResponse(body)
        if kind in {"429", "500", "502", "503"}:
            status = int(kind)
            headers = {"Retry-After": argument or "0"} if status == 429 else None
            body = {
                "success": False,
                "error": f"mock fault {status}",
                "code": kind,
                "timestamp": now_iso(),
            }
            return JSONResponse(body, status_code=status, headers=headers)
        return JSONResponse(
            {
                "success": False,
                "error": f"X-Mock-Fault: unknown fault {fault!r}; use one of {KINDS}",
            },
            status_code=400,
        )
