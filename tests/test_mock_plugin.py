"""The pytest plugin and `a2e.mock` in a project without the `mock` extra, and per-test state.

A fresh virtual environment per test would be slow; these tests run Python with an import
hook that makes the extra's packages impossible to import, as they are when not installed.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import pytest

import a2e
from a2e.mock import INSTALL, MockA2E
from a2e_client.api.face_swap import get_face_swap_task_status

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
WITHOUT_EXTRA = """
import sys

MISSING = {"openapi_core", "starlette", "uvicorn"}


class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in MISSING:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, NotInstalled())
"""
TRIVIAL = "def test_trivial():\n    assert 1 + 1 == 2\n"
USES_THE_MOCK = "def test_uses_the_mock(a2e_client):\n    assert a2e_client\n"


def run_python(code: str, *arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def run_pytest(folder: Path, *, extra: bool) -> subprocess.CompletedProcess[str]:
    code = ("" if extra else WITHOUT_EXTRA) + "import pytest\nsys.exit(pytest.main(sys.argv[1:]))"
    # -rN: pytest repeats a failure's message in its short summary, untruncated when the CI
    # variable is set; the fixtures' own output is what these tests read.
    return run_python(
        "import sys\n" + code, "-q", "-rN", "-p", "no:cacheprovider", str(folder), cwd=folder
    )


def test_a_suite_runs_green_without_the_extra(tmp_path: Path) -> None:
    (tmp_path / "test_plain.py").write_text(TRIVIAL)
    result = run_pytest(tmp_path, extra=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_the_fixtures_say_what_to_install_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "test_both.py").write_text(TRIVIAL + USES_THE_MOCK)
    result = run_pytest(tmp_path, extra=False)
    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    assert "1 passed, 1 error" in report
    failure = [line for line in report.splitlines() if INSTALL in line]
    assert failure and "not installed" in failure[0], report
    assert "Traceback" not in report and "ModuleNotFoundError" not in report
    assert "During handling" not in report and report.count(INSTALL) == 1, report


def test_importing_the_mock_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    result = run_python(
        WITHOUT_EXTRA + "import a2e.mock\nfrom a2e.mock import running_mock", cwd=tmp_path
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("a2e.mock.MissingExtraError: ") and INSTALL in last


def test_the_command_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    code = WITHOUT_EXTRA + "from a2e.mock.__main__ import main\nmain(['--port', '0'])"
    result = run_python(code, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"a2e-mock: error: the A2E mock needs the 'mock' extra (starlette is not installed): {INSTALL}"
    ]


def readme_pytest_example() -> str:
    found = re.search(r"```python pytest\n(.*?)```", README, flags=re.DOTALL)
    assert found, "the README shows a pytest example marked `python pytest`"
    return found.group(1)


def test_the_readme_pytest_example_passes_in_any_number_of_tests(tmp_path: Path) -> None:
    example = readme_pytest_example()
    name = re.search(r"def (test_\w+)\(", example)
    assert name is not None
    copies = [example.replace(name.group(1), f"{name.group(1)}_{n}") for n in range(3)]
    (tmp_path / "test_example.py").write_text("\n\n".join(copies))
    result = run_pytest(tmp_path, extra=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


@pytest.mark.parametrize("turn", [1, 2])
def test_every_test_starts_with_a_fresh_mock(mock: MockA2E, base_url: str, turn: int) -> None:
    import httpx

    assert len(mock.requests) == 0 and len(mock.tasks) == 0 and not mock.storage.files
    httpx.post(
        f"{base_url}/api/v1/userFaceSwapTask/add",
        json={
            "name": f"turn {turn}",
            "face_url": "https://x/f.jpg",
            "video_url": "https://x/v.mp4",
        },
        headers={"Authorization": "Bearer sk_test"},
    )
    mock.storage.refuse_uploads = True  # undone by the next test's reset
    assert mock.calls("POST", "/api/v1/userFaceSwapTask/add") == 1


def test_reset_restores_the_options_the_mock_was_made_with() -> None:
    mock = MockA2E(reads_per_stage=3, request_log=7)
    mock.storage.refuse_uploads = True
    mock.tasks.start(mock.families["face_swap"], {})
    mock.reset()
    assert not mock.storage.refuse_uploads and len(mock.tasks) == 0
    assert mock.tasks.reads_per_stage == 3 and mock.requests.maxlen == 7


@pytest.fixture
def proxied(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proxies in the environment that lead nowhere, as a company laptop may have them."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")


def test_the_client_fixture_reaches_the_mock_whatever_proxies_are_set(
    proxied: None, a2e_client: a2e.Client
) -> None:
    assert get_face_swap_task_status.sync(client=a2e_client).code == 0
    answer = asyncio.run(get_face_swap_task_status.asyncio(client=a2e_client))
    assert answer.code == 0
