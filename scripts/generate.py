"""Regenerate generated/a2e_client and docs/operations.md from openapi/a2e.yaml, or check them.

python scripts/generate.py           write generated/a2e_client and docs/operations.md
python scripts/generate.py --check   generate into a temporary folder and fail on any difference
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import derived
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
CONFIG = ROOT / "openapi" / "codegen.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "generated" / "a2e_client"
DOCS = ROOT / "docs" / "operations.md"
README = ROOT / "README.md"
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def load_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(SPEC.read_text(), Loader=loader)
    return spec


def codegen_input(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generator should read it: each parameter's description also on its
    schema, the only place openapi-python-client takes a parameter's docstring from; and no
    `default` in what a request takes, which the generator would send on the caller's behalf:
    the description says A2E's default instead."""
    shaped = copy.deepcopy(spec)
    shared = shaped.get("components", {}).get("parameters", {}).values()
    operations = [
        op for item in shaped["paths"].values() for op in item.values() if isinstance(op, dict)
    ]
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
            pending.append(derived._resolve(spec, schema))
        pending += schema.get("properties", {}).values()
        pending += [schema.get(key) for key in ("items", "additionalProperties", "not")]
        pending += [s for key in ("allOf", "oneOf", "anyOf") for s in schema.get(key, [])]


def generate(out: Path, docs: Path) -> None:
    """Run openapi-python-client into `out` (replaced), add the derived files, ship the spec."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    if out.exists():
        shutil.rmtree(out)
    shaped = out.parent / f".{out.name}-codegen-input.json"
    shaped.write_text(json.dumps(codegen_input(load_spec())))
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
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    finally:
        shaped.unlink()
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed with exit code {result.returncode}")
    # The mock server and users' tests read the spec the client was generated from.
    shutil.copyfile(SPEC, out / "openapi.yaml")
    (out / "py.typed").write_text("# Marker file for PEP 561\n")
    derived.write(load_spec(), out, docs)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    args = parser.parse_args()
    if not args.check:
        DOCS.parent.mkdir(exist_ok=True)
        generate(TARGET, DOCS)
        README.write_text(derived.with_families_table(README.read_text(), load_spec()))
        print(f"generated {TARGET.relative_to(ROOT)}, {DOCS.relative_to(ROOT)}, README's families")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "a2e_client"
        fresh_docs = Path(tmp) / "operations.md"
        generate(fresh, fresh_docs)
        found = differences(fresh, TARGET)
        if not DOCS.exists() or DOCS.read_text() != fresh_docs.read_text():
            found.append(f"{DOCS.relative_to(ROOT)} differs from the spec")
        readme = README.read_text()
        if derived.with_families_table(readme, load_spec()) != readme:
            found.append("README.md: the families table differs from the spec")
    if found:
        print("generated/ does not match openapi/a2e.yaml; run `make generate`:\n", file=sys.stderr)
        print("\n".join(found), file=sys.stderr)
        return 1
    print("generated/ matches the spec")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
