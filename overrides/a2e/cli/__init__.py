"""The `a2e` command: every operation of A2E's API from the shell (extra `a2e[cli]`).

    a2e <section> <operation> [--field ...]   call any operation; its `data` as JSON on stdout
    a2e wait | upload | download | doctor | mock | completion

Exit codes: 0 success; 1 A2E refused the request or could not be reached, or a local file or
stdout could not be written; 2 bad usage or configuration (nothing was sent); 3 a task failed;
4 a wait timed out; 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from importlib.util import find_spec

from . import exits

INSTALL = "pip install 'a2e[cli]'"


def main() -> None:
    """Entry point of the `a2e` console script and of `python -m a2e`."""
    if sys.stderr is None:
        # Started with stderr closed (`2>&-`): messages go nowhere rather than failing.
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - open for the whole run
    if sys.stdout is None:
        sys.stderr.write("a2e: standard output is closed; nothing was sent\n")
        raise SystemExit(exits.IO_ERROR)
    missing = [name for name in ("click", "rich") if find_spec(name) is None]
    if missing:
        sys.stderr.write(
            f"a2e: the command line needs {' and '.join(missing)}, which come with its extra: {INSTALL}\n"
        )
        raise SystemExit(1)
    try:
        from .app import run
    except KeyboardInterrupt:
        sys.stderr.write("a2e: interrupted\n")
        raise SystemExit(exits.INTERRUPTED) from None
    raise SystemExit(run())
