"""`make changes`: every difference since the last release, judged as callers feel it; the
version it calls for; one version for package, spec and changelog."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path
from typing import Any

import api_diff
import changes
import pytest
import spec_diff
import yaml

ROOT = Path(__file__).resolve().parent.parent


def api(
    request: dict[str, Any] | None = None,
    answer: dict[str, Any] | None = None,
    parameters: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A spec of one start operation and one read sharing a `Task` model."""
    envelope = {"$ref": "#/components/schemas/TaskEnvelope"}
    return {
        "paths": {
            "/task/add": {
                "post": {
                    "operationId": "startTask",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Start"}}
                        },
                    },
                    "responses": {"200": {"content": {"application/json": {"schema": envelope}}}},
                }
            },
            "/task/{_id}": {
                "get": {
                    "operationId": "getTask",
                    "parameters": parameters or [],
                    "responses": {"200": {"content": {"application/json": {"schema": envelope}}}},
                }
            },
        },
        "components": {
            "schemas": {
                "Start": request
                or {
                    "type": "object",
                    "required": ["face_url"],
                    "properties": {
                        "face_url": {"type": "string"},
                        "mode": {"type": "string", "enum": ["fast", "slow"]},
                        "count": {"type": "integer", "maximum": 10},
                    },
                },
                "TaskEnvelope": {
                    "type": "object",
                    "required": ["code"],
                    "properties": {
                        "code": {"type": "integer"},
                        "data": {"$ref": "#/components/schemas/Task"},
                    },
                },
                "Task": answer
                or {
                    "type": "object",
                    "required": ["_id", "status"],
                    "properties": {
                        "_id": {"type": "string"},
                        "status": {"type": "string", "enum": ["processing", "completed"]},
                        "faild_message": {"type": "string"},
                        "duration": {"type": "integer"},
                    },
                },
            }
        },
    }


BASE = api()


def lines(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str]]:
    report = spec_diff.Report(old, new)
    return [c.line() for c in report.breaking], [c.line() for c in report.compatible]


def changed(**parts: Any) -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    schemas = spec["components"]["schemas"]
    for name, edit in parts.items():
        edit(schemas[name]["properties"] if name != "paths" else spec["paths"])
    return spec


def test_no_change_is_no_line() -> None:
    assert lines(BASE, copy.deepcopy(BASE)) == ([], [])


def test_a_renamed_answer_field_breaks_once_for_its_model_with_every_operation() -> None:
    def rename(fields: dict[str, Any]) -> None:
        fields["failed_message"] = fields.pop("faild_message")

    breaking, compatible = lines(BASE, changed(Task=rename))
    reach = "(in GET /task/{_id} (getTask), POST /task/add (startTask))"
    assert breaking == [f"model Task: answer field `faild_message` removed {reach}"]
    assert compatible == [f"model Task: answer field `failed_message` added {reach}"]


def test_a_new_request_field_breaks_only_when_required() -> None:
    def add(fields: dict[str, Any]) -> None:
        fields["mask_url"] = {"type": "string"}

    spec = changed(Start=add)
    assert lines(BASE, spec) == (
        [],
        ["model Start: request field `mask_url` added (in POST /task/add (startTask))"],
    )
    spec["components"]["schemas"]["Start"]["required"].append("mask_url")
    assert lines(BASE, spec)[0] == [
        "model Start: request field `mask_url` added, required (in POST /task/add (startTask))"
    ]


def test_request_and_answer_are_judged_in_opposite_directions() -> None:
    def narrow(fields: dict[str, Any]) -> None:
        fields["mode"]["enum"] = ["fast"]
        fields["count"]["maximum"] = 5

    def widen_answer(fields: dict[str, Any]) -> None:
        fields["status"]["enum"].append("failed")
        fields["duration"]["type"] = "number"

    breaking, compatible = lines(BASE, changed(Start=narrow, Task=widen_answer))
    assert breaking == [
        "model Start: request field `count` maximum 10 -> 5 (in POST /task/add (startTask))",
        'model Start: request field `mode` no longer accepts "slow" (in POST /task/add (startTask))',
        "model Task: answer field `duration` type integer -> number (in GET /task/{_id} (getTask), POST /task/add (startTask))",
    ]
    # A2E adds status values without notice: readers accept them, so an added one is compatible.
    assert compatible == [
        'model Task: answer field `status` may also answer "failed" (in GET /task/{_id} (getTask), POST /task/add (startTask))'
    ]


