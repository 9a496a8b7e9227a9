"""Regenerate generated/a2e_client and docs/operations.md from openapi/a2e.yaml, or check them.

python scripts/generate.py           write generated/a2e_client and docs/operations.md
python scripts/generate.py --check   generate into a temporary folder and fail on any difference

The spec is checked first (scripts/lint_spec.py); a spec with any problem is refused with one
`file:line: message` line per problem. The new tree is built beside the old one and put in
its place only once complete, so a failure leaves generated/ as it was.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import changes
import derived
import lint_spec
import walk
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
CONFIG = ROOT / "openapi" / "codegen.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "generated" / "a2e_client"
DOCS = ROOT / "docs" / "operations.md"
README = ROOT / "README.md"
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}
# Where a tree is built before it replaces generated/a2e_client: beside it, so the swap is a
# rename on one file system.
STAGING_PREFIX = ".a2e_client-"


class Refused(Exception):
    """The spec or the generator said no; each argument is one line for the user."""


def codegen_input(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generator should read it: each parameter's description also on its
    schema, the only place openapi-python-client takes a parameter's docstring from; without
    the `default` answers (A2E's failure envelope), which operations never return: every failure
    raises its a2e error, so each operation returns its success model; and no `default` in
    what a request takes, which the generator would send on the caller's behalf: the
    description says A2E's default instead."""
    shaped = copy.deepcopy(spec)
    shared = shaped.get("components", {}).get("parameters", {}).values()
    operations = [
        op for item in shaped["paths"].values() for op in item.values() if isinstance(op, dict)
    ]
    for op in operations:
        op.get("responses", {}).pop("default", None)
    parameters = [*shared, *(p for op in operations for p in op.get("parameters", []))]
    for parameter in parameters:
        schema = parameter.get("schema")
        if parameter.get("description") and isinstance(schema, dict):
            schema.setdefault("description", parameter["description"])
    bodies = [
        media.get("schema")
        for op in operations
        for media in op.get("requestBody", {}).get("content", {}).values()
    ]
    _defaults_described(shaped, [*(p.get("schema") for p in parameters), *bodies])
    return shaped


def _defaults_described(spec: dict[str, Any], schemas: list[Any]) -> None:
    """Moves each `default` in `schemas` and every schema they hold or refer to into its
    description."""
    pending, followed = list(schemas), set[str]()
    while pending:
        schema = pending.pop()
        if not isinstance(schema, dict):
            continue
        if "default" in schema:
            said = f"A2E's default: {schema.pop('default')!r}."
            schema["description"] = f"{schema.get('description', '').strip()} {said}".lstrip()
        ref = schema.get("$ref")
        if ref is not None and ref not in followed:
            followed.add(ref)
            pending.append(walk.resolve(spec, schema))
        pending += schema.get("properties", {}).values()
        pending += [schema.get(key) for key in ("items", "additionalProperties", "not")]
        pending += [s for key in ("allOf", "oneOf", "anyOf") for s in schema.get(key, [])]


def with_version(loaded: lint_spec.SpecFile, text: str, version: str) -> str:
    """The spec's text with `info.version` set to `version`, nothing else touched."""
    node = loaded.node_at(("info", "version"))
    if not isinstance(node, yaml.ScalarNode):
        raise Refused(f"{lint_spec.display(SPEC)}:1: the spec has no info.version")
    quote = node.style if node.style in ("'", '"') else ""
    start, end = node.start_mark.index, node.end_mark.index
    return f"{text[:start]}{quote}{version}{quote}{text[end:]}"


