"""`a2e doctor` run as users run it: the installed command, against the mock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from a2e.mock import mock_process

DOCTOR = str(Path(sys.executable).parent / "a2e-doctor")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with mock_process() as url:
        yield url


def run_command(command: list[str], key: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "A2E_API_KEY": key}
    environment.pop("A2E_BASE_URL", None)
    return subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=120, check=False
    )


def doctor(url: str, key: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return run_command([DOCTOR, "--base-url", url, *arguments], key)


A2E = str(Path(DOCTOR).with_name("a2e"))


def test_a_clean_server_passes_with_every_free_operation_checked(server: str) -> None:
    result = doctor(server, "sk_doctor_secret", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    checks = report["checks"]
    assert checks[0]["operation"] == "getRemainingCoins"
    assert all(c["outcome"] == "fine" and c["method"] == "GET" for c in checks)
    names = {c["operation"] for c in checks}
    assert {"listVoices", "listAvatars", "listFaceSwapTasks", "listNanoBananaTasks"} <= names
    assert "sk_doctor_secret" not in result.stdout + result.stderr


def test_a_refused_key_stops_at_the_first_call(server: str) -> None:
    result = doctor(server, "not_a_key")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("failed   getRemainingCoins") for line in lines)
    assert "0 fine, 0 differs, 1 failed" in lines[-1]
    assert "not_a_key" not in result.stdout


@pytest.mark.parametrize(
    "command", [["a2e", "doctor"], ["python", "-m", "a2e", "doctor"]], ids=["a2e", "python -m"]
)
def test_the_other_spellings_run_the_same_doctor(server: str, command: list[str]) -> None:
    program = sys.executable if command[0] == "python" else str(Path(DOCTOR).with_name("a2e"))
    environment = {**os.environ, "A2E_API_KEY": "sk_doctor"}
    result = subprocess.run(
        [program, *command[1:], "--base-url", server, "--json"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["checks"][0]["operation"] == "getRemainingCoins"


def test_without_a_key_it_is_a_usage_error(server: str) -> None:
    result = doctor(server, "")
    assert result.returncode == 2
    assert "A2E_API_KEY" in result.stderr


@pytest.mark.parametrize(
    ("kind", "reported"),
    [
        ("missing", "expected a required field, got none"),
        ("type", ", got "),
        ("list", "got array"),
        ("null", "got null"),
    ],
)
def test_each_kind_of_drift_is_reported_and_fails_the_run(kind: str, reported: str) -> None:
    with mock_process("--fault", f"drift={kind}") as url:
        result = doctor(url, "sk_doctor", "--json")
    assert result.returncode == 1, result.stdout + result.stderr
    checks = json.loads(result.stdout)["checks"]
    differing = [check for check in checks if check["outcome"] == "differs"]
    assert differing and all(check["differences"] for check in differing)
    assert any(reported in line for check in differing for line in check["differences"])
    assert "sk_doctor" not in result.stdout + result.stderr


def test_the_options_of_a2e_before_doctor_are_honoured(server: str) -> None:
    fault = ["-H", "X-Mock-Fault: drift=missing"]
    result = run_command([A2E, "--base-url", server, *fault, "doctor", "--json"], "sk_doctor")
    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["server"].rstrip("/") == server.rstrip("/")
    assert any(check["outcome"] == "differs" for check in report["checks"])


def test_a_timeout_that_is_not_a_finite_positive_number_is_a_usage_error(server: str) -> None:
    for timeout in ("nan", "inf", "0"):
        result = doctor(server, "sk_doctor", "--timeout", timeout)
        assert result.returncode == 2 and "--timeout" in result.stderr, result.stderr


def test_the_doctors_own_server_options_replace_those_given_to_a2e(server: str) -> None:
    for before in (["--region", "global"], ["--base-url", "http://127.0.0.1:9"]):
        result = run_command([A2E, *before, "doctor", "--json", "--base-url", server], "sk_doctor")
        assert result.returncode == 0, result.stdout + result.stderr
        assert json.loads(result.stdout)["server"].rstrip("/") == server.rstrip("/")
