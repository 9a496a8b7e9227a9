"""What a change does to the public Python API of `a2e` and `a2e_client`, by griffe.

griffe reads the packages without importing them and finds what breaks callers (an object or
a parameter removed, a parameter moved, made required or given another default). What it
does not report, additions, is read from the same trees here. A release keeps a dump of its
API (`api.json.gz`, written with griffe's JSON encoder) to compare against.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

PACKAGES = {"a2e": "overrides", "a2e_client": "generated"}
# attrs writes the `__init__` of our models from their fields; griffe only knows dataclasses.
ATTRS_DECORATORS = {"attrs.define", "attrs.frozen", "attrs.mutable", "attr.s", "attr.attrs"}
ATTRS_FIELDS = {"attrs.field", "attr.ib", "attr.attrib"}
# From this many objects on, one change they share is one line.
SHARED = 12


def _arguments(call: Any) -> dict[str, str]:
    if not isinstance(call, griffe.ExprCall):
        return {}
    return {
        argument.name: str(argument.value)
        for argument in call.arguments
        if isinstance(argument, griffe.ExprKeyword)
    }


def _attrs_init(cls: griffe.Class) -> None:
    """Give an attrs class the `__init__` attrs makes: one parameter per annotated field."""
    decorator = next(
        (d.value for d in cls.decorators if _canonical(d.value) in ATTRS_DECORATORS), None
    )
    if decorator is None or "__init__" in cls.members:
        return
    all_keyword = _arguments(decorator).get("kw_only") == "True"
    parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
    for member in list(cls.members.values()):
        if member.is_alias or not isinstance(member, griffe.Attribute):
            continue
        labels = member.labels
        if member.annotation is None or "property" in labels:
            continue
        if "class-attribute" in labels and "instance-attribute" not in labels:
            continue  # a ClassVar
        value = member.value
        options = _arguments(value) if _canonical(value) in ATTRS_FIELDS else None
        if options is not None and options.get("init") == "False":
            continue
        if options is None:
            default = value
        elif "default" in options or "factory" in options:
            default = options.get("default") or f"{options['factory']}()"
        else:
            default = None
        keyword = all_keyword or (options or {}).get("kw_only") == "True"
        kind = (
            griffe.ParameterKind.keyword_only
            if keyword
            else griffe.ParameterKind.positional_or_keyword
        )
        parameters.append(
            griffe.Parameter(member.name, annotation=member.annotation, kind=kind, default=default)
        )
    # Python's order: keyword-only parameters after the others.
    parameters.sort(key=lambda p: p.kind is griffe.ParameterKind.keyword_only)
    init = griffe.Function(
        "__init__", lineno=0, endlineno=0, parent=cls, parameters=griffe.Parameters(*parameters)
    )
    cls.set_member("__init__", init)


def _canonical(value: Any) -> str | None:
    if isinstance(value, griffe.ExprCall):
        value = value.function
    try:
        return value.canonical_path if isinstance(value, griffe.Expr) else None
    except Exception:  # a name griffe cannot place is no attrs decorator
        return None


def _with_inits(obj: griffe.Object) -> None:
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Class):
            _attrs_init(member)
            _with_inits(member)
        elif isinstance(member, griffe.Module):
            _with_inits(member)


def load(root: Path) -> dict[str, griffe.Module]:
    """Both packages of the tree at `root`, read from their source (nothing is imported)."""
    loader = griffe.GriffeLoader(search_paths=[root / folder for folder in PACKAGES.values()])
    found: dict[str, griffe.Module] = {}
    for name in PACKAGES:
        module = loader.load(name)
        assert isinstance(module, griffe.Module)
        _with_inits(module)
        found[name] = module
    return found


def _without_docstrings(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_docstrings(v) for k, v in node.items() if k != "docstring"}
    if isinstance(node, list):
        return [_without_docstrings(v) for v in node]
    return node


def dump(packages: dict[str, griffe.Module], path: Path) -> None:
    """Write the API of `packages` to `path` (gzipped JSON; docstrings left out: they are
    not API, and they are most of the size)."""
    data = {
        name: _without_docstrings(json.loads(m.as_json(full=False))) for name, m in packages.items()
    }
    text = json.dumps(data, separators=(",", ":"), sort_keys=True)
    # mtime 0: the same API gives the same bytes.
    path.write_bytes(gzip.compress(text.encode(), mtime=0))


def undump(path: Path) -> dict[str, griffe.Module]:
    """The packages `dump` wrote, in one collection so their aliases resolve."""
    data: dict[str, griffe.Module] = json.loads(
        gzip.decompress(path.read_bytes()), object_hook=griffe.json_decoder
    )
    collection = griffe.ModulesCollection()
    for name, module in data.items():
        module._modules_collection = collection  # griffe's decoder leaves it unset
        collection.set_member(name, module)
    return data


def _constant(packages: dict[str, griffe.Module], scope: griffe.Object, text: str) -> str:
    """The value a default written as a name (`defaults.POLL_INITIAL`) stands for, when it is a
    constant of these packages; else the text itself."""
    head, _, rest = text.partition(".")
    module = scope.module
    target = module.members.get(head)
    if target is None:
        return text
    path = target.target_path if isinstance(target, griffe.Alias) else target.path
    full = f"{path}.{rest}" if rest else path
    package, _, inner = full.partition(".")
    try:
        found = packages[package][inner] if inner else packages[package]
    except (KeyError, griffe.AliasResolutionError):
        return text
    if isinstance(found, griffe.Attribute) and found.value is not None:
        return str(found.value)
    return text


def _same_default(
    breakage: griffe.Breakage, old: dict[str, griffe.Module], new: dict[str, griffe.Module]
) -> bool:
    """Whether a "default changed" is only a literal that became a named constant of equal
    value (griffe compares the text)."""
    if breakage.kind is not griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        return False
    was, now = str(breakage.old_value.default), str(breakage.new_value.default)
    return _constant(old, breakage.obj, was) == _constant(new, breakage.obj, now)


def _describe(breakage: griffe.Breakage) -> str:
    parameter = breakage.old_value if breakage.old_value is not None else breakage.new_value
    subject = breakage.obj.path
    if isinstance(parameter, griffe.Parameter):
        subject += f"({parameter.name})"
    text = breakage.kind.value.lower()
    kind = breakage.kind
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        text += f": {breakage.old_value.default} -> {breakage.new_value.default}"
    elif kind is griffe.BreakageKind.PARAMETER_MOVED and breakage.details:
        text += f": {breakage.details}"
    elif kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        text += f": {breakage.old_value.value} -> {breakage.new_value.value}"
    return f"{subject}: {text}"


def _additions(old: griffe.Object | griffe.Alias, new: griffe.Object) -> Iterator[str]:
    """Public objects of `new` that `old` lacks (the outermost only), and optional parameters
    functions gained."""
    for name, member in new.members.items():
        if not member.is_public or (member.is_alias and not member.is_exported):
            continue
        before = old.members.get(name)
        if before is None:
            yield f"{member.path}: added"
        elif member.is_alias or before.is_alias or member.kind is not before.kind:
            continue  # a re-export is compared where it is defined; a kind change breaks
        elif isinstance(member, griffe.Module | griffe.Class):
            yield from _additions(before, member)
        elif isinstance(member, griffe.Function) and isinstance(before, griffe.Function):
            known = {p.name for p in before.parameters}
            for parameter in member.parameters:
                if parameter.name not in known and not parameter.required:
                    yield f"{member.path}({parameter.name}): optional parameter added"


def grouped(lines: list[str]) -> list[str]:
    """The lines, one each, but one line for a change that many objects share (every model's
    fields made keyword-only would otherwise be a line per field); what was added is always
    listed, since that is what a changelog reader looks for."""
    by_text: dict[str, list[str]] = {}
    for line in sorted(set(lines)):
        subject, _, text = line.partition(": ")
        by_text.setdefault(text, []).append(subject)
    found: list[str] = []
    for text, subjects in by_text.items():
        if len(subjects) < SHARED or text == "added":
            found += [f"{subject}: {text}" for subject in subjects]
        else:
            shown = ", ".join(subjects[:3])
            found.append(f"{len(subjects)} objects: {text} ({shown}, +{len(subjects) - 3} more)")
    return sorted(found)


def changes(
    old: dict[str, griffe.Module], new: dict[str, griffe.Module]
) -> tuple[list[str], list[str]]:
    """(breaking, compatible) changes from `old` to `new`, one line each."""
    breaking: list[str] = []
    compatible: list[str] = []
    for name in PACKAGES:
        for breakage in griffe.find_breaking_changes(old[name], new[name]):
            if not _same_default(breakage, old, new):
                breaking.append(_describe(breakage))
        compatible += _additions(old[name], new[name])
    return grouped(breaking), grouped(compatible)


def main() -> int:
    """python scripts/api_diff.py TREE OUT: dump the API of the checkout at TREE to OUT (how a
    baseline is made for a commit that predates `make release`)."""
    if len(sys.argv) != 3:
        print(main.__doc__, file=sys.stderr)
        return 2
    dump(load(Path(sys.argv[1])), Path(sys.argv[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
