"""What the distribution ships: the MIT license it declares; how `make setup` installs it."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_license_is_mit_and_ships_with_the_package() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License")
    declared = metadata.metadata("a2e")
    assert declared["License-Expression"] == "MIT"
    assert "LICENSE" in (declared.get_all("License-File") or [])
    shipped = [f for f in metadata.files("a2e") or [] if f.name == "LICENSE"]
    assert shipped and shipped[0].read_text() == text


def test_the_editable_install_is_a_path_that_type_checkers_follow() -> None:
    # pyright and mypy read the plain paths of a .pth file, not an import hook.
    dist = metadata.distribution("a2e")
    direct = json.loads(dist.read_text("direct_url.json") or "{}")
    if not direct.get("dir_info", {}).get("editable"):
        pytest.skip("installed from a wheel: nothing to resolve")
    lines = [
        line.strip()
        for path in dist.files or []
        if path.suffix == ".pth"
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    assert sorted(lines) == sorted([str(ROOT / "generated"), str(ROOT / "overrides")])
