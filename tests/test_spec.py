"""The spec lints clean, and the lint catches what it is meant to catch."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def load_lint() -> ModuleType:
    # The lint imports its neighbour derived.py, as a script run from scripts/ does.
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("lint_spec", ROOT / "scripts" / "lint_spec.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lint = load_lint()
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
    elif change == "duration":
        del spec["x-a2e-families"]["face_swap"]["duration"]
    elif change == "spread":
        spec["x-a2e-families"]["face_swap"]["duration"]["spread"] = 0
    elif change == "estimate":
        spec["x-a2e-families"]["face_swap"]["duration"]["description"] = "About two minutes."
    elif change == "progress":
        spec["x-a2e-families"]["face_swap"]["progress"] = "percent_done"
    elif change == "section default":
        del spec["x-a2e-families"]["face_swap"]["section_default"]
    elif change == "two section defaults":
        spec["x-a2e-families"]["face_swap_preview"]["section_default"] = True
    elif change == "section default type":
        spec["x-a2e-families"]["face_swap"]["section_default"] = "yes"
    elif change == "family in two sections":
        detail["tags"] = ["Head Swap"]
    elif change == "name of another section":
        # A family named like the section of another: `image_edit` would mean both.
        spec["x-a2e-families"]["image_edit"] = spec["x-a2e-families"].pop("dubbing")
        for item in spec["paths"].values():
            for operation in item.values():
                task = operation.get("x-a2e-task") if isinstance(operation, dict) else None
                if task is not None and task["family"] == "dubbing":
                    task["family"] = "image_edit"
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
        ("duration", "family face_swap: keys must be"),
        ("spread", "duration spread must be a number above 0"),
        ("estimate", "an estimated duration must say so"),
        ("progress", "percent_done is not a property of FaceSwapTask"),
    ],
)
def test_the_lint_catches(change: str, reported: str) -> None:
    assert any(reported in problem for problem in lint.problems(broken(change)))


@pytest.mark.parametrize(
    ("change", "reported"),
    [
        ("section default", "section 'Face Swap' holds families face_swap, face_swap_preview"),
        ("two section defaults", "declare the one its name means `section_default: true`"),
        ("section default type", "family face_swap: section_default must be true or false"),
        ("family in two sections", "family face_swap: its operations are in several sections"),
        (
            "name of another section",
            "the name 'image_edit' would mean families image_edit, product_holding",
        ),
    ],
)
def test_the_lint_refuses_a_family_name_that_would_mean_two(change: str, reported: str) -> None:
    # The family checks alone, which are quick: test_the_spec_has_no_problem shows the lint
    # runs them.
    assert any(reported in problem for problem in lint.family_problems(broken(change)))


def test_servers_put_https_global_first() -> None:
    assert SPEC["servers"][0]["url"] == "https://video.a2e.ai"
    assert "unverified" in SPEC["servers"][1]["description"].lower()