def checked_spec(*, write: bool) -> tuple[dict[str, Any], str, list[str]]:
    """(the spec, its text, notes for the user) when the cheap checks pass (YAML, duplicate
    keys, references), with info.version set to the package's, the one place the version is
    written (the text is written back only once the tree is generated); else Refused."""
    try:
        loaded = lint_spec.SpecFile(SPEC)
    except yaml.YAMLError as error:
        raise Refused(lint_spec.syntax_error(SPEC, error)) from None
    early = lint_spec.early_problems(loaded)
    if early:
        raise _refusal(early, loaded)
    spec: dict[str, Any] = loaded.spec
    text = SPEC.read_text(encoding="utf-8")
    notes: list[str] = []
    version = changes.package_version(ROOT)
    stated = spec.get("info", {}).get("version") if isinstance(spec.get("info"), dict) else None
    if stated != version:
        line = loaded.line_of(lint_spec.Problem(("info", "version"), ""))
        if not write:
            raise Refused(
                f"{lint_spec.display(SPEC)}:{line}: info.version is {stated!r}, the package "
                f"version ({changes.VERSION_FILE}) is {version}; run `make generate`"
            )
        text = with_version(loaded, text, version)
        spec["info"]["version"] = version
        notes.append(f"{lint_spec.display(SPEC)}:{line}: info.version set to {version}")
    return spec, text, notes


def _refusal(found: list[lint_spec.Problem], loaded: lint_spec.SpecFile | None = None) -> Refused:
    """The refusal naming each problem at its line."""
    loaded = loaded or lint_spec.SpecFile(SPEC)
    found = found or [lint_spec.Problem((), "the spec has a shape the generator cannot read")]
    return Refused(*(loaded.render(p) for p in sorted(found, key=loaded.line_of)))


_PLACE = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/\S*)|#/components/schemas/([\w.-]+)")
_BOILERPLATE = ("Generating ", "Warning(s) encountered", "If you believe this was a mistake")


def _generator_lines(output: str) -> list[str]:
    """openapi-python-client's complaints as `file:line: message`: it writes each as a block
    naming the operation or schema, then blocks of detail."""
    problems: list[tuple[lint_spec.Problem, list[str]]] = []
    for block in output.split("\n\n"):
        text = " ".join(block.split())
        if not text or text.startswith(_BOILERPLATE):
            continue
        if text.startswith(("WARNING", "Unable to parse")) or not problems:
            place = _PLACE.search(text)
            where: lint_spec.Where = ()
            if place and place[1]:
                where = ("paths", place[2], place[1].lower())
            elif place:
                where = ("components", "schemas", place[3])
            problems.append((lint_spec.Problem(where, ""), [text]))
        else:
            problems[-1][1].append(text)
    loaded = lint_spec.SpecFile(SPEC)
    return [
        loaded.render(
            lint_spec.Problem(problem.where, "openapi-python-client: " + ": ".join(texts))
        )
        for problem, texts in problems
    ]


