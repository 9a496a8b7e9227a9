"""Run the mock on 127.0.0.1, in a background thread or in a process of its own."""

from __future__ import annotations

import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

import uvicorn

from .app import MockA2E
from .faults import quiet_expected_events

STARTUP_SECONDS = 20


class RunningMock(NamedTuple):
    """A mock being served: where it listens, and its state (requests, tasks, storage...)."""

    base_url: str
    mock: MockA2E


def listening_socket(port: int) -> socket.socket:
    """A socket listening on 127.0.0.1:`port` (0: any free port); OSError if it is taken."""
    # The protocol named: asyncio turns Nagle's algorithm off only on sockets whose `proto` is
    # TCP, and with it on each answer waits for the client's delayed ACK (40 ms or more).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        # As uvicorn does: a restarted mock can take its port back from connections closing.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


@contextmanager
def running_mock(port: int = 0, **options: Any) -> Iterator[RunningMock]:
    """Serve a fresh mock on 127.0.0.1 (port 0: any free port); yield (base URL, mock).

    `options` go to `MockA2E` (for example `reads_per_stage=3`).
    """
    mock = MockA2E(**options)
    sock = listening_socket(port)
    config = uvicorn.Config(mock, log_level="warning", lifespan="off")
    quiet_expected_events()
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="a2e-mock", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + STARTUP_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"the mock A2E server did not start on 127.0.0.1:{port}")
        time.sleep(0.01)
    try:
        yield RunningMock(f"http://127.0.0.1:{sock.getsockname()[1]}", mock)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def mock_process(*arguments: str) -> Iterator[str]:
    """Run `python -m a2e.mock` in its own process on a free port; yield its base URL.

    `arguments` go to the command line (for example "--reads-per-stage", "2"). The process's
    announcement is read here, not printed: the caller says what it wants about the server.
    """
    command = [sys.executable, "-m", "a2e.mock", "--port", "0", *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        url = announced_url(process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def announced_url(process: subprocess.Popen[str]) -> str:
    """The base URL from the process's announcement, printed once it listens."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], STARTUP_SECONDS)
    line = process.stdout.readline() if ready else ""
    for word in line.split():
        if word.startswith("http://127.0.0.1:"):
            return word
    process.kill()
    raise RuntimeError(f"the mock A2E server did not start (exit status {process.wait()})")
