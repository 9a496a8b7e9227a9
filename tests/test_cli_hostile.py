"""The `a2e` command against a hostile server and hostile local input (issue #16): files stay
in the chosen folder, no key and no terminal control reaches the terminal, unusable input is
exit 2 on one line. The library's side is in test_hostile.py."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hostile import RESULT, Hostile, hostile_server
from test_cli import A2E, KEY, START, one_line_exit

from a2e.mock import RunningMock, running_mock
from terminal import drawn

FAST = ["--poll-interval", "0.02"]
CONTROLS = "\x1b]0;owned\x07 \x1b]52;c;cHduZWQ=\x07 \x1b[2J \u202egnp.exe \x9b31m"


@pytest.fixture
def hostile() -> Iterator[Hostile]:
    with hostile_server() as server:
        yield server


@pytest.fixture(scope="module")
def served() -> Iterator[RunningMock]:
    with running_mock() as running:
        yield running


def a2e(base_url: str, *args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command against `base_url`; with `script`, bash runs it with $A the
    command (for process substitution)."""
    environment = {**os.environ, "A2E_API_KEY": KEY, "A2E_BASE_URL": base_url, "NO_COLOR": "1"}
    command = ["bash", "-c", script, "a2e-test"] if script else [str(A2E), *args]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**environment, "A": str(A2E)},
        timeout=60,
        check=False,
    )


def no_controls(text: str) -> bool:
    return not any(char in text for char in "\x1b\x07\x9b\u202e")


@pytest.mark.parametrize("task_id", ["../escaped", "/abs/path/evil", "a\x00b"], ids=repr)
def test_wait_and_download_keeps_server_ids_inside_the_folder(
    hostile: Hostile, tmp_path: Path, task_id: str
) -> None:
    hostile.finished(task_id, "/r/evil.pth")
    folder = tmp_path / "chosen"
    result = a2e(hostile.base_url, *START, "--wait", *FAST, "--download", str(folder))
    assert result.returncode == 0, result.stderr
    [saved] = folder.iterdir()
    assert result.stdout.splitlines()[-1] == str(saved)
    assert saved.suffix != ".pth" and saved.read_bytes() == RESULT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chosen"]
    assert json.loads(result.stdout.splitlines()[0])["_id"] == task_id


def test_a_typed_id_is_kept_inside_the_folder(hostile: Hostile, tmp_path: Path) -> None:
    hostile.finished("../x")
    folder = tmp_path / "chosen"
    result = a2e(hostile.base_url, "download", "face_swap", "../x", "-o", str(folder))
    assert result.returncode == 0, result.stderr
    [saved] = folder.iterdir()
    assert result.stdout == f"{saved}\n" and saved.read_bytes() == RESULT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chosen"]


def test_an_id_the_sdk_cannot_send_is_exit_2(hostile: Hostile) -> None:
    one_line_exit(a2e(hostile.base_url, "download", "face_swap", ".."), 2)
    assert hostile.fetched == []


@pytest.mark.parametrize("status", [401, 200])
def test_a_key_the_server_echoes_is_not_printed(hostile: Hostile, status: int) -> None:
    hostile.refusal = (status, "invalid token: Bearer {key}")
    result = a2e(hostile.base_url, "face-swap", "get-face-swap-task", "--id", "t1")
    line = one_line_exit(result, 1)
    assert KEY not in result.stderr + result.stdout and "Bearer [redacted]" in line


def test_a_failed_task_echoing_the_key_prints_neither_key_nor_controls(hostile: Hostile) -> None:
    hostile.failed("t1", f"token {KEY} refused {CONTROLS}", name=f"Bearer {KEY}")
    result = a2e(hostile.base_url, "wait", "face_swap", "t1", *FAST)
    assert result.returncode == 3, result.stderr
    assert KEY not in result.stdout + result.stderr
    assert no_controls(result.stderr) and no_controls(result.stdout)
    task = json.loads(result.stdout)
    assert task["faild_message"] == f"token [redacted] refused {CONTROLS}"


def test_controls_in_ids_and_messages_are_neutralised(hostile: Hostile, tmp_path: Path) -> None:
    hostile.failed(f"id{CONTROLS}", f"failed {CONTROLS}")
    result = a2e(hostile.base_url, *START, "--wait", *FAST, "--download", str(tmp_path))
    assert result.returncode == 3, result.stderr
    assert no_controls(result.stderr), result.stderr
    assert "started face_swap task(s): id\\x1b]0;owned\\x07" in result.stderr
    assert no_controls(result.stdout) and "\\u202e" in result.stdout
    assert json.loads(result.stdout)["faild_message"] == f"failed {CONTROLS}"


def test_the_live_display_shows_controls_as_text(hostile: Hostile) -> None:
    hostile.failed("t1", f"failed {CONTROLS}")
    terminal, stderr = pty.openpty()
    environment = {
        **os.environ,
        "A2E_API_KEY": KEY,
        "A2E_BASE_URL": hostile.base_url,
        "TERM": "xterm-256color",
    }
    process = subprocess.Popen(
        [str(A2E), "wait", "face_swap", "t1", *FAST],
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=environment,
    )
    os.close(stderr)
    shown = drawn(terminal)
    assert process.wait(timeout=60) == 3
    assert b"\\x1b]52;c;" in shown, "the display shows the failure, as text"
    assert b"\x1b]" not in shown and b"\x07" not in shown and b"\x1b[2J" not in shown
    assert "\u202e".encode() not in shown and "\x9b".encode() not in shown


@pytest.mark.parametrize("path", ["/dev/null", "/dev/zero"])
def test_uploading_a_device_is_exit_2(served: RunningMock, path: str) -> None:
    before = len(served.mock.requests)
    line = one_line_exit(a2e(served.base_url, "upload", path), 2)
    assert "not a regular file or a pipe" in line
    assert len(served.mock.requests) == before


def test_a_pipe_is_uploaded_whole_and_an_endless_one_is_exit_2(served: RunningMock) -> None:
    piped = a2e(served.base_url, script='"$A" upload <(printf "from a pipe")')
    assert piped.returncode == 0, piped.stderr
    assert httpx.get(piped.stdout.strip()).content == b"from a pipe"
    endless = a2e(served.base_url, script='"$A" upload <(head -c 70000000 /dev/zero)')
    assert "more than" in one_line_exit(endless, 2)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_proc_file_is_uploaded_as_it_reads(served: RunningMock) -> None:
    result = a2e(served.base_url, "upload", "/proc/self/status")
    assert result.returncode == 0, result.stderr
    assert httpx.get(result.stdout.strip()).content.startswith(b"Name:")
