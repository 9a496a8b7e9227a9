"""`make generate` on a copy of the tree: a mistake in the spec is refused with one
`file:line: message` line per problem and leaves every generated file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from tree import copy_tree, edit, fingerprint, line_of, run

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


def test_a_breaking_rename_is_reported_bumped_and_released(tree: Path) -> None:
    # docs/maintaining.md, "Rename a field": the schema, its examples and the family that
    # names it change together; the report, the bump and the release follow.
    spec = tree / SPEC
    edit(spec, "faild_message", "failed_message", count=spec.read_text().count("faild_message"))
    generated = run(tree, "generate.py")
    assert generated.returncode == 0, generated.stderr
    assert "calling for 0.2.0; the version is 0.1.0: `make bump`" in generated.stdout

    report = run(tree, "changes.py").stdout
    assert "  breaking (" in report
    assert "    - model FaceSwapTask: answer field `faild_message` removed (in GET " in report
    assert "    - model FaceSwapTask: answer field `failed_message` added (in GET " in report
    assert (
        "    - a2e_client.models.face_swap_task.FaceSwapTask.faild_message: public object was removed"
        in report
    )
    assert "breaking, 0.1.0 -> 0.2.0 (while the version is 0.x" in report
    assert "## 0.2.0 (unreleased)\n\n### Breaking\n\n- HTTP: model FaceSwapPreview:" in report

    check = run(tree, "changes.py", "--check")
    assert check.returncode == 1
    assert "breaking changes since 0.1.0 call for 0.2.0, the version is 0.1.0" in check.stderr

    bumped = run(tree, "changes.py", "--bump")  # `make bump` runs this, then generate.py
    assert "overrides/a2e/_version.py: 0.1.0 -> 0.2.0" in bumped.stdout, bumped.stderr
    changelog = (tree / "CHANGELOG.md").read_text()
    assert "\n## 0.2.0 (unreleased)\n\n### Breaking\n\n- HTTP: model FaceSwapPreview:" in changelog
    regenerated = run(tree, "generate.py")
    assert f"{SPEC}:4: info.version set to 0.2.0" in regenerated.stdout, regenerated.stderr
    assert run(tree, "changes.py", "--check").returncode == 0

    released = run(tree, "changes.py", "--release")
    assert released.returncode == 0, released.stderr
    assert (tree / "releases" / "0.2.0" / "openapi.yaml").read_bytes() == spec.read_bytes()
    assert "\n## 0.2.0 (20" in (tree / "CHANGELOG.md").read_text()
    assert run(tree, "changes.py").stdout == "No change for users since 0.2.0 (releases/0.2.0/).\n"
