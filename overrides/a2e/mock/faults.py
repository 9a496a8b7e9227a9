"""Faults on demand, asked for per request with headers or for a whole run, for reliability tests."""

from __future__ import annotations

import contextvars
import logging
import math
import random
import re
import threading
import uuid
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from .drift import DRIFTS
from .store import now_iso

KINDS = ("429", "500", "502", "503", "drop", "malformed", "envelope", "latency", "slow", "drift")
STATUSES = frozenset({"429", "500", "502", "503"})
# A test asking for more is a mistake, and a server held that long looks hung.
LATENCY_LIMIT = 60.0
# Requests counted for X-Mock-Fault-Times, each key a (fault, method, path, id): a long run
# with ever new paths forgets the oldest counts rather than grow without end.
COUNTS_KEPT = 10_000
DIGITS = re.compile(r"[0-9]{1,9}")
# Retry-After is whole seconds on the wire; fractions keep client tests fast.
SECONDS = re.compile(r"[0-9]{1,9}(\.[0-9]{1,9})?")


class BadInput(ValueError):
    """A header or option the mock cannot read; the message names it and what is allowed."""


def whole_number(text: str, what: str) -> int:
    """`text` as a non-negative integer of ASCII digits (not `²`, not `1e3`), or BadInput."""
    if not DIGITS.fullmatch(text):
        raise BadInput(f"{what}: expected a whole number, got {text!r}")
    return int(text)


@dataclass(frozen=True)
class Fault:
    """One fault: its kind and the argument after `=`, checked when it is read."""

    kind: str
    argument: str = ""

    @classmethod
    def parse(cls, text: str) -> Fault:
        kind, has_argument, argument = text.strip().partition("=")
        allowed = (
            f"use one of {', '.join(KINDS)} "
            "(latency=<seconds>, slow=<seconds>, 429=<seconds>, drift=<kind>)"
        )
        if kind not in KINDS:
            raise BadInput(f"unknown fault {text!r}; {allowed}")
        if kind in ("latency", "slow"):
            try:
                seconds = float(argument) if has_argument else 0.1
            except ValueError:
                raise BadInput(f"{kind}: expected seconds, got {argument!r}") from None
            if not math.isfinite(seconds) or not 0 <= seconds <= LATENCY_LIMIT:
                raise BadInput(f"{kind}: expected 0 to {LATENCY_LIMIT:g} seconds, got {argument!r}")
        elif kind == "429":
            if has_argument and not SECONDS.fullmatch(argument):
                raise BadInput(f"429: expected Retry-After seconds, got {argument!r}")
        elif kind == "drift":
            if argument not in DRIFTS:
                raise BadInput(f"drift: expected one of {', '.join(DRIFTS)}, got {argument!r}")
        elif has_argument:
            raise BadInput(f"{kind}: takes no argument, got {text!r}")
        return cls(kind, argument)

    @property
    def seconds(self) -> float:
        return float(self.argument or "0.1")

    def response(self) -> Response:
        """The answer this fault gives in place of the operation's (not latency, slow or
        drift)."""
        if self.kind == "drop":
            return DroppedConnection()
        if self.kind == "malformed":
            return Response(b'{"code": 0, "data": {"_id": ', media_type="application/json")
        if self.kind == "envelope":
            body = {
                "code": 1001,
                "msg": "mock: A2E refused the request",
                "trace_id": str(uuid.uuid4()),
            }
            return JSONResponse(body)
        status = int(self.kind)
        headers = {"Retry-After": self.argument or "0"} if status == 429 else None
        body = {
            "success": False,
            "error": f"mock fault {status}",
            "code": self.kind,
            "timestamp": now_iso(),
        }
        return JSONResponse(body, status_code=status, headers=headers)


# Set in the task that serves a dropped connection, so the server's complaint about the
# unfinished answer (an expected event here) is not logged.
_dropping = contextvars.ContextVar("a2e_mock_dropping", default=False)
UNFINISHED = "ASGI callable returned without completing response."


class QuietDrops(logging.Filter):
    """Keeps uvicorn's log free of the unfinished answers the `drop` fault makes on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (_dropping.get() and record.msg == UNFINISHED)


def quiet_expected_events() -> None:
    """Install `QuietDrops` on uvicorn's error log, once."""
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, QuietDrops) for f in logger.filters):
        logger.addFilter(QuietDrops())


class DroppedConnection(Response):
    """Announces a body, sends part of it and stops: the client sees the connection break."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        _dropping.set(True)
        headers = [(b"content-type", b"application/json"), (b"content-length", b"1000")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"code": 0, "da', "more_body": True})
        # Ending here, with the body unfinished, makes the server close the connection.


class FaultInjector:
    """Decides, per request, whether a fault applies.

    A request asks for one with `X-Mock-Fault` (limited to the first n with
    `X-Mock-Fault-Times: n`, counted apart per `X-Mock-Fault-Id`); a whole run can have one
    too: `fault` applies to a `rate` share of the requests that ask for none (drawn with
    `seed`, so runs repeat).
    """

    def __init__(
        self, fault: str | None = None, rate: float = 1.0, seed: int | None = None
    ) -> None:
        try:
            self.fault = Fault.parse(fault) if fault is not None else None
        except BadInput as error:
            raise ValueError(f"fault: {error}") from None
        if not 0 <= rate <= 1:
            raise ValueError(f"fault rate: must be between 0 and 1, got {rate}")
        self.rate = rate
        self._random = random.Random(seed)
        self._seen: dict[tuple[str, str, str, str], int] = {}
        self._lock = threading.Lock()

    def decide(self, request: Request) -> Fault | None:
        """The fault for this request, or None; BadInput if its headers cannot be read."""
        asked = request.headers.get("x-mock-fault")
        if asked is None:
            return self._run_fault(request)
        try:
            fault = Fault.parse(asked)
        except BadInput as error:
            raise BadInput(f"X-Mock-Fault: {error}") from None
        times = request.headers.get("x-mock-fault-times")
        if times is None:
            return fault
        limit = whole_number(times, "X-Mock-Fault-Times")
        key = (asked, request.method, request.url.path, request.headers.get("x-mock-fault-id", ""))
        with self._lock:
            count = self._seen.pop(key, 0) + 1
            self._seen[key] = count  # re-inserted: the most recent keys are kept longest
            if len(self._seen) > COUNTS_KEPT:
                del self._seen[next(iter(self._seen))]
        return fault if count <= limit else None

    def _run_fault(self, request: Request) -> Fault | None:
        if self.fault is None or request.url.path.startswith("/__mock__/"):
            return None
        with self._lock:
            return self.fault if self._random.random() < self.rate else None
