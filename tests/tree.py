"""A copy of the working tree for tests that change the spec, and what to compare it by.

The real openapi/ and generated/ are never touched: a test copies the parts the scripts read
into a temporary folder and runs the copy's scripts there.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What generate.py and changes.py read and write.
PARTS = ("openapi", "scripts", "overrides", "generated", "docs", "releases")
FILES = ("README.md", "CHANGELOG.md")
IGNORED = shutil.ignore_patterns(
    "__pycache__", ".ruff_cache", ".mypy_cache", ".*-codegen-input.json"
)


def copy_tree(folder: Path) -> Path:
    """A copy of the tree's sources under `folder`; returns its root."""
    root = folder / "tree"
    root.mkdir(parents=True)
    for part in PARTS:
        if (ROOT / part).exists():
            shutil.copytree(ROOT / part, root / part, ignore=IGNORED)
    for name in FILES:
        if (ROOT / name).exists():
            shutil.copyfile(ROOT / name, root / name)
    return root


def fingerprint(root: Path) -> dict[str, str]:
    """Every file `make generate` writes, by path, with a hash of its bytes."""
    paths = [p for p in (root / "generated").rglob("*") if p.is_file()]
    paths += [root / "docs" / "operations.md", root / "README.md", root / "openapi" / "a2e.yaml"]
    found = {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in paths
        if "__pycache__" not in p.parts
    }
    # A folder left behind (a staging tree) is a difference too.
    found |= {str(p.relative_to(root)): "dir" for p in (root / "generated").iterdir()}
    return found


def run(root: Path, script: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    """`python scripts/<script> <arguments>` in the copy, as `make` runs it."""
    return subprocess.run(
        [sys.executable, str(root / "scripts" / script), *arguments],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace `old` (which must occur `count` times) by `new` in the file at `path`."""
    text = path.read_text()
    assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new))


def line_of(path: Path, text: str, start: int = 1) -> int:
    """The number of the first line from `start` on that contains `text`."""
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if number >= start and text in line:
            return number
    raise AssertionError(f"{text!r} is not in {path}")
