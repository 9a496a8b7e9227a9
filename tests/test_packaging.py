"""What the distribution ships: the MIT license it declares."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_license_is_mit_and_ships_with_the_package() -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License")
    declared = metadata.metadata("a2e")
    assert declared["License-Expression"] == "MIT"
    assert "LICENSE" in (declared.get_all("License-File") or [])
    shipped = [f for f in metadata.files("a2e") or [] if f.name == "LICENSE"]
    assert shipped and shipped[0].read_text() == text
