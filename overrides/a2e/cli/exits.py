"""Exit codes of the `a2e` command, and the one exception that carries them to the top."""

from __future__ import annotations

OK = 0
API_ERROR = 1
IO_ERROR = 1  # a local file or stdout failed: like A2E's failures, the world outside the command
USAGE = 2
TASK_FAILED = 3
TIMED_OUT = 4
INCOMPLETE = 5  # a batch run left jobs to finish (budget reached, start unknown, still running)
INTERRUPTED = 130


class Exit(Exception):
    """Stop with `code`, after printing `message` (one line on stderr) when there is one."""

    def __init__(self, code: int, message: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
