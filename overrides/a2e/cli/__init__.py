"""The `a2e` command: every operation of A2E's API from the shell (extra `a2e[cli]`).

    a2e <section> <operation> [--field ...]   call any operation; its `data` as JSON on stdout
    a2e wait | upload | download | doctor | mock | completion

Exit codes: 0 success; 1 A2E refused the request or could not be reached; 2 bad usage or
configuration (nothing was sent); 3 a task failed; 4 a wait timed out; 130 interrupted.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

INSTALL = "pip install 'a2e[cli]'"


def main() -> None:
    """Entry point of the `a2e` console script and of `python -m a2e`."""
    missing = [name for name in ("click", "rich") if find_spec(name) is None]
    if missing:
        sys.stderr.write(
            f"a2e: the command line needs {' and '.join(missing)}, which come with its extra: {INSTALL}\n"
        )
        raise SystemExit(1)
    from .app import run

    raise SystemExit(run())
