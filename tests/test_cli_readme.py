"""Every README block marked `sh runnable` runs in bash against the mock, with the installed
`a2e` first on PATH, as a user would type it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from a2e.mock import running_mock

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
BLOCKS = re.findall(r"```sh runnable\n(.*?)```", README, flags=re.DOTALL)


def test_the_readme_has_runnable_commands() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_block_runs(block: str, tmp_path: Path) -> None:
    # The files the blocks name, as a user would have them.
    (tmp_path / "face.jpg").write_bytes(b"\xff\xd8\xff\xe0 a face")
    body = {
        "name": "x",
        "face_url": "https://example.com/f.jpg",
        "video_url": "https://example.com/v.mp4",
    }
    (tmp_path / "body.json").write_text(json.dumps(body))
    with running_mock() as (base_url, _):
        environment = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "A2E_API_KEY": "sk_readme",
            "A2E_BASE_URL": base_url,
        }
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", block],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-3000:]
