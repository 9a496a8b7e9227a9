"""httpx transports that retry what is safe to retry, with exponential backoff and full jitter.

A POST may start a task that costs credits, so it is retried only when the request surely did
not start anything: the connection was never made, or A2E refused it with 429. Other methods
are also retried on broken connections and 5xx answers.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

import httpx

from . import log
from .errors import APIConnectionError, APITimeoutError, parse_retry_after

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
# Errors raised before a single byte of the request can have reached the server.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry.

    max_retries: retries after the first attempt (0 turns retrying off).
    backoff_base, backoff_max: the n-th retry waits a random time in
        [0, min(backoff_max, backoff_base * 2**n)] (full jitter).
    retry_after_max: longest `Retry-After` that is honoured; a longer hint is capped to it.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")
        if self.backoff_base < 0 or self.backoff_max < 0:
            raise ValueError("backoff_base and backoff_max must be >= 0")

    def delay_after_error(
        self, request: httpx.Request, error: Exception, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if attempt >= self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if request.method in IDEMPOTENT_METHODS or isinstance(error, NOT_SENT_ERRORS):
            return self._backoff(attempt)
        return None

    def delay_after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying after an answer, or None to keep the answer."""
        if attempt >= self.max_retries:
            return None
        status = response.status_code
        if status == 429 or (status in RETRY_STATUSES and request.method in IDEMPOTENT_METHODS):
            hint = parse_retry_after(response.headers)
            return min(hint, self.retry_after_max) if hint is not None else self._backoff(attempt)
        return None

    def _backoff(self, attempt: int) -> float:
        return random.uniform(0, min(self.backoff_max, self.backoff_base * 2**attempt))


def _connection_error(request: httpx.Request, error: httpx.TransportError) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    reason = str(error) or type(error).__name__
    return kind(f"{request.method} {request.url.path} failed: {reason}")


Outcome = httpx.Response | httpx.TransportError


def _next_delay(
    policy: RetryPolicy, request: httpx.Request, outcome: Outcome, attempt: int
) -> float | None:
    """Seconds to wait before the next attempt; None to return the response as it is.

    An error that is not retried becomes an `APIConnectionError`.
    """
    if isinstance(outcome, httpx.Response):
        delay = policy.delay_after_response(request, outcome, attempt)
        why = f"HTTP {outcome.status_code}"
    else:
        delay = policy.delay_after_error(request, outcome, attempt)
        why = type(outcome).__name__
        if delay is None:
            raise _connection_error(request, outcome) from outcome
    if delay is not None:
        log.info(
            "retrying %s %s after %s in %.2fs (retry %d)",
            request.method,
            request.url.path,
            why,
            delay,
            attempt + 1,
        )
    return delay


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport; connection failures surface as `a2e.APIConnectionError`."""

    def __init__(self, policy: RetryPolicy, transport: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self._transport = transport or httpx.HTTPTransport()

    def _attempt(self, request: httpx.Request) -> Outcome:
        try:
            response = self._transport.handle_request(request)
            # Reading here lets a connection that breaks mid-body be retried like any other.
            response.read()
        except httpx.TransportError as error:
            return error
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while (
            delay := _next_delay(self.policy, request, outcome := self._attempt(request), attempt)
        ) is not None:
            time.sleep(delay)
            attempt += 1
        assert isinstance(outcome, httpx.Response)  # errors were raised by _next_delay
        return outcome

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport; connection failures surface as `a2e.APIConnectionError`."""

    def __init__(
        self, policy: RetryPolicy, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.policy = policy
        self._transport = transport or httpx.AsyncHTTPTransport()

    async def _attempt(self, request: httpx.Request) -> Outcome:
        try:
            response = await self._transport.handle_async_request(request)
            await response.aread()
        except httpx.TransportError as error:
            return error
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # Imported here: asyncio costs ~25 ms, sync users never need it, async users have it.
        import asyncio

        attempt = 0
        while (
            delay := _next_delay(
                self.policy, request, outcome := await self._attempt(request), attempt
            )
        ) is not None:
            await asyncio.sleep(delay)
            attempt += 1
        assert isinstance(outcome, httpx.Response)  # errors were raised by _next_delay
        return outcome

    async def aclose(self) -> None:
        await self._transport.aclose()
