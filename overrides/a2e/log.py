"""Opt-in request logging: `A2E_LOG=info` logs each request, `A2E_LOG=debug` adds headers.

Logging goes through the standard `logging` module (logger name "a2e"), so an application's
own logging configuration decides where records go; the Authorization header is always
redacted, and every record of the SDK's loggers is scrubbed as it is made (keys masked,
control characters shown as escapes: a line from a server can neither show a secret nor drive
a terminal nor forge another log line).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import logging

LOGGER_NAME = "a2e"
REDACTED_HEADERS = frozenset({"authorization", "proxy-authorization", "x-a2e-webhook-token"})


_SCRUBBED: dict[str, logging.Logger] = {}


def scrubbed_logger(name: str) -> logging.Logger:
    """The logger called `name`, scrubbing every record logged on it (see `a2e.scrub`).

    A logger's filters see only the records logged on that very logger, not those of its
    children, so each of the SDK's loggers is obtained here.
    """
    logger = _SCRUBBED.get(name)
    if logger is not None:
        return logger
    import logging

    from .scrub import mask, printable

    def scrub(record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: left for the handler to report, as logging does
            return True
        record.msg, record.args = printable(mask(message)), None
        return True

    logger = logging.getLogger(name)
    logger.addFilter(scrub)
    _SCRUBBED[name] = logger
    return logger


def active_logger() -> logging.Logger | None:
    """The "a2e" logger, or None while nothing has imported `logging`.

    Until some code imports `logging` no handler can exist, so nothing could be shown; not
    importing it keeps `import a2e` about 12 ms cheaper.
    """
    return None if "logging" not in sys.modules else scrubbed_logger(LOGGER_NAME)


def configure_from_env() -> None:
    """Honour `A2E_LOG=info|debug` the standard way; no-op when unset.

    The "a2e" logger gets that level unless the application already chose one for it. A
    handler printing to stderr is added once, and it only prints when the application has
    configured no handler of its own (then records reach the application's handlers, once).
    """
    level = os.environ.get("A2E_LOG", "").strip().upper()
    if level not in {"DEBUG", "INFO"}:
        return
    import logging

    class FallbackHandler(logging.Handler):
        """Prints to stderr only while nothing else would show the record.

        It writes to whatever `sys.stderr` is at that moment, not the stream of its creation:
        a live terminal display (the `a2e` command's) swaps stderr for one that prints each
        line above itself, where a fixed stream would scribble over the display.
        """

        def emit(self, record: logging.LogRecord) -> None:
            others = [*logging.getLogger().handlers, *logging.getLogger(LOGGER_NAME).handlers]
            if not all(handler is self for handler in others):
                return
            try:
                sys.stderr.write(self.format(record) + "\n")
                sys.stderr.flush()
            except Exception:
                self.handleError(record)

    logger = scrubbed_logger(LOGGER_NAME)
    if logger.level == logging.NOTSET:
        logger.setLevel(level)
    if not any(type(handler).__name__ == FallbackHandler.__name__ for handler in logger.handlers):
        handler = FallbackHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s a2e %(levelname)s %(message)s"))
        logger.addHandler(handler)


def safe_headers(headers: httpx.Headers) -> dict[str, str]:
    """Headers with every secret replaced by a marker, fit for a log line."""
    return {
        name: "[redacted]" if name.lower() in REDACTED_HEADERS else value
        for name, value in headers.items()
    }


def info(message: str, *args: Any) -> None:
    logger = active_logger()
    if logger is not None:
        logger.info(message, *args)


def log_response(response: httpx.Response) -> None:
    """One line per answer at INFO, and the request headers at DEBUG."""
    logger = active_logger()
    if logger is None or not logger.isEnabledFor(20):  # 20 is logging.INFO
        return
    request = response.request
    logger.info("%s %s -> %d", request.method, request.url, response.status_code)
    if logger.isEnabledFor(10):  # 10 is logging.DEBUG
        logger.debug("request headers: %s", safe_headers(request.headers))
