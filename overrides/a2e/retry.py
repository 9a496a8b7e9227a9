"""Retrying httpx transports: one sans-I/O decision core, a thin sync and a thin async driver.

What is retried: connection failures, timeouts and 5xx answers for GET, HEAD, OPTIONS, PUT and
DELETE; 429 for every method. A POST may start a task that costs credits, so it is retried only
when the request surely did not start anything: the connection was never made, or A2E refused
it with 429. A name that does not resolve, and a request that cannot be encoded, are never
retried: trying again cannot help.

Backoff is exponential with full jitter. `Retry-After` (seconds or an HTTP date) is honoured up
to `retry_after_max`; a longer hint ends the retries (the `RateLimitError` keeps the hint).

Deadlines: inside `deadline_scope(deadline)` (the pollers use it) every attempt is bounded by
the time left, and no pause runs past the deadline.
"""

from __future__ import annotations

import math
import random
import socket
import time
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from . import defaults, log
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    InvalidResponseError,
    UnknownHostError,
    parse_retry_after,
)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
# 5xx answers that say the request itself cannot be served: sending it again cannot help. Any
# other 5xx, including those Python does not name (a CDN's 520-524, 530...), is retried.
NOT_RETRIED_SERVER_STATUSES = frozenset({501, 505, 506, 508, 510, 511})
# Errors raised before a single byte of the request can have reached the server.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Mistakes on this side: sending the request again would fail the same way.
NEVER_RETRIED_ERRORS = (httpx.LocalProtocolError, httpx.UnsupportedProtocol)
# getaddrinfo's answers for "this name does not exist", as opposed to "DNS is unreachable".
UNKNOWN_NAME_ERRNOS = frozenset(
    code for code in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", None)) if code is not None
)
DEFAULT_MAX_RETRIES = defaults.MAX_RETRIES
DEFAULT_BACKOFF_BASE = defaults.BACKOFF_BASE
DEFAULT_BACKOFF_MAX = defaults.BACKOFF_MAX
DEFAULT_RETRY_AFTER_MAX = defaults.RETRY_AFTER_MAX
# Longest path shown in an error message; a path can be as long as the URL limit.
SHOWN_PATH = 120

_DEADLINE: ContextVar[float | None] = ContextVar("a2e_deadline", default=None)


class DeadlineReached(APITimeoutError):
    """A request was not sent at all: the deadline of the wait it belongs to had passed."""


@contextmanager
def deadline_scope(deadline: float) -> Iterator[None]:
    """Bound every request made inside by `deadline` (a `time.monotonic()` value)."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _non_negative(name: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError(f"{name}: must be a finite number, got {value!r}")
    if value < 0:
        raise ConfigurationError(f"{name}: must be >= 0, got {value!r}")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry.

    max_retries: retries after the first attempt (0 turns retrying off).
    backoff_base, backoff_max: the n-th retry waits a random time in
        [0, min(backoff_max, backoff_base * 2**n)] (full jitter).
    retry_after_max: longest `Retry-After` that is waited out; a longer hint ends the retries.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_base: float = DEFAULT_BACKOFF_BASE
    backoff_max: float = DEFAULT_BACKOFF_MAX
    retry_after_max: float = DEFAULT_RETRY_AFTER_MAX

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise ConfigurationError(f"max_retries: must be an int, got {self.max_retries!r}")
        if self.max_retries < 0:
            raise ConfigurationError(f"max_retries: must be >= 0, got {self.max_retries}")
        _non_negative("backoff_base", self.backoff_base)
        _non_negative("backoff_max", self.backoff_max)
        _non_negative("retry_after_max", self.retry_after_max)

    def delay(self, request: httpx.Request, outcome: Outcome, attempt: int) -> float | None:
        """Seconds to wait before attempt `attempt + 1`, or None to keep this outcome."""
        if attempt >= self.max_retries:
            return None
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            if status != 429 and not (
                500 <= status < 600
                and status not in NOT_RETRIED_SERVER_STATUSES
                and request.method in IDEMPOTENT_METHODS
            ):
                return None
            hint = parse_retry_after(outcome.headers)
            if hint is None:
                return self._backoff(attempt)
            return hint if hint <= self.retry_after_max else None
        if isinstance(outcome, NEVER_RETRIED_ERRORS) or _unknown_host(outcome):
            return None
        if request.method in IDEMPOTENT_METHODS or isinstance(outcome, NOT_SENT_ERRORS):
            return self._backoff(attempt)
        return None

    def _backoff(self, attempt: int) -> float:
        return random.uniform(0, min(self.backoff_max, self.backoff_base * 2**attempt))


Outcome = httpx.Response | httpx.TransportError


def _unknown_host(error: BaseException) -> bool:
    """True when the chain of causes shows the server's name does not resolve."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, socket.gaierror) and seen.errno in UNKNOWN_NAME_ERRNOS:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _shown(request: httpx.Request) -> str:
    path = request.url.path
    return f"{request.method} {path if len(path) <= SHOWN_PATH else path[:SHOWN_PATH] + '...'}"


def connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    """The `a2e` error a transport failure stands for."""
    if isinstance(error, httpx.LocalProtocolError):
        # Its text quotes the offending header, which may be the Authorization header.
        return APIConnectionError(f"{_shown(request)} could not be encoded as HTTP")
    reason = str(error) or type(error).__name__
    if _unknown_host(error):
        return UnknownHostError(f"{_shown(request)} failed: unknown host {request.url.host!r}")
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return kind(f"{_shown(request)} failed: {reason}")


@dataclass(frozen=True)
class Send:
    """Step: make one attempt, in at most `budget` seconds (None: the configured timeouts)."""

    budget: float | None


@dataclass(frozen=True)
class Sleep:
    """Step: wait this many seconds."""

    seconds: float


def retrying(
    policy: RetryPolicy, request: httpx.Request, deadline: float | None
) -> Generator[Send | Sleep, Outcome | None, httpx.Response]:
    """The retry decisions for one request, as steps; the drivers below perform them.

    Send `Send` steps an outcome back and `Sleep` steps None. Returns the response to keep;
    a transport error that is not retried is raised as an `APIConnectionError`.
    """
    attempt = 0
    while True:
        budget = None if deadline is None else deadline - time.monotonic()
        if budget is not None and budget <= 0:
            raise DeadlineReached(f"{_shown(request)} not sent: the deadline has passed")
        outcome = yield Send(budget)
        assert outcome is not None
        delay = policy.delay(request, outcome, attempt)
        if delay is not None and deadline is not None and time.monotonic() + delay >= deadline:
            delay = None
        if delay is None:
            if isinstance(outcome, httpx.Response):
                return outcome
            raise connection_error(request, outcome) from outcome
        why = (
            f"HTTP {outcome.status_code}"
            if isinstance(outcome, httpx.Response)
            else type(outcome).__name__
        )
        log.info(
            "retrying %s after %s in %.2fs (retry %d)", _shown(request), why, delay, attempt + 1
        )
        yield Sleep(delay)
        attempt += 1


def undecodable(
    request: httpx.Request, response: httpx.Response, error: httpx.DecodingError
) -> InvalidResponseError:
    """The error for an answer whose body does not match its `Content-Encoding`."""
    encoding = response.headers.get("content-encoding") or "none"
    return InvalidResponseError(
        f"the answer's body cannot be decoded ({error})"[:300],
        operation=_shown(request),
        expected=f"a body encoded as its Content-Encoding says ({encoding})",
        seen="bytes that do not decode",
        status_code=response.status_code,
    )


