"""`make generate` on a copy of the tree: a mistake in the spec is refused with one
`file:line: message` line per problem and leaves every generated file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from tree import copy_tree, fingerprint, line_of, run

SPEC = Path("openapi", "a2e.yaml")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    return copy_tree(tmp_path)


def refused(tree: Path) -> list[str]:
    """Run `make generate` in the copy; it must fail, change nothing and name the spec's
    file and a line on each line it prints."""
    before = fingerprint(tree)
    result = run(tree, "generate.py")
    assert result.returncode == 1, result.stdout + result.stderr
    assert fingerprint(tree) == before
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith(f"{SPEC}:") for line in lines), result.stderr
    return lines


def test_bad_indentation_is_one_line_at_the_line_the_parser_names(tree: Path) -> None:
    spec = tree / SPEC
    number = line_of(spec, "        duration:", line_of(spec, "    FaceSwapTask:")) + 1
    text = spec.read_text().splitlines(keepends=True)
    assert text[number - 1] == "          type: number\n"
    text[number - 1] = "         type: number\n"
    spec.write_text("".join(text))
    [line] = refused(tree)
    # The parser notices on the next line, where the mapping cannot go on.
    assert line.startswith(f"{SPEC}:{number + 1}:22: not valid YAML: mapping values"), line


def test_a_reference_to_a_missing_schema_is_one_line_per_reference(tree: Path) -> None:
    spec = tree / SPEC
    start = line_of(spec, "      operationId: getFaceSwapTask")
    number = line_of(spec, "$ref: '#/components/schemas/FaceSwapTaskEnvelope'", start)
    text = spec.read_text().splitlines(keepends=True)
    text[number - 1] = text[number - 1].replace("FaceSwapTaskEnvelope", "NoSuchEnvelope")
    spec.write_text("".join(text))
    [line] = refused(tree)
    assert line == (
        f"{SPEC}:{number}: $ref '#/components/schemas/NoSuchEnvelope' points at nothing"
    )


def test_a_family_naming_a_field_its_task_lacks_is_refused(tree: Path) -> None:
    spec = tree / SPEC
    start = line_of(spec, "  face_swap:")
    number = line_of(spec, "    status: current_status", start)
    text = spec.read_text().splitlines(keepends=True)
    text[number - 1] = "    status: current_state\n"
    spec.write_text("".join(text))
    [line] = refused(tree)
    assert line == (
        f"{SPEC}:{number}: family face_swap: field current_state is not a property of FaceSwapTask"
    )


def test_a_duplicate_operation_id_is_refused(tree: Path) -> None:
    spec = tree / SPEC
    number = line_of(spec, "      operationId: listFaceSwapTasks")
    text = spec.read_text().splitlines(keepends=True)
    text[number - 1] = "      operationId: getFaceSwapTask\n"
    spec.write_text("".join(text))
    [line] = refused(tree)
    assert "getFaceSwapTask" in line and "not unique" in line
    # At one of the two operations: openapi-spec-validator names the one it meets second.
    operations = [
        line_of(spec, f"  {path}:") + 1
        for path in ("/api/v1/userFaceSwapTask/records", "/api/v1/userFaceSwapTask/{_id}")
    ]
    assert any(line.startswith(f"{SPEC}:{number}:") for number in operations), line


def test_a_key_written_twice_is_refused_at_the_second(tree: Path) -> None:
    # YAML keeps the last of two equal keys without a word: an operation would vanish.
    spec = tree / SPEC
    number = line_of(spec, "      operationId: listFaceSwapTasks")
    text = spec.read_text().splitlines(keepends=True)
    text.insert(number, "      operationId: listFaceSwapTasksAgain\n")
    spec.write_text("".join(text))
    [line] = refused(tree)
    assert line.startswith(f"{SPEC}:{number + 1}: key 'operationId' appears twice"), line


def test_a_spec_the_generator_refuses_after_the_lint_leaves_the_tree_alone(tree: Path) -> None:
    # The generator runs (and fails) while the lint passes: the half-built tree is dropped.
    spec = tree / SPEC
    post = line_of(spec, "      operationId: listVoicesByPost") - 1
    number = line_of(spec, "          application/json:", post)
    text = spec.read_text().splitlines(keepends=True)
    text[number - 1] = "          text/csv:\n"
    spec.write_text("".join(text))
    [line] = refused(tree)
    assert line.startswith(f"{SPEC}:{post}: openapi-python-client: WARNING parsing POST"), line
    assert "Unsupported content type text/csv" in line