def test_an_answer_field_no_longer_required_breaks_readers() -> None:
    spec = copy.deepcopy(BASE)
    spec["components"]["schemas"]["Task"]["required"] = ["_id"]
    assert lines(BASE, spec)[0] == [
        "model Task: answer field `status` may now be absent (in GET /task/{_id} (getTask), POST /task/add (startTask))"
    ]


def test_operations_and_parameters() -> None:
    spec = copy.deepcopy(BASE)
    spec["paths"]["/task/{_id}"]["get"]["deprecated"] = True
    spec["paths"]["/task/{_id}"]["get"]["parameters"] = [
        {"name": "lang", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    spec["paths"]["/task/list"] = {"get": {"operationId": "listTasks", "responses": {}}}
    del spec["paths"]["/task/add"]
    breaking, compatible = lines(BASE, spec)
    assert breaking == [
        "GET /task/{_id} (getTask): query parameter lang added, required",
        "POST /task/add (startTask): operation removed",
    ]
    assert compatible == [
        "GET /task/list (listTasks): operation added",
        "GET /task/{_id} (getTask): deprecated",
    ]


def test_a_change_many_operations_share_is_one_line() -> None:
    old = copy.deepcopy(BASE)
    for number in range(4):
        old["paths"][f"/other/{number}"] = {
            "get": {"operationId": f"other{number}", "responses": {}}
        }
    new = copy.deepcopy(old)
    for item in new["paths"].values():
        for operation in item.values():
            operation["responses"]["default"] = {"description": "a failure"}
    assert lines(old, new)[1] == ["6 operations: answer default documented (in every operation)"]
    del new["paths"]["/other/0"]["get"]["responses"]["default"]
    [line] = lines(old, new)[1]
    assert line.startswith("5 operations: answer default documented (in GET /other/1 (other1), ")


def test_the_version_a_change_calls_for() -> None:
    assert changes.called_for((0, 1, 0), breaking=True) == (0, 2, 0)
    assert changes.called_for((0, 1, 3), breaking=False) == (0, 1, 4)
    assert changes.called_for((1, 4, 2), breaking=True) == (2, 0, 0)
    assert changes.called_for((1, 4, 2), breaking=False) == (1, 5, 0)


def test_the_drafted_entry_replaces_the_lists_and_keeps_what_was_written_above() -> None:
    text = "# Changelog\n\nIntro.\n\n## 0.1.0 (2026-11-25)\n\nFirst.\n"
    first = changes.with_entry(text, "0.1.1", "### Compatible\n\n- a\n")
    assert first == (
        "# Changelog\n\nIntro.\n\n## 0.1.1 (unreleased)\n\n### Compatible\n\n- a\n\n"
        "## 0.1.0 (2026-11-25)\n\nFirst.\n"
    )
    edited = first.replace("## 0.1.1 (unreleased)\n", "## 0.1.1 (unreleased)\n\nWhy it matters.\n")
    second = changes.with_entry(edited, "0.2.0", "### Breaking\n\n- b\n", dated="2026-12-01")
    assert second == (
        "# Changelog\n\nIntro.\n\n## 0.2.0 (2026-12-01)\n\nWhy it matters.\n\n### Breaking\n\n- b\n\n"
        "## 0.1.0 (2026-11-25)\n\nFirst.\n"
    )
    assert changes.changelog_version(second) == "0.2.0"


def test_package_spec_and_changelog_name_one_version() -> None:
    assert changes.disagreements(ROOT) == []
    assert changes.package_version(ROOT) == __import__("a2e").__version__


def test_the_first_release_is_the_baseline_of_the_report() -> None:
    release = changes.last_release(ROOT)
    assert release is not None
    version, folder = release
    assert version >= (0, 1, 0) and (folder / "openapi.yaml").exists()
    spec = changes.load_yaml(ROOT / "releases" / "0.1.0" / "openapi.yaml")
    assert spec["info"]["version"] == "0.1.0"


def package(root: Path, models: str, init: str = "") -> Path:
    """A tree holding a tiny a2e and a2e_client, for griffe to read."""
    (root / "overrides" / "a2e").mkdir(parents=True)
    (root / "overrides" / "a2e" / "__init__.py").write_text(textwrap.dedent(init))
    (root / "generated" / "a2e_client").mkdir(parents=True)
    (root / "generated" / "a2e_client" / "__init__.py").write_text("")
    (root / "generated" / "a2e_client" / "models.py").write_text(textwrap.dedent(models))
    return root


MODEL = """
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    @_attrs_define
    class Start:
        face_url: str
        name: str | None = None
        extra: dict = _attrs_field(init=False, factory=dict)
"""
DEFAULTS = """
    POLL = 1.0

    def wait(initial: float = 1.0) -> None: ...
"""


def test_python_changes_read_attrs_models_and_named_defaults(tmp_path: Path) -> None:
    old = package(tmp_path / "old", MODEL, DEFAULTS)
    new_model = MODEL.replace("face_url: str\n", "face_url: str\n        mask_url: str\n")
    new_model = new_model.replace("        name: str | None = None\n", "")
    new = package(
        tmp_path / "new",
        new_model,
        DEFAULTS.replace("initial: float = 1.0", "initial: float = POLL, *, quiet: bool = False"),
    )
    api_diff.dump(api_diff.load(old), tmp_path / "api.json.gz")
    breaking, compatible = api_diff.changes(
        api_diff.undump(tmp_path / "api.json.gz"), api_diff.load(new)
    )
    assert breaking == [
        "a2e_client.models.Start.__init__(mask_url): parameter was added as required",
        "a2e_client.models.Start.__init__(name): parameter was removed",
        "a2e_client.models.Start.name: public object was removed",
    ]
    # `initial` only took a name for the same value.
    assert compatible == [
        "a2e.wait(quiet): optional parameter added",
        "a2e_client.models.Start.mask_url: added",
    ]


def test_a_dump_is_the_same_bytes_for_the_same_api(tmp_path: Path) -> None:
    tree = package(tmp_path / "tree", MODEL, DEFAULTS)
    api_diff.dump(api_diff.load(tree), tmp_path / "a.json.gz")
    api_diff.dump(api_diff.load(tree), tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()


@pytest.mark.parametrize("field", ["info", "version"])
def test_a_spec_without_a_version_disagrees(tmp_path: Path, field: str) -> None:
    root = tmp_path / "tree"
    (root / "openapi").mkdir(parents=True)
    (root / "overrides" / "a2e").mkdir(parents=True)
    (root / "overrides" / "a2e" / "_version.py").write_text('__version__ = "0.2.0"\n')
    spec: dict[str, Any] = {"info": {"version": "0.2.0"}}
    if field == "info":
        del spec["info"]
    else:
        del spec["info"]["version"]
    (root / "openapi" / "a2e.yaml").write_text(yaml.safe_dump(spec))
    (root / "CHANGELOG.md").write_text("# Changelog\n\n## 0.2.0 (unreleased)\n")
    [problem] = changes.disagreements(root)
    assert problem.startswith("openapi/a2e.yaml: info.version is None, the package's 0.2.0")


def test_a_change_many_objects_share_is_one_line_but_additions_are_listed() -> None:
    moved = [f"a2e_client.models.M{n}.__init__(x): parameter kind was changed" for n in range(12)]
    added = [f"a2e.thing{n}: added" for n in range(12)]
    assert api_diff.grouped([*moved, "a2e.wait(quiet): optional parameter added"]) == [
        "12 objects: parameter kind was changed (a2e_client.models.M0.__init__(x), "
        "a2e_client.models.M1.__init__(x), a2e_client.models.M10.__init__(x), +9 more)",
        "a2e.wait(quiet): optional parameter added",
    ]
    assert api_diff.grouped(added) == sorted(added)
