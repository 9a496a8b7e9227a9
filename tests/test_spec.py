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
    elif change == "failure":
        del detail["responses"]["default"]
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
        ("failure", "the default response must be $ref '#/components/responses/Failure'"),
    ],
)
def test_the_lint_catches(change: str, reported: str) -> None:
    assert any(reported in problem.message for problem in lint.problems(broken(change)))


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
    assert any(reported in problem.message for problem in lint.family_problems(broken(change)))


def test_servers_put_https_global_first() -> None:
    assert SPEC["servers"][0]["url"] == "https://video.a2e.ai"
    assert "unverified" in SPEC["servers"][1]["description"].lower()


def test_an_example_showing_a_property_its_schema_lacks_is_caught() -> None:
    # The schemas admit unknown fields, so a renamed field's old name in an example passes a
    # validator; the mock would go on serving it.
    spec = copy.deepcopy(SPEC)
    fields = spec["components"]["schemas"]["FaceSwapTask"]["properties"]
    fields["duration_seconds"] = fields.pop("duration")
    found = [problem.message for problem in lint.problems(spec)]
    assert (
        "GET /api/v1/userFaceSwapTask/{_id} 200 example at /data/duration: "
        "the schema has no such property"
    ) in found


def test_a_malformed_node_is_a_problem_not_a_crash() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/api/v1/userFaceSwapTask/{_id}"]["get"]["x-a2e-task"] = "detail"
    found = [problem.message for problem in lint.problems(spec)]
    assert any("stopped" in message and "AttributeError" in message for message in found)


def test_problems_are_lines_of_the_file_in_order(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(
        "openapi: 3.1.0\n"
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /a:\n"
        "    get: {}\n"
        "  /a:\n"
        "    get:\n"
        "      responses:\n"
        "        '200':\n"
        "          $ref: '#/components/responses/Gone'\n"
    )
    _, found = lint.check_file(path)
    assert found == [
        f"{lint.display(path)}:6: key '/a' appears twice here; YAML would keep the last",
        f"{lint.display(path)}:10: $ref '#/components/responses/Gone' points at nothing",
    ]


def test_a_yaml_syntax_error_is_one_line_where_the_parser_stopped(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\npaths:\n  /a: [\n")
    spec, found = lint.check_file(path)
    assert spec is None
    [line] = found
    assert line.startswith(f"{lint.display(path)}:4:1: not valid YAML:"), line
