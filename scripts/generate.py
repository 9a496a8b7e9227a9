"""Regenerate generated/a2e_client from openapi/a2e.yaml, or check that it is up to date.

python scripts/generate.py           write generated/a2e_client
python scripts/generate.py --check   generate into a temporary folder and fail on any difference
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "a2e.yaml"
CONFIG = ROOT / "openapi" / "codegen.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "generated" / "a2e_client"
IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache"}


def generate(out: Path) -> None:
    """Run openapi-python-client into `out` (replaced), then ship the spec beside the code."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    if out.exists():
        shutil.rmtree(out)
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
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
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed with exit code {result.returncode}")
    # The mock server and users' tests read the spec the client was generated from.
    shutil.copyfile(SPEC, out / "openapi.yaml")
    (out / "py.typed").write_text("# Marker file for PEP 561\n")


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
        generate(TARGET)
        print(f"generated {TARGET.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "a2e_client"
        generate(fresh)
        found = differences(fresh, TARGET)
    if found:
        print("generated/ does not match openapi/a2e.yaml; run `make generate`:\n", file=sys.stderr)
        print("\n".join(found), file=sys.stderr)
        return 1
    print("generated/ matches the spec")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
