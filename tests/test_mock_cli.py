"""`a2e-mock` on the command line: one-line errors before serving, quiet logs, the demo."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from a2e.mock.results import RESULTS_PATH, content_of
from a2e.mock.server import announced_url

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"Authorization": "Bearer sk_test"}


def command(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "a2e.mock", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        (["--port", "abc"], "--port"),
        (["--port", "70000"], "--port"),
        (["--reads-per-stage", "0"], "--reads-per-stage"),
        (["--stage-seconds", "-1"], "--stage-seconds"),
        (["--stage-seconds", "nan"], "--stage-seconds"),
        (["--fault", "latency=abc"], "--fault"),
        (["--fault", "gremlins"], "--fault"),
        (["--fault-rate", "2"], "--fault-rate"),
        (["--max-body", "0"], "--max-body"),
        (["--spec", "/nonexistent/a2e.yaml"], "--spec"),
        (["--colour"], "unrecognized"),
    ],
)
def test_bad_options_end_it_with_one_line_before_serving(arguments: list[str], named: str) -> None:
    result = command("--port", "0", *arguments)
    assert result.returncode == 2
    assert result.stdout == "", "nothing is announced"
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("a2e-mock: error: ") and named in last, result.stderr
    assert "Traceback" not in result.stderr


def test_a_busy_port_ends_it_with_one_line_before_anything_is_announced() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = command("--port", str(taken.getsockname()[1]))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().splitlines()[-1].startswith("a2e-mock: error: cannot listen on")


def test_expected_events_leave_the_log_quiet() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "a2e.mock", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = announced_url(process)
        # Announced means listening: the first request is served.
        assert httpx.get(f"{url}/api/v1/userFaceSwapTask/status", headers=AUTH).status_code == 200
        with pytest.raises(httpx.TransportError):
            httpx.get(
                f"{url}/api/v1/userFaceSwapTask/status", headers={**AUTH, "X-Mock-Fault": "drop"}
            )
        # A client that leaves in the middle of sending its body.
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as leaving:
            leaving.sendall(
                b"POST /api/v1/userFaceSwapTask/add HTTP/1.1\r\nHost: mock\r\n"
                b"Authorization: Bearer sk_test\r\nContent-Type: application/json\r\n"
                b'Content-Length: 1000\r\n\r\n{"name": '
            )
            time.sleep(0.2)
        big = httpx.post(
            f"{url}/api/v1/userFaceSwapTask/add", content=b"x" * (2 * 2**20), headers=AUTH
        )
        assert big.status_code == 413
        assert httpx.get(f"{url}/api/v1/userFaceSwapTask/status", headers=AUTH).status_code == 200
    finally:
        process.terminate()
        _, log = process.communicate(timeout=10)
    assert "Traceback" not in log and "ASGI callable" not in log and "Error" not in log, log


def test_the_demo_announces_once_and_writes_plain_lines() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert "\r" not in result.stdout
    assert sum(line.startswith("mock A2E server on ") for line in lines) == 1, lines
    task_id = lines[1].split()[4]
    assert [line.strip() for line in lines[2:-2]] == [
        "status: initialized",
        "status: processing",
        "status: completed",
    ]
    mock_url = lines[0].split()[-1]
    assert lines[-2] == f"result: {mock_url}/__mock__/results/face_swap/{task_id}.mp4"
    size = len(content_of(f"{RESULTS_PATH}face_swap/{task_id}.mp4"))
    assert lines[-1] == f"downloaded: {task_id}.mp4 ({size} bytes)"


@pytest.mark.parametrize(
    "content", ["import os\nx = {1: 2}\nprint('a: b')\n", "just text\n"], ids=["python", "scalar"]
)
def test_a_spec_that_is_not_an_openapi_document_ends_it_with_one_line(
    content: str, tmp_path: Path
) -> None:
    (tmp_path / "not-yaml.py").write_text(content)
    result = command("--port", "0", "--spec", str(tmp_path / "not-yaml.py"))
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("a2e-mock: error: --spec ")
