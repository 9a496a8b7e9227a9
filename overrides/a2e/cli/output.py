"""What the command writes: JSON on stdout (pretty on a terminal, one compact line in a pipe);
messages, progress and errors on stderr.

Nothing printed carries a key a server echoed (`a2e.scrub.mask`), and nothing from a server
can drive the terminal: messages show control characters as escapes, and JSON writes the few
that JSON leaves raw (DEL, C1, bidirectional controls) as `\\u` escapes.
"""

from __future__ import annotations

import json
import math
import os
import sys
from typing import Any

from a2e.scrub import json_safe, masked, terminal_text

from . import exits


def _finite(value: Any) -> Any:
    """`value` with every NaN and infinity as null: Python's json reads them from an answer,
    but they are not JSON, and a reader of our output would choke on them."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def json_text(value: Any, *, indent: int | None = None) -> str:
    """`value` as JSON that any reader accepts: non-finite numbers become null, and a string
    that is not valid Unicode (a lone surrogate, which a JSON answer may hold as an escape)
    keeps its escape rather than failing to print."""
    separators = (",", ": ") if indent else (",", ":")
    clean = masked(_finite(value))
    text = json.dumps(clean, ensure_ascii=False, indent=indent, separators=separators)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(clean, indent=indent, separators=separators)
    return json_safe(text)


def write(text: str) -> None:
    """Write to stdout; a failing stdout (a full disk, a closed pipe end) ends the command with
    exit code 1 and one line on stderr."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        # What stays in the buffer would fail again, with a traceback, when Python exits.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise exits.Exit(
            exits.IO_ERROR, f"cannot write to standard output: {error.strerror or error}"
        ) from None


def emit(value: Any) -> None:
    """Write a JSON value on stdout."""
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.highlighter import JSONHighlighter

        text = JSONHighlighter()(json_text(value, indent=2))
        text.no_wrap, text.overflow = True, None
        Console().print(text, soft_wrap=True)
    else:
        write(json_text(value) + "\n")


def emit_line(text: str) -> None:
    """Write one line of plain text (a URL, a path) on stdout."""
    write(terminal_text(text) + "\n")


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def say(message: str) -> None:
    """One line for the person at the terminal, on stderr."""
    sys.stderr.write(f"a2e: {terminal_text(one_line(message))}\n")
    sys.stderr.flush()
