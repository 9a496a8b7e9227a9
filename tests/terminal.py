"""What a command drew on a pseudo-terminal, for tests that run it as a person would."""

from __future__ import annotations

import os


def drawn(terminal: int) -> bytes:
    """Everything written to the pty whose controlling side is `terminal`, read until the
    command closes it; the descriptor is closed then."""
    shown = b""
    while True:
        try:
            chunk = os.read(terminal, 65536)
        except OSError:  # the command closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(terminal)
    return shown
