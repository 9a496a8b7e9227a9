"""What changed for users since the last release, and the version that calls for.

python scripts/changes.py            every change since the last release to the HTTP API (the
                                     spec) and to the Python API (a2e, a2e_client), breaking or
                                     compatible; the version it calls for; a drafted changelog entry
python scripts/changes.py --check    exit 1 when package, spec and CHANGELOG.md disagree on the
                                     version, or when the changes break callers and the version
                                     does not account for them (CI runs it)
python scripts/changes.py --bump     set the version the changes call for in
                                     overrides/a2e/_version.py and draft its CHANGELOG.md entry
python scripts/changes.py --release  keep this version's spec and API under releases/<version>/,
                                     the baseline of the next report, and date its entry

The version is written in one place, overrides/a2e/_version.py; `make generate` copies it into
the spec's info.version. The last release is the highest version under releases/. While the
version is 0.x a breaking change calls for a minor bump and a compatible one for a patch; from
1.0 on, a major and a minor.
"""

from __future__ import annotations

import argparse
import datetime
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import api_diff
import spec_diff
import yaml

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = Path("overrides", "a2e", "_version.py")
SPEC_FILE = Path("openapi", "a2e.yaml")
CHANGELOG = Path("CHANGELOG.md")
RELEASES = Path("releases")
BASELINE_SPEC = "openapi.yaml"
BASELINE_API = "api.json.gz"
Version = tuple[int, int, int]
_VERSION_LINE = re.compile(r'^__version__ = "([^"]*)"$', re.M)
_HEADING = re.compile(r"^## (\d+\.\d+\.\d+)(.*)$", re.M)
UNRELEASED = " (unreleased)"
DRAFT_HEADINGS = ("### Breaking", "### Compatible")


def parse(text: str) -> Version:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text)
    if match is None:
        raise SystemExit(f"version {text!r} is not MAJOR.MINOR.PATCH")
    return int(match[1]), int(match[2]), int(match[3])


def show(version: Version) -> str:
    return ".".join(map(str, version))


def package_version(root: Path) -> str:
    """The version, as overrides/a2e/_version.py sets it (read, not imported)."""
    match = _VERSION_LINE.search((root / VERSION_FILE).read_text())
    if match is None:
        raise SystemExit(f'{VERSION_FILE}: no line `__version__ = "X.Y.Z"`')
    return match[1]


def set_package_version(root: Path, version: str) -> None:
    path = root / VERSION_FILE
    path.write_text(_VERSION_LINE.sub(f'__version__ = "{version}"', path.read_text(), count=1))


def called_for(base: Version, breaking: bool) -> Version:
    """The version after `base` that a breaking (or else a compatible) change calls for."""
    major, minor, patch = base
    if major == 0:
        return (0, minor + 1, 0) if breaking else (0, minor, patch + 1)
    return (major + 1, 0, 0) if breaking else (major, minor + 1, 0)


def last_release(root: Path) -> tuple[Version, Path] | None:
    found = [
        (parse(folder.name), folder)
        for folder in (root / RELEASES).glob("*.*.*")
        if (folder / BASELINE_SPEC).exists() and (folder / BASELINE_API).exists()
    ]
    return max(found) if found else None


def load_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


@dataclass
class Outcome:
    """The changes since the last release and what they call for."""

    base: Version
    baseline: Path
    http: spec_diff.Report
    python_breaking: list[str]
    python_compatible: list[str]
    current: Version

    @property
    def breaking(self) -> bool:
        return bool(self.http.breaking or self.python_breaking)

    @property
    def changed(self) -> bool:
        return bool(self.http.changes or self.python_breaking or self.python_compatible)

    @property
    def required(self) -> Version:
        return called_for(self.base, self.breaking) if self.changed else self.base

    @property
    def accounted(self) -> bool:
        """Whether the version is at least the one the changes call for (CI holds main to it
        for breaking changes; compatible ones wait for the release to bump)."""
        return self.current >= self.required or not self.breaking

    def counts(self) -> str:
        breaking = len(self.http.breaking) + len(self.python_breaking)
        compatible = len(self.http.compatible) + len(self.python_compatible)
        return f"{breaking} breaking, {compatible} compatible"