def _deadline_error(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the deadline passed before the answer was complete", request=request)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops with a timeout once the deadline has passed.

    A server that trickles its answer would otherwise hold a read for as long as each byte
    comes within the read timeout.
    """

    def __init__(self, stream: httpx.SyncByteStream, request: httpx.Request, deadline: float):
        self._stream = stream
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if time.monotonic() > self._deadline:
                raise _deadline_error(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()


def _bounded(timeout: dict[str, float | None], budget: float) -> dict[str, float | None]:
    return {
        phase: budget if value is None else min(value, budget)
        for phase, value in {
            "connect": None,
            "read": None,
            "write": None,
            "pool": None,
            **timeout,
        }.items()
    }


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport; connection failures surface as `a2e.APIConnectionError`.

    owns: close the wrapped transport with this one (False when it is shared).
    max_answer_size: the most bytes an answer may have, once decoded (`a2e.bodies`).
    """

    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.BaseTransport | None = None,
        *,
        owns: bool = True,
        max_answer_size: int = defaults.MAX_ANSWER_SIZE,
    ) -> None:
        self.policy = policy
        self._transport = transport or httpx.HTTPTransport()
        self._owns = owns
        self.max_answer_size = max_answer_size

    def _attempt(self, request: httpx.Request, budget: float | None) -> Outcome:
        if budget is not None:
            request.extensions["timeout"] = _bounded(request.extensions.get("timeout", {}), budget)
        try:
            response = self._transport.handle_request(request)
        except httpx.TransportError as error:
            return error
        try:
            if budget is not None:
                assert isinstance(response.stream, httpx.SyncByteStream)
                response.stream = _DeadlineStream(
                    response.stream, request, time.monotonic() + budget
                )
            from .bodies import read_answer  # here: `import a2e` stays cheap

            # Reading here lets a connection that breaks mid-body be retried like any other.
            read_answer(response, self.max_answer_size, _shown(request))
        except httpx.TransportError as error:
            response.close()
            return error
        except httpx.DecodingError as error:
            response.close()
            raise undecodable(request, response, error) from None
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = retrying(self.policy, request, _DEADLINE.get())
        try:
            step = next(steps)
            while True:
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                    step = steps.send(None)
                else:
                    step = steps.send(self._attempt(request, step.budget))
        except StopIteration as done:
            response: httpx.Response = done.value
            return response

    def close(self) -> None:
        if self._owns:
            self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport; connection failures surface as `a2e.APIConnectionError`.

    owns: close the wrapped transport with this one (False when it is shared).
    max_answer_size: the most bytes an answer may have, once decoded (`a2e.bodies`).
    """

    def __init__(
        self,
        policy: RetryPolicy,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        owns: bool = True,
        max_answer_size: int = defaults.MAX_ANSWER_SIZE,
    ) -> None:
        self.policy = policy
        self._transport = transport or httpx.AsyncHTTPTransport()
        self._owns = owns
        self.max_answer_size = max_answer_size

    async def _send(self, request: httpx.Request) -> httpx.Response:
        from .bodies import aread_answer  # here: `import a2e` stays cheap

        response = await self._transport.handle_async_request(request)
        try:
            await aread_answer(response, self.max_answer_size, _shown(request))
        except httpx.DecodingError as error:
            await response.aclose()
            raise undecodable(request, response, error) from None
        except BaseException:
            await response.aclose()
            raise
        return response

    async def _attempt(self, request: httpx.Request, budget: float | None) -> Outcome:
        try:
            if budget is None:
                return await self._send(request)
            # Imported here: asyncio costs ~25 ms, sync users never need it, async users have it.
            import asyncio

            try:
                async with asyncio.timeout(budget):
                    return await self._send(request)
            except TimeoutError:
                return _deadline_error(request)
        except httpx.TransportError as error:
            return error

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        steps = retrying(self.policy, request, _DEADLINE.get())
        try:
            step = next(steps)
            while True:
                if isinstance(step, Sleep):
                    await asyncio.sleep(step.seconds)
                    step = steps.send(None)
                else:
                    step = steps.send(await self._attempt(request, step.budget))
        except StopIteration as done:
            response: httpx.Response = done.value
            return response

    async def aclose(self) -> None:
        if self._owns:
            await self._transport.aclose()
