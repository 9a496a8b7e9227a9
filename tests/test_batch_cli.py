"""`a2e batch run` and `a2e batch status`, run as a user runs them, against the mock."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from a2e.batch import JobResult, Summary
from a2e.cli.batch import report, shown
from a2e.mock import RunningMock, running_mock
from terminal import drawn

A2E = Path(sys.executable).with_name("a2e")
KEY = "sk_batch_secret_0123456789"
START = "/api/v1/userNanoBanana/start"


@pytest.fixture(scope="module")
def served() -> Iterator[RunningMock]:
    with running_mock() as running:
        yield running


@pytest.fixture
def folder(served: RunningMock, tmp_path: Path) -> Path:
    served.mock.reset()
    lines = [{"name": f"cat {i}", "prompt": "a cat"} for i in range(3)]
    (tmp_path / "jobs.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    return tmp_path


def environment(served: RunningMock) -> dict[str, str]:
    return {**os.environ, "A2E_API_KEY": KEY, "A2E_BASE_URL": served.base_url, "NO_COLOR": "1"}


def batch_run(folder: Path, *more: str, headers: tuple[str, ...] = ()) -> list[str]:
    headers = tuple(part for header in headers for part in ("-H", header))
    return [str(A2E), *headers, "batch", "run", str(folder / "jobs.jsonl"), "--section",
            "nano-banana", "--journal", str(folder / "run.db"), "--out", str(folder / "out"),
            "--poll-interval", "0.01", *more]  # fmt: skip


def a2e(served: RunningMock, command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, env=environment(served), timeout=120, check=False
    )


def jobs_of(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def test_a_run_prints_each_job_as_json_and_a_table_and_status_reads_the_same(
    served: RunningMock, folder: Path
) -> None:
    done = a2e(served, batch_run(folder, "--concurrency", "2"))
    assert done.returncode == 0, done.stderr
    jobs = jobs_of(done.stdout)
    assert [(job["line"], job["state"], job["cost"]) for job in jobs] == [
        (1, "finished", 30),
        (2, "finished", 30),
        (3, "finished", 30),
    ]
    assert all(Path(job["files"][0]).is_file() for job in jobs)
    assert "line 1 finished: task" in done.stderr and "│ line 2 cat 1 │" in done.stderr
    assert "credits the journal's tasks say they cost: 90" in done.stderr
    assert "account credits before the run: 1293, after: 1293" in done.stderr
    assert KEY not in done.stdout + done.stderr

    status = a2e(served, [str(A2E), "batch", "status", "--journal", str(folder / "run.db")])
    assert status.returncode == 0 and jobs_of(status.stdout) == jobs
    assert served.mock.calls("POST", START) == 3


def test_bad_jobs_are_a_usage_error_of_one_line_and_nothing_starts(
    served: RunningMock, folder: Path
) -> None:
    with (folder / "jobs.jsonl").open("a") as jobs:
        jobs.write('{"name": "x", "prompt": "p", "image_size": "8K"}\n')
    refused = a2e(served, batch_run(folder))
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1
    assert "line 4: field 'image_size': must be one of '1K', '2K', '4K', got '8K'" in refused.stderr
    missing = a2e(served, [str(A2E), "batch", "run", str(folder / "jobs.jsonl")])
    assert missing.returncode == 2 and "Missing option '--section'" in missing.stderr
    assert served.mock.calls("POST", START) == 0
    skipped = a2e(served, batch_run(folder, "--skip-invalid"))
    assert skipped.returncode == 0, skipped.stderr
    assert [job["state"] for job in jobs_of(skipped.stdout)][-1] == "invalid"


def test_failed_jobs_exit_3_and_a_reached_budget_exits_5(served: RunningMock, folder: Path) -> None:
    failed = a2e(served, batch_run(folder, headers=("X-Mock-Fail: no cats today",)))
    assert failed.returncode == 3
    assert "line 1 failed: no cats today" in failed.stderr
    budget = batch_run(folder, "--budget", "40", "--concurrency", "1")
    budget[budget.index("--journal") + 1] = str(folder / "budget.db")
    stopped = a2e(served, budget)
    assert stopped.returncode == 5, stopped.stderr
    assert [job["state"] for job in jobs_of(stopped.stdout)] == ["finished", "finished", "pending"]
    assert "budget of 40 credits reached" in stopped.stderr


def test_ctrl_c_exits_130_and_the_same_command_continues(served: RunningMock, folder: Path) -> None:
    jobs = [{"name": f"cat {i}", "prompt": "a cat"} for i in range(5)]
    (folder / "jobs.jsonl").write_text("".join(json.dumps(job) + "\n" for job in jobs))
    # The first two tasks run far longer than the test: Ctrl-C lands while they are followed.
    command = batch_run(folder, "--concurrency", "2", headers=("X-Mock-Reads-Per-Stage: 1000",))
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment(served)
    )
    deadline = time.monotonic() + 60
    while served.mock.calls("POST", START) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert out == "" and "interrupted: no more jobs start" in err
    assert f"a2e batch status --journal {folder / 'run.db'}" in err

    again = a2e(served, batch_run(folder, "--concurrency", "2", "--task-timeout", "1"))
    assert again.returncode == 5, again.stderr
    states = [job["state"] for job in jobs_of(again.stdout)]
    assert states == ["started", "started", "finished", "finished", "finished"]
    assert "still running at A2E past --task-timeout (lines 1 2)" in again.stderr
    assert served.mock.calls("POST", START) == 5


def test_on_a_terminal_the_counts_are_redrawn_in_place(served: RunningMock, folder: Path) -> None:
    terminal, stderr = pty.openpty()
    process = subprocess.Popen(
        batch_run(folder, headers=("X-Mock-Reads-Per-Stage: 3",)),
        stdout=subprocess.PIPE,
        stderr=stderr,
        env={**environment(served), "TERM": "xterm-256color"},
    )
    os.close(stderr)
    screen = drawn(terminal)
    assert process.wait(timeout=60) == 0
    assert process.stdout is not None and len(process.stdout.read().splitlines()) == 3
    text = screen.decode()
    assert "\x1b[2K" in text or "\x1b[1A" in text  # the live line was redrawn
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
    assert "3 jobs: " in plain and "Ctrl-C stops starting and waiting" in plain
    assert "3 finished" in plain


def test_what_a2e_and_the_jobs_say_never_drives_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    hostile = "\x1b[2J[bold]wiped[/bold]\u202egnp.exe\nsecond line"
    job = JobResult(1, hostile, "failed", "t1", "failed", None, (), (), None, hostile, None)
    report(Summary(Path("run.db"), "nano_banana.start", (job,), 0.0))
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\u202e" not in err and "\\x1b[2J[bold]wiped[/bold]" in err
    assert "\\u202egnp.exe second line" in err
    assert shown("a\tb\x07c") == "a b\\x07c"
