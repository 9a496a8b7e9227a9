"""Run the mock on 127.0.0.1, in a background thread or in a process of its own."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

import httpx
import uvicorn

from .app import MockA2E


class RunningMock(NamedTuple):
    """A mock being served: where it listens, and its state (requests, tasks, storage...)."""

    base_url: str
    mock: MockA2E


@contextmanager
def running_mock(port: int = 0, **options: Any) -> Iterator[RunningMock]:
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
        yield RunningMock(f"http://127.0.0.1:{bound}", mock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def mock_process(*arguments: str) -> Iterator[str]:
    """Run `python -m a2e.mock` in its own process on a free port; yield its base URL.

    `arguments` go to the command line (for example "--reads-per-stage", "2").
    """
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "a2e.mock", "--port", str(port), *arguments])
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the mock A2E server did not start on {url}") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
