"""What the command writes: JSON on stdout (pretty on a terminal, one compact line in a pipe);
messages, progress and errors on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any


def emit(value: Any) -> None:
    """Write a JSON value on stdout."""
    if sys.stdout.isatty():
        from rich.console import Console

        Console().print_json(data=value, ensure_ascii=False)
    else:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n")
        sys.stdout.flush()


def emit_line(text: str) -> None:
    """Write one line of plain text (a URL, a path) on stdout."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def say(message: str) -> None:
    """One line for the person at the terminal, on stderr."""
    sys.stderr.write(f"a2e: {one_line(message)}\n")
    sys.stderr.flush()