def outcome(root: Path, spec: dict[str, Any] | None = None) -> Outcome | None:
    """The changes of the tree at `root` since its last release; None without a release."""
    release = last_release(root)
    if release is None:
        return None
    base, folder = release
    new_spec = spec if spec is not None else load_yaml(root / SPEC_FILE)
    http = spec_diff.Report(load_yaml(folder / BASELINE_SPEC), new_spec)
    breaking, compatible = api_diff.changes(
        api_diff.undump(folder / BASELINE_API), api_diff.load(root)
    )
    return Outcome(base, folder, http, breaking, compatible, parse(package_version(root)))


def _rule(base: Version) -> str:
    if base[0] == 0:
        return "while the version is 0.x, breaking calls for a minor bump, compatible for a patch"
    return "breaking calls for a major bump, compatible for a minor"


def draft(result: Outcome) -> str:
    """The drafted changelog lists: breaking, then compatible changes."""
    lines: list[str] = []
    for heading, http, python in (
        (DRAFT_HEADINGS[0], result.http.breaking, result.python_breaking),
        (DRAFT_HEADINGS[1], result.http.compatible, result.python_compatible),
    ):
        if not http and not python:
            continue
        lines += [heading, ""]
        lines += [f"- HTTP: {change.line()}" for change in http]
        lines += [
            f"- Python: `{line.partition(': ')[0]}`: {line.partition(': ')[2]}" for line in python
        ]
        lines.append("")
    return "\n".join(lines)


def report(result: Outcome, root: Path) -> str:
    base = show(result.base)
    baseline = result.baseline.relative_to(root)
    if not result.changed:
        return f"No change for users since {base} ({baseline}/).\n"
    lines = [f"Changes since {base} ({baseline}/), as users of each API meet them", ""]
    sections = (
        (
            f"HTTP API: {SPEC_FILE} against {baseline / BASELINE_SPEC}",
            [c.line() for c in result.http.breaking],
            [c.line() for c in result.http.compatible],
        ),
        (
            f"Python API: a2e and a2e_client against {baseline / BASELINE_API}",
            result.python_breaking,
            result.python_compatible,
        ),
    )
    for title, breaking, compatible in sections:
        lines.append(title)
        if not breaking and not compatible:
            lines.append("  no change")
        for label, found in (("breaking", breaking), ("compatible", compatible)):
            if found:
                lines.append(f"  {label} ({len(found)})")
                lines += [f"    - {line}" for line in found]
        lines.append("")
    kind = "breaking" if result.breaking else "compatible"
    required, current = show(result.required), show(result.current)
    lines.append(f"{result.counts()}: {kind}, {base} -> {required} ({_rule(result.base)})")
    if result.current >= result.required:
        lines.append(f"The version ({VERSION_FILE}) is {current}: it accounts for them.")
    else:
        lines.append(
            f"The version ({VERSION_FILE}) is {current}: `make bump` sets {required}"
            + ("; CI fails until then." if result.breaking else " (or at the release).")
        )
    lines += [
        "",
        "Drafted CHANGELOG.md entry:",
        "",
        f"## {required}{UNRELEASED}",
        "",
        draft(result),
    ]
    return "\n".join(lines).rstrip() + "\n"


def summary_line(root: Path, spec: dict[str, Any] | None = None) -> str:
    """One line for the end of `make generate`."""
    result = outcome(root, spec)
    if result is None:
        return f"no release under {RELEASES}/ to compare with"
    base = show(result.base)
    if not result.changed:
        return f"no change for users since {base}"
    line = f"changes since {base}: {result.counts()}, calling for {show(result.required)}"
    if result.current < result.required:
        line += f"; the version is {show(result.current)}: `make bump`"
    return line + "; `make changes` lists them"


def changelog_version(text: str) -> str | None:
    match = _HEADING.search(text)
    return match[1] if match else None


def with_entry(text: str, version: str, body: str, dated: str | None = None) -> str:
    """CHANGELOG.md with its newest entry for `version` and `body` as its drafted lists: the
    unreleased entry renamed (what a maintainer wrote above the lists is kept), or a new one."""
    heading = f"## {version}{f' ({dated})' if dated else UNRELEASED}"
    first = _HEADING.search(text)
    if first is not None and first[2] == UNRELEASED:
        end_match = _HEADING.search(text, first.end())
        end = end_match.start() if end_match else len(text)
        section = text[first.end() : end]
        cut = min((section.find(h) for h in DRAFT_HEADINGS if h in section), default=len(section))
        kept = section[:cut].rstrip("\n")
        entry = f"{heading}{kept}\n\n{body}".rstrip("\n") + "\n\n"
        return text[: first.start()] + entry + text[end:]
    entry = f"{heading}\n\n{body}".rstrip("\n") + "\n\n"
    at = first.start() if first else len(text)
    return text[:at] + entry + text[at:]


