"""Opt-in request logging: `A2E_LOG=info` logs each request, `A2E_LOG=debug` adds headers.

Logging goes through the standard `logging` module (logger name "a2e"); the Authorization
header is always redacted.
"""

from __future__ import annotations

import logging
import os

import httpx

logger = logging.getLogger("a2e")
REDACTED_HEADERS = frozenset({"authorization", "proxy-authorization", "x-a2e-webhook-token"})


def configure_from_env() -> None:
    """Attach a stderr handler at the level named by `A2E_LOG`, once; no-op when unset."""
    level = os.environ.get("A2E_LOG", "").strip().upper()
    if level not in {"DEBUG", "INFO"} or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s a2e %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def safe_headers(headers: httpx.Headers) -> dict[str, str]:
    """Headers with every secret replaced by a marker, fit for a log line."""
    return {
        name: "[redacted]" if name.lower() in REDACTED_HEADERS else value
        for name, value in headers.items()
    }


def log_response(response: httpx.Response) -> None:
    """One line per answer at INFO, and the request headers at DEBUG."""
    request = response.request
    logger.info("%s %s -> %d", request.method, request.url, response.status_code)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("request headers: %s", safe_headers(request.headers))
