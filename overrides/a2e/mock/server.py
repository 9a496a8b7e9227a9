"""Run the mock on 127.0.0.1 in a background thread, for tests and demos."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from .app import MockA2E


@contextmanager
def running_mock(port: int = 0, **options: Any) -> Iterator[tuple[str, MockA2E]]:
    """Serve a fresh mock on 127.0.0.1 (port 0: any free port); yield (base URL, mock).

    `options` go to `MockA2E` (for example `reads_per_stage=3`).
    """
    mock = MockA2E(**options)
    config = uvicorn.Config(mock, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="a2e-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the mock A2E server did not start on 127.0.0.1:{port}")
        time.sleep(0.01)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{bound}", mock
    finally:
        server.should_exit = True
        thread.join(timeout=10)
