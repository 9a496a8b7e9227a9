"""schemathesis against the mock: every operation, positive and negative cases, all checks."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from a2e.mock import running_mock

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml"
OPERATIONS = sum(
    1
    for item in yaml.safe_load(SPEC.read_text())["paths"].values()
    for method in ("get", "post", "put", "patch", "delete")
    if method in item
)


def test_schemathesis_finds_no_failure(tmp_path: Path) -> None:
    # A mock of its own: what other tests left in a shared one cannot change the verdict, and
    # schemathesis' cache goes to a temporary folder rather than the work tree.
    with running_mock() as (base_url, _):
        report = run_schemathesis(base_url, tmp_path)
    # Every generated case passed (skipped ones are cases schemathesis could not build).
    assert re.search(r"(\d+) generated, \1 passed", report), report[-2000:]
    assert f"Tested: {OPERATIONS}" in report


def run_schemathesis(base_url: str, folder: Path) -> str:
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(SPEC),
        "--url",
        base_url,
        "--checks",
        "all",
        "--mode",
        "all",
        "--max-examples",
        "40",
        "--seed",
        "20261125",
        "--header",
        "Authorization: Bearer sk_schemathesis",
        "--no-color",
    ]
    result = subprocess.run(
        command, cwd=folder, capture_output=True, text=True, timeout=600, check=False
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-6000:]
    return report
