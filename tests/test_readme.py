"""Every README snippet marked `python runnable` runs, against the mock, as a user would run it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
SNIPPETS = re.findall(r"```python runnable\n(.*?)```", README, flags=re.DOTALL)
QUICKSTART = re.findall(r"```python quickstart\n(.*?)```", README, flags=re.DOTALL)


def test_the_readme_has_runnable_snippets() -> None:
    assert len(SNIPPETS) >= 5


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"snippet{i}" for i in range(len(SNIPPETS))])
def test_snippet_runs(snippet: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", snippet],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_quickstart_runs_against_the_mock_as_it_is(base_url: str, tmp_path: Path) -> None:
    """The first example, unchanged, with the environment a user would set for a real key."""
    (snippet,) = QUICKSTART
    assert snippet.count("import ") == 1 and len(snippet.strip().splitlines()) <= 6
    env = {**os.environ, "A2E_API_KEY": "sk_test", "A2E_BASE_URL": base_url}
    result = subprocess.run(
        [sys.executable, "-c", snippet],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("completed ")
    assert len(list((tmp_path / "results").iterdir())) == 1
