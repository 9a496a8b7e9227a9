"""The spec lints clean, and the lint catches what it is meant to catch."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import lint_spec as lint
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "a2e.yaml").read_text())


def broken(change: str) -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    detail = spec["paths"]["/api/v1/userFaceSwapTask/{_id}"]["get"]
    example = detail["responses"]["200"]["content"]["application/json"]["example"]
    if change == "example":
        del example["data"]["_id"]
    elif change == "date":
        example["data"]["createdAt"] = "yesterday"
    elif change == "basis":
        detail["x-a2e-basis"] = "guess"
    elif change == "tags":
        detail["tags"] = ["Face Swap", "Other"]
    elif change == "openapi":
        detail["parameters"] = [{"name": "missing_in"}]
    elif change == "family field":
        spec["x-a2e-families"]["face_swap"]["results"] = ["no_such_field"]
    elif change == "family name":
        detail["x-a2e-task"]["family"] = "undeclared"
    elif change == "family detail":
        del detail["x-a2e-task"]
    elif change == "paging":
        listing = spec["paths"]["/api/v1/userFaceSwapTask/records"]["get"]
        listing["x-a2e-paging"]["size"] = "page_size"
    return spec


def test_the_spec_has_no_problem() -> None:
    assert lint.problems(SPEC) == []


@pytest.mark.parametrize(
    ("change", "reported"),
    [
        ("example", "'_id' is a required property"),
        ("date", "is not a 'date-time'"),
        ("basis", "does not say it is unverified"),
        ("tags", "exactly one tag"),
        ("openapi", "not valid OpenAPI"),
        ("family field", "no_such_field is not a property of FaceSwapTask"),
        ("family name", "family 'undeclared', which is not declared"),
        ("family detail", "family face_swap: no operation has x-a2e-task role detail"),
        ("paging", "x-a2e-paging size 'page_size' is not a parameter"),
    ],
)
def test_the_lint_catches(change: str, reported: str) -> None:
    assert any(reported in problem for problem in lint.problems(broken(change)))


def test_servers_put_https_global_first() -> None:
    assert SPEC["servers"][0]["url"] == "https://video.a2e.ai"
    assert "unverified" in SPEC["servers"][1]["description"].lower()
