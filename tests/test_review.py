"""What review tools and `git diff` show of a regenerated tree: the spec and the models, not
the blobs made from them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def attributes(*paths: str) -> dict[str, dict[str, str]]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    result = subprocess.run(
        ["git", "check-attr", "diff", "linguist-generated", "--", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, dict[str, str]] = {path: {} for path in paths}
    for line in result.stdout.splitlines():
        path, name, value = line.split(": ")
        found[path][name] = value
    return found


def test_generated_blobs_show_no_text_diff_and_fold_away() -> None:
    blobs = (
        "generated/a2e_client/openapi.json",
        "generated/a2e_client/openapi.yaml",
        "generated/a2e_client/commands.json",
        "releases/0.1.0/openapi.yaml",
    )
    for path, found in attributes(*blobs).items():
        assert found == {"diff": "unset", "linguist-generated": "true"}, path


def test_the_spec_and_the_models_are_what_a_review_shows() -> None:
    found = attributes(
        "openapi/a2e.yaml",
        "generated/a2e_client/models/face_swap_task.py",
        "generated/a2e_client/api/face_swap/get_face_swap_task.py",
        "docs/operations.md",
    )
    assert found["openapi/a2e.yaml"] == {"diff": "unspecified", "linguist-generated": "unspecified"}
    assert found["generated/a2e_client/models/face_swap_task.py"]["linguist-generated"] == "false"
    assert (
        found["generated/a2e_client/api/face_swap/get_face_swap_task.py"]["linguist-generated"]
        == "true"
    )
    assert found["docs/operations.md"]["linguist-generated"] == "true"