def generate(spec: dict[str, Any], text: str, out: Path, docs: Path) -> None:
    """Lint the spec while openapi-python-client builds `out` (which must not exist), then add
    the derived files and ship the spec. Refused when the lint or the generator fails."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    try:
        generator_input = codegen_input(spec)
    except (AttributeError, TypeError):  # a malformed node, which the lint places
        raise _refusal(lint_spec.problems(spec)) from None
    shaped = out.parent / f".{out.name}-codegen-input.json"
    shaped.write_text(json.dumps(generator_input))
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(shaped),
        "--config",
        str(CONFIG),
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(out),
        # By default an operation the generator cannot parse is skipped with a warning only.
        "--fail-on-warning",
    ]
    # The lint takes as long as the generator: both run at once, and the lint decides.
    generator = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        found = lint_spec.problems(spec)
        if found:
            raise _refusal(found)
        output, _ = generator.communicate()
    finally:
        if generator.poll() is None:
            generator.kill()
            generator.communicate()
        shaped.unlink()
    if generator.returncode != 0:
        raise Refused(*_generator_lines(output))
    # The mock server and users' tests read the spec the client was generated from.
    (out / "openapi.yaml").write_text(text, encoding="utf-8")
    (out / "py.typed").write_text("# Marker file for PEP 561\n")
    try:
        derived.write(spec, out, docs)
    except SystemExit as error:
        raise Refused(f"{lint_spec.display(SPEC)}: {error}") from None
    subprocess.run(
        [
            str(bin_dir / "ruff"),
            "format",
            "--isolated",
            "--quiet",
            str(out / "families.py"),
            str(out / "operations.py"),
            str(out / "paging.py"),
            str(out / "resources"),
        ],
        check=True,
    )


def _replace_file(path: Path, text: str) -> None:
    staged = path.with_name(f".{path.name}.new")
    staged.write_text(text, encoding="utf-8")
    os.replace(staged, path)


def write(spec: dict[str, Any], text: str) -> None:
    """Generate into a folder beside generated/a2e_client, then swap it in; the docs, the
    README's families table and the spec's version follow only once the tree is in place."""
    for stale in TARGET.parent.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(stale)  # left by a run that was killed
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=TARGET.parent))
    try:
        fresh, fresh_docs = staging / TARGET.name, staging / DOCS.name
        generate(spec, text, fresh, fresh_docs)
        readme = derived.with_families_table(README.read_text(), spec)
        if TARGET.exists():
            os.replace(TARGET, staging / "previous")
        os.replace(fresh, TARGET)
        DOCS.parent.mkdir(exist_ok=True)
        _replace_file(DOCS, fresh_docs.read_text())
        _replace_file(README, readme)
        if text != SPEC.read_text(encoding="utf-8"):
            _replace_file(SPEC, text)
    finally:
        shutil.rmtree(staging)


def differences(expected: Path, actual: Path) -> list[str]:
    """Unified diffs (or one-line notes) for every file that differs between two trees."""
    found: list[str] = []
    comparison = filecmp.dircmp(expected, actual, ignore=sorted(IGNORED))
    stack = [(comparison, Path())]
    while stack:
        node, rel = stack.pop()
        found += [f"only in the fresh output: {rel / name}" for name in node.left_only]
        found += [f"only in generated/: {rel / name}" for name in node.right_only]
        for name in node.diff_files + node.funny_files:
            before = (Path(node.right) / name).read_text().splitlines(keepends=True)
            after = (Path(node.left) / name).read_text().splitlines(keepends=True)
            found.append(
                "".join(difflib.unified_diff(before, after, f"generated/{rel / name}", "fresh"))
            )
        stack += [(sub, rel / name) for name, sub in node.subdirs.items()]
    return found


def check(spec: dict[str, Any], text: str) -> list[str]:
    """How generated/, the docs and the README differ from what the spec produces."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "a2e_client"
        fresh_docs = Path(tmp) / "operations.md"
        generate(spec, text, fresh, fresh_docs)
        found = differences(fresh, TARGET) if TARGET.exists() else ["generated/ is missing"]
        if not DOCS.exists() or DOCS.read_text() != fresh_docs.read_text():
            found.append(f"{DOCS.relative_to(ROOT)} differs from the spec")
        readme = README.read_text()
        if derived.with_families_table(readme, spec) != readme:
            found.append("README.md: the families table differs from the spec")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    args = parser.parse_args()
    started = time.monotonic()
    try:
        spec, text, notes = checked_spec(write=not args.check)
        if args.check:
            found = check(spec, text)
        else:
            write(spec, text)
            print("\n".join(notes), end="\n" if notes else "")
    except Refused as refusal:
        for line in refusal.args:
            print(line, file=sys.stderr)
        return 1
    if args.check:
        if found:
            print(
                "generated/ does not match openapi/a2e.yaml; run `make generate`:\n",
                file=sys.stderr,
            )
            print("\n".join(found), file=sys.stderr)
            return 1
        print("generated/ matches the spec")
        return 0
    print(f"generated {TARGET.relative_to(ROOT)}, {DOCS.relative_to(ROOT)}, README's families")
    summary = changes.summary_line(ROOT, spec)
    print(f"{summary} ({time.monotonic() - started:.1f} s in all)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
