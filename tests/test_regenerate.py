"""`make generate` on a copy of the tree: a mistake in the spec is refused with one
`file:line: message` line per problem and leaves every generated file as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import changes
import pytest
import yaml
from tree import ROOT, copy_tree, edit, fingerprint, line_of, run

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


def test_a_new_version_reaches_the_spec_only_with_a_tree_generated_from_it(tree: Path) -> None:
    edit(tree / "overrides" / "a2e" / "_version.py", '"0.', '"9.')
    spec = tree / SPEC
    number = line_of(spec, "    status: current_status", line_of(spec, "  face_swap:"))
    text = spec.read_text().splitlines(keepends=True)
    text[number - 1] = "    status: current_state\n"
    spec.write_text("".join(text))
    [line] = refused(tree)
    assert "current_state" in line


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


def section(report: str, api: str, kind: str) -> list[str]:
    """The lines of one list of `make changes`'s report: api "HTTP" or "Python", kind
    "breaking" or "compatible"."""
    part = report.split(f"{api} API: ", 1)[1].split("\n\n", 1)[0]
    if f"  {kind} (" not in part:
        return []
    listed = part.split(f"  {kind} (", 1)[1].split("\n", 1)[1]
    return [line[6:] for line in listed.splitlines() if line.startswith("    - ")]


def test_a_breaking_rename_is_reported_bumped_and_released(tree: Path) -> None:
    # docs/maintaining.md, "Rename a field": the schema, its examples and the family that
    # names it change together; the report, the bump and the release follow. The expected
    # versions come from the tree, whatever main holds by then.
    release = changes.last_release(tree)
    assert release is not None
    base, current = release[0], changes.parse(changes.package_version(tree))
    version = changes.show(max(current, changes.called_for(base, breaking=True)))
    spec = tree / SPEC
    edit(spec, "faild_message", "failed_message", count=spec.read_text().count("faild_message"))
    generated = run(tree, "generate.py")
    assert generated.returncode == 0, generated.stderr
    assert f"calling for {version}" in generated.stdout

    report = run(tree, "changes.py").stdout
    removed = "model FaceSwapTask: answer field `faild_message` removed (in GET "
    assert any(line.startswith(removed) for line in section(report, "HTTP", "breaking"))
    added = "model FaceSwapTask: answer field `failed_message` added (in GET "
    assert any(line.startswith(added) for line in section(report, "HTTP", "compatible"))
    assert (
        "a2e_client.models.face_swap_task.FaceSwapTask.faild_message: public object was removed"
        in section(report, "Python", "breaking")
    )
    assert f"breaking, {changes.show(base)} -> " in report
    assert f"\n## {version} (unreleased)\n\n### Breaking\n\n- HTTP: " in report

    check = run(tree, "changes.py", "--check")
    if current < changes.called_for(base, breaking=True):
        assert check.returncode == 1
        assert f"breaking changes since {changes.show(base)} call for {version}" in check.stderr

    bumped = run(tree, "changes.py", "--bump")  # `make bump` runs this, then generate.py
    assert bumped.returncode == 0, bumped.stderr
    assert changes.package_version(tree) == version
    changelog = (tree / "CHANGELOG.md").read_text()
    entry = changelog.split(f"\n## {version} (unreleased)\n", 1)[1].split("\n## ", 1)[0]
    assert f"- HTTP: {removed}" in entry
    regenerated = run(tree, "generate.py")
    assert regenerated.returncode == 0, regenerated.stderr
    assert run(tree, "changes.py", "--check").returncode == 0

    released = run(tree, "changes.py", "--release")
    assert released.returncode == 0, released.stderr
    assert (tree / "releases" / version / "openapi.yaml").read_bytes() == spec.read_bytes()
    assert f"\n## {version} (20" in (tree / "CHANGELOG.md").read_text()
    no_change = f"No change for users since {version} (releases/{version}/).\n"
    assert run(tree, "changes.py").stdout == no_change


def merge(into: dict[str, Any], more: dict[str, Any]) -> None:
    """`more` added to `into`: mappings merged, lists extended."""
    for key, value in more.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key].extend(value)
        else:
            into[key] = value


def guide_block(heading: str) -> dict[str, Any]:
    """The YAML block of docs/maintaining.md's section `heading`."""
    text = (ROOT / "docs" / "maintaining.md").read_text()
    part = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    block: dict[str, Any] = yaml.safe_load(part.split("```yaml\n", 1)[1].split("\n```", 1)[0])
    return block


def test_a_family_added_as_the_guide_shows_is_generated_and_compatible(tree: Path) -> None:
    spec_path = tree / SPEC
    spec = yaml.load(spec_path.read_text(), Loader=yaml.CSafeLoader)
    merge(spec, guide_block("Add a task family"))
    spec_path.write_text(yaml.dump(spec, Dumper=yaml.CSafeDumper, sort_keys=False, width=100))
    generated = run(tree, "generate.py")
    assert generated.returncode == 0, generated.stderr
    families = (tree / "generated" / "a2e_client" / "families.py").read_text()
    assert "PHOTO_RESTORE: TaskFamily[PhotoRestoreTask] = TaskFamily(" in families
    assert "| `photo_restore` | `PHOTO_RESTORE` |" in (tree / "README.md").read_text()
    assert "| `start_photo_restore` |" in (tree / "docs" / "operations.md").read_text()

    report = run(tree, "changes.py").stdout
    http = section(report, "HTTP", "compatible")
    assert "POST /api/v1/photoRestore/start (startPhotoRestore): operation added" in http
    assert "GET /api/v1/photoRestore/{_id} (getPhotoRestore): operation added" in http
    python = section(report, "Python", "compatible")
    assert "a2e_client.families.PHOTO_RESTORE: added" in python
    assert "a2e_client.api.photo_restore: added" in python
    assert not [line for line in section(report, "HTTP", "breaking") if "photoRestore" in line]