def disagreements(root: Path, spec: dict[str, Any] | None = None) -> list[str]:
    """Where package, spec and changelog do not name one version."""
    version = package_version(root)
    spec = spec if spec is not None else load_yaml(root / SPEC_FILE)
    found = []
    stated = spec.get("info", {}).get("version")
    if stated != version:
        found.append(
            f"{SPEC_FILE}: info.version is {stated}, the package's {version} "
            f"({VERSION_FILE}): run `make generate`"
        )
    path = root / CHANGELOG
    logged = changelog_version(path.read_text()) if path.exists() else None
    if logged != version:
        found.append(
            f"{CHANGELOG}: the newest entry is for {logged}, the package is {version}: "
            "run `make bump` (it writes the entry)"
        )
    return found


def check(root: Path) -> int:
    found = disagreements(root)
    result = outcome(root)
    if result is not None:
        if result.current < result.base:
            found.append(
                f"{VERSION_FILE}: {show(result.current)} is older than the last release "
                f"{show(result.base)}"
            )
        elif not result.accounted:
            found.append(
                f"breaking changes since {show(result.base)} call for {show(result.required)}, "
                f"the version is {show(result.current)}: run `make bump` "
                "(`make changes` lists them)"
            )
    for line in found:
        print(line, file=sys.stderr)
    if found:
        return 1
    if result is None:
        print(f"version {package_version(root)}; no release under {RELEASES}/ yet")
    elif not result.changed:
        print(f"version {show(result.current)}: no change for users since {show(result.base)}")
    elif result.breaking:
        print(
            f"version {show(result.current)} accounts for the breaking changes since "
            f"{show(result.base)} ({result.counts()})"
        )
    else:
        print(
            f"version {show(result.current)}: no breaking change since {show(result.base)} "
            f"({result.counts()}; they call for {show(result.required)} at the next release)"
        )
    return 0


def bump(root: Path) -> int:
    result = outcome(root)
    if result is None:
        raise SystemExit(f"no release under {RELEASES}/: nothing to compare with")
    if not result.changed:
        print(f"no change for users since {show(result.base)}: nothing to bump")
        return 0
    version = show(max(result.current, result.required))
    if result.current < result.required:
        set_package_version(root, version)
        print(f"{VERSION_FILE}: {show(result.current)} -> {version}")
    else:
        print(f"{VERSION_FILE}: {version} already accounts for the changes")
    path = root / CHANGELOG
    path.write_text(with_entry(path.read_text(), version, draft(result)))
    print(f"{CHANGELOG}: entry for {version} drafted ({result.counts()}); edit it as you like")
    return 0


def release(root: Path) -> int:
    found = disagreements(root)
    result = outcome(root)
    version = package_version(root)
    if result is not None and not result.current > result.base:
        found.append(f"{version} is released already: `make bump` first")
    elif result is not None and not result.accounted:
        found.append(f"the changes call for {show(result.required)}: `make bump` first")
    if found:
        for line in found:
            print(line, file=sys.stderr)
        return 1
    folder = root / RELEASES / version
    folder.mkdir(parents=True)
    shutil.copyfile(root / SPEC_FILE, folder / BASELINE_SPEC)
    api_diff.dump(api_diff.load(root), folder / BASELINE_API)
    today = datetime.date.today().isoformat()
    path = root / CHANGELOG
    body = draft(result) if result is not None else ""
    path.write_text(with_entry(path.read_text(), version, body, dated=today))
    print(f"{folder.relative_to(root)}/: {BASELINE_SPEC} and {BASELINE_API}, the next baseline")
    print(f"{CHANGELOG}: {version} dated {today}")
    print(f"next: git add -A && git commit -m 'Release {version}' && git tag v{version}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--check", action="store_true", help="fail on an unaccounted change")
    action.add_argument("--bump", action="store_true", help="set the version they call for")
    action.add_argument("--release", action="store_true", help="keep this version as baseline")
    args = parser.parse_args()
    if args.check:
        return check(ROOT)
    if args.bump:
        return bump(ROOT)
    if args.release:
        return release(ROOT)
    result = outcome(ROOT)
    if result is None:
        print(f"no release under {RELEASES}/ to compare with")
        return 0
    print(report(result, ROOT), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
