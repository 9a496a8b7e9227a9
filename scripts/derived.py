"""Files derived from the spec besides openapi-python-client's output.

- `a2e_client/families.py`: the typed task families, from the spec's `x-a2e-families` and the
  `x-a2e-task` role of each operation.
- `a2e_client/paging.py`: how each list operation pages, from its `x-a2e-paging`.
- `docs/operations.md`: every operation by section, with the module to import and its family.
- `a2e_client/operations.py`: each operation by its Python name, with its operationId, method
  and path, and the second shape of `data` A2E is known to send (`x-a2e-data-list`).
- `a2e_client/openapi.json`: the spec as JSON, which the drift check reads without YAML.
- the families table of `README.md`, between its `families` markers.
- `a2e_client/commands.json`: the `a2e` command line's table of every operation and its options.

Python names come from openapi-python-client's own naming functions, so they always match the
modules and attributes it generates; `generate.py` checks that each named module exists.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier
from walk import fields as _flatten
from walk import operations
from walk import resolve as _resolve

ROLE_ORDER = ("start", "detail", "status", "list", "batch", "delete")
# A2E's task records stamp their creation, and their completion or last change (the first of
# these a record has counts): run times are measured with them.
CREATED = "createdAt"
FINISHED = ("completed_time", "updatedAt")


def module_of(operation: dict[str, Any]) -> str:
    """Dotted module of an operation under `a2e_client.api`."""
    tag = PythonIdentifier(operation["tags"][0], prefix="tag")
    return f"{tag}.{PythonIdentifier(operation['operationId'], prefix='')}"


def model_of(schema: str) -> tuple[str, str]:
    """(module under `a2e_client.models`, class name) of a component schema."""
    name = ClassName(schema, prefix="")
    return PythonIdentifier(name, prefix=""), name


def attribute(field: str) -> str:
    """The model attribute of a wire field (with our empty field prefix, `_id` is `id`)."""
    return PythonIdentifier(field, prefix="")


def constant(name: str) -> str:
    return name.upper()


def _id_argument(
    spec: dict[str, Any], operation: dict[str, Any], task: dict[str, Any]
) -> str | None:
    """A detail operation's id keyword: the declared parameter, else its path parameter, else a
    query parameter called `_id` or `id`; None when the id travels in a body."""
    parameters = [_resolve(spec, p) for p in operation.get("parameters", [])]
    if "id" in task:
        names = [p["name"] for p in parameters if p["name"] == task["id"]]
    else:
        names = [p["name"] for p in parameters if p["in"] == "path"]
        names = names or [p["name"] for p in parameters if p["name"] in ("_id", "id")]
    return attribute(names[0]) if names else None


def family_rows(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each declared family with its operations by role, checked against the spec."""
    declared: dict[str, Any] = spec.get("x-a2e-families", {})
    roles: dict[str, dict[str, list[tuple[str, dict[str, Any], dict[str, Any]]]]] = {}
    for _, _, op in operations(spec):
        task = op.get("x-a2e-task")
        if task is None:
            continue
        if task["family"] not in declared:
            raise SystemExit(f"{op['operationId']}: family {task['family']!r} is not declared")
        roles.setdefault(task["family"], {}).setdefault(task["role"], []).append(
            (module_of(op), op, task)
        )
    rows = []
    for name, family in declared.items():
        by_role = roles.get(name, {})
        if "detail" not in by_role:
            raise SystemExit(f"family {name}: no operation has x-a2e-task role detail")
        # A twin kept for compatibility is deprecated; the current spelling is the one to call.
        # Pollers pass the id as a keyword, so a detail read taking it as a parameter comes first.
        for found in by_role.values():
            found.sort(
                key=lambda entry: (
                    bool(entry[1].get("deprecated")),
                    _id_argument(spec, entry[1], entry[2]) is None,
                )
            )
        _, detail, task = by_role["detail"][0]
        id_argument = _id_argument(spec, detail, task)
        if id_argument is None:
            raise SystemExit(f"family {name}: no detail operation takes the id as a parameter")
        properties, _ = _flatten(spec, {"$ref": f"#/components/schemas/{family['schema']}"})
        stamps = [name for name in (CREATED, *FINISHED) if name in properties]
        fields = [family["status"], *family["results"], family["failure"], "_id", *stamps]
        for optional in ("failure_code", "progress"):
            if optional in family:
                fields.append(family[optional])
        rows.append(
            {
                "name": name,
                "family": family,
                "model": model_of(family["schema"]),
                "id_argument": id_argument,
                "operations": {
                    role: [module for module, _, _ in by_role[role]]
                    for role in ROLE_ORDER
                    if role in by_role
                },
                "attributes": {f: attribute(f) for f in fields if attribute(f) != f},
                "created": CREATED if CREATED in properties else None,
                "finished": [name for name in FINISHED if name in properties],
            }
        )
    return rows


def section_name(tag: str) -> str:
    """A section's snake_case name: its module under `a2e_client.api` (`Wan2.6 Image` ->
    `wan_2_6_image`); its command-line name is the same in kebab-case."""
    return str(PythonIdentifier(tag, prefix="tag"))


def family_sections(spec: dict[str, Any]) -> dict[str, set[str]]:
    """The tags of each declared family's operations."""
    declared = spec.get("x-a2e-families", {})
    found: dict[str, set[str]] = {}
    for _, _, op in operations(spec):
        task = op.get("x-a2e-task")
        if task is not None and task.get("family") in declared:
            found.setdefault(task["family"], set()).update(op.get("tags", [])[:1])
    return found


def family_aliases(spec: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """(every name a family answers to -> its own name, what keeps a name from meaning one
    family). A family answers to its name and its section's, each in snake_case and
    kebab-case; a section holding several families means the one declared `section_default`."""
    declared: dict[str, Any] = spec.get("x-a2e-families", {})
    problems: list[str] = []
    owners: dict[str, set[str]] = {}
    for name in declared:
        for alias in (name, name.replace("_", "-")):
            owners.setdefault(alias, set()).add(name)
    by_section: dict[str, list[str]] = {}
    for name, tags in family_sections(spec).items():
        if len(tags) > 1:
            problems.append(f"family {name}: its operations are in several sections {sorted(tags)}")
        for tag in tags:
            by_section.setdefault(tag, []).append(name)
    for tag, names in by_section.items():
        chosen = [n for n in names if declared[n].get("section_default") is True]
        if len(names) == 1:
            chosen = names
        elif len(chosen) != 1:
            problems.append(
                f"section {tag!r} holds families {', '.join(sorted(names))}: declare the one its name "
                "means `section_default: true`"
            )
            continue
        snake = section_name(tag)
        for alias in (snake, snake.replace("_", "-").strip("-")):
            owners.setdefault(alias, set()).add(chosen[0])
    for alias, named in owners.items():
        if len(named) > 1:
            problems.append(f"the name {alias!r} would mean families {', '.join(sorted(named))}")
    aliases = {alias: next(iter(named)) for alias, named in owners.items() if len(named) == 1}
    return aliases, problems


def _tuple(values: list[str]) -> str:
    """A tuple literal without a trailing comma, so the formatter keeps it on one line."""
    return repr(tuple(values))


def families_module(spec: dict[str, Any]) -> str:
    """Source of `a2e_client/families.py`."""
    rows = family_rows(spec)
    aliases, problems = family_aliases(spec)
    if problems:
        raise SystemExit("; ".join(problems))
    lines = [
        '"""Task families of the A2E API, generated from the spec\'s `x-a2e-families`.',
        "",
        "Do not edit: `make generate` writes this file from openapi/a2e.yaml.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from a2e.tasks import TaskFamily",
        "",
        "if TYPE_CHECKING:",
    ]
    for module, cls in sorted({row["model"] for row in rows}):
        lines.append(f"    from .models.{module} import {cls}")
    for row in rows:
        family = row["family"]
        module, cls = row["model"]
        operations = "".join(
            f"{role!r}: {_tuple(modules)}, " for role, modules in row["operations"].items()
        )
        lines += [
            "",
            f"{constant(row['name'])}: TaskFamily[{cls}] = TaskFamily(",
            f"    name={row['name']!r},",
            f"    title={family['title']!r},",
            f"    model={module + '.' + cls!r},",
            f"    id_argument={row['id_argument']!r},",
            f"    operations={{{operations}}},",
            f"    status_field={family['status']!r},",
            f"    running={_tuple(family['running'])},",
            f"    succeeded={_tuple(family['succeeded'])},",
            f"    failed={_tuple(family['failed'])},",
            f"    result_fields={_tuple(family['results'])},",
            f"    message_field={family['failure']!r},",
            f"    code_field={family.get('failure_code')!r},",
            f"    attributes={row['attributes']!r},",
            f"    typical_seconds={float(family['duration']['typical'])!r},",
            f"    spread={float(family['duration']['spread'])!r},",
            f"    progress_field={family.get('progress')!r},",
            f"    created_field={row['created']!r},",
            f"    finished_fields={_tuple(row['finished'])},",
            ")",
        ]
    names = [constant(row["name"]) for row in rows]
    lines += [
        "",
        "TASK_FAMILIES: Mapping[str, TaskFamily[Any]] = {",
        *(f"    {name}.name: {name}," for name in names),
        "}",
        "",
        "# Every name a family answers to (`a2e.tasks.family_named`) -> its name in TASK_FAMILIES:",
        "# its own and its section's, in snake_case and kebab-case.",
        "ALIASES: Mapping[str, str] = {",
        *(f"    {alias!r}: {name!r}," for alias, name in aliases.items()),
        "}",
        "",
        "__all__ = [",
        *(f"    {name!r}," for name in ["TASK_FAMILIES", "ALIASES", *names]),
        "]",
        "",
    ]
    return "\n".join(lines)


def operations_module(spec: dict[str, Any]) -> str:
    """Source of `a2e_client/operations.py`."""
    rows, lists = [], []
    for method, path, op in operations(spec):
        name = PythonIdentifier(op["operationId"], prefix="")
        rows.append(f"    {name!r}: ({op['operationId']!r}, {method.upper()!r}, {path!r}),")
        mode = op["responses"].get("200", {}).get("x-a2e-data-list")
        if mode is not None:
            lists.append(f"    {name!r}: ({mode!r}, {op.get('x-a2e-paging')!r}),")
    return "\n".join(
        [
            '"""Every operation of the spec by its Python name. Generated; do not edit."""',
            "",
            "from typing import Any",
            "",
            "# name -> (operationId, method, path as the spec writes it)",
            "OPERATIONS: dict[str, tuple[str, str, str]] = {",
            *rows,
            "}",
            "",
            "# name -> (what a list `data` means, the operation's paging), where A2E is known to",
            "# answer a list: `first` (its first element is the answer) or `records` (all records).",
            "DATA_LISTS: dict[str, tuple[str, dict[str, Any] | None]] = {",
            *lists,
            "}",
            "",
        ]
    )


def paging_module(spec: dict[str, Any]) -> str:
    """Source of `a2e_client/paging.py`: operation module -> its paging, in Python names."""
    lines = [
        '"""How A2E\'s list operations page, generated from the spec\'s `x-a2e-paging`.',
        "",
        "Do not edit: `make generate` writes this file from openapi/a2e.yaml.",
        '"""',
        "",
        "from collections.abc import Mapping",
        "",
        "from a2e.pagination import Paging",
        "",
        "PAGING: Mapping[str, Paging] = {",
    ]
    for _, _, op in operations(spec):
        paging = op.get("x-a2e-paging")
        if paging is None:
            continue
        parameters = {p["name"]: p for p in (_resolve(spec, p) for p in op.get("parameters", []))}
        size = parameters.get(paging.get("size", ""), {}).get("schema", {})
        fields = {
            "page": paging.get("page"),
            "size": paging.get("size"),
            "records": paging["records"] or None,
            "total": paging.get("total"),
        }
        arguments = "".join(
            f"{key}={attribute(name)!r}, " for key, name in fields.items() if name is not None
        )
        if "maximum" in size:
            arguments += f"max_size={size['maximum']!r}, "
        lines.append(f"    {module_of(op)!r}: Paging({arguments}),")
    lines += ["}", ""]
    return "\n".join(lines)


def _anchor(text: str) -> str:
    return "".join(c for c in text.lower().replace(" ", "-") if c.isalnum() or c == "-")


def operations_page(spec: dict[str, Any], sections: Mapping[str, list[Any]]) -> str:
    """Source of `docs/operations.md`; `sections`: each tag's resource methods."""
    by_tag: dict[str, list[tuple[str, str, dict[str, Any]]]] = {t["name"]: [] for t in spec["tags"]}
    for method, path, op in operations(spec):
        by_tag[op["tags"][0]].append((method, path, op))
    count = sum(len(ops) for ops in by_tag.values())
    lines = [
        "# A2E operations",
        "",
        "Generated from `openapi/a2e.yaml` by `make generate`; do not edit.",
        "",
        f"{count} operations in {len(by_tag)} sections. Call one as "
        "`a2e.Client().<section>.<method>(...)` (awaited on `a2e.AsyncClient`): the method "
        "takes the request's fields as keyword arguments and returns the answer's `data` (a "
        "start returns an `a2e.Task`, a list iterates its records). The function layer stays: "
        "`from a2e_client.api.<module> import <function>`, then "
        "`<function>.sync(client=a2e.Client(), ...)` (or `sync_detailed`, `asyncio`, "
        "`asyncio_detailed`). Request: the model a body may also be given as. Family: the task family whose `a2e.wait` follows it, and the "
        "operation's role in it. Basis: where the operation comes from (`docs` an A2E page, "
        "`catalog` A2E's developer API catalog, `code` only public programs that call A2E, "
        "`guess` no source); ~~struck~~ operations are deprecated twins.",
        "",
    ]
    for group in spec.get("x-tagGroups", []):
        lines.append(
            f"- **{group['name']}**: "
            + ", ".join(f"[{tag}](#{_anchor(tag)})" for tag in group["tags"])
        )
    for tag, ops in by_tag.items():
        lines += [
            "",
            f"## {tag}",
            "",
            f"`client.{resources_attribute(tag)}`",
            "",
            "| operation | resource method | method and path | module | request | answer "
            "| family | basis |",
            "|---|---|---|---|---|---|---|---|",
        ]
        methods = {m.operation["operationId"]: m for m in sections[tag]}
        for method, path, op in ops:
            name = f"`{PythonIdentifier(op['operationId'], prefix='')}`"
            if op.get("deprecated"):
                name = f"~~{name}~~"
            task = op.get("x-a2e-task")
            family = f"{task['family']} ({task['role']})" if task else ""
            found = methods[op["operationId"]]
            request = f"`{found.request_model}`" if found.request_model else ""
            lines.append(
                f"| {name} | `{found.name}` | `{method.upper()} {path}` "
                f"| `{module_of(op).split('.')[0]}` | {request} | `{found.answer}` "
                f"| {family} | {op.get('x-a2e-basis', '')} |"
            )
    lines.append("")
    return "\n".join(lines)


FAMILIES_START = "<!-- families: written by make generate -->"
FAMILIES_END = "<!-- end of families -->"


def resources_attribute(tag: str) -> str:
    """`client.<this>` of a section."""
    return str(PythonIdentifier(tag, prefix="tag")).rstrip("_")


def families_table(spec: dict[str, Any]) -> str:
    """The README's table of task families."""
    lines = [
        "| family | constant in `a2e.tasks` | started by | read with | terminal statuses | result |",
        "|---|---|---|---|---|---|",
    ]
    for row in family_rows(spec):
        family, operations = row["family"], row["operations"]
        started = ", ".join(f"`{m}`" for m in operations.get("start", [])) or "(no start operation)"
        read = f"`{operations['detail'][0].split('.')[1]}`"
        if "batch" in operations:
            read += " (batch: yes)"
        ends = f"{family['succeeded'][0]} / {family['failed'][0]}"
        result = ", ".join(f"`{r}`" for r in family["results"])
        lines.append(
            f"| `{row['name']}` | `{constant(row['name'])}` | {started} | {read} | {ends} | {result} |"
        )
    return "\n".join(lines)


def with_families_table(readme: str, spec: dict[str, Any]) -> str:
    """`readme` with the text between the families markers replaced by the current table."""
    head, start, rest = readme.partition(FAMILIES_START)
    _, end, tail = rest.partition(FAMILIES_END)
    if not start or not end:
        raise SystemExit(f"README.md: markers {FAMILIES_START!r} and {FAMILIES_END!r} not found")
    return f"{head}{start}\n{families_table(spec)}\n{end}{tail}"


def write(spec: dict[str, Any], package: Path, docs: Path) -> None:
    """Write the families module and the operations page, after checking that every module
    they name was generated."""
    for row in family_rows(spec):
        module, _ = row["model"]
        wanted = [package / "models" / f"{module}.py"]
        for modules in row["operations"].values():
            wanted += [package / "api" / (m.replace(".", "/") + ".py") for m in modules]
        missing = [str(p.relative_to(package)) for p in wanted if not p.exists()]
        if missing:
            raise SystemExit(f"family {row['name']}: modules not generated: {missing}")
    (package / "families.py").write_text(families_module(spec))
    (package / "operations.py").write_text(operations_module(spec))
    (package / "openapi.json").write_text(json.dumps(spec, separators=(",", ":")))
    (package / "paging.py").write_text(paging_module(spec))
    import resources  # it reads this module's helpers

    sections = resources.write(spec, package)
    methods = {m.operation["operationId"]: m.name for found in sections.values() for m in found}
    (package / "commands.json").write_text(commands_table(spec, methods))
    docs.write_text(operations_page(spec, sections))


# Options every operation command has, `a2e`'s own included (they may follow the command); a
# spec field of the same name becomes `--body-<name>` (or `--param-<name>`), so that no
# operation can take the command line's own options away.
CLI_OPTIONS = frozenset(
    {
        *("body", "raw", "wait", "timeout", "poll-interval", "download", "help", "all", "limit"),
        *("base-url", "region", "language", "header"),
    }
)
_CONSTRAINTS = (
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "default",
)
_SCALARS = {"string", "integer", "number", "boolean"}


def kebab(name: str) -> str:
    """The command-line spelling of a spec name: `face_url`, `pageNum` -> `face-url`, `page-num`."""
    return str(PythonIdentifier(name, prefix="")).replace("_", "-")


def section_of(operation: dict[str, Any]) -> str:
    """The `a2e` section command of an operation: its module's package, in kebab-case."""
    return module_of(operation).split(".")[0].replace("_", "-").strip("-")


def _option(
    spec: dict[str, Any], wire: str, schema: Any, location: str, required: bool, description: str
) -> dict[str, Any]:
    """How the command line takes one field: a scalar of its type, repeated for an array of
    scalars, JSON text for anything else."""
    schema = _resolve(spec, schema)
    kind, array = schema.get("type"), False
    items = _resolve(spec, schema.get("items", {}))
    if kind == "array" and items.get("type") in _SCALARS:
        kind, array, enum_source = items["type"], True, items
    else:
        enum_source = schema
    if kind not in _SCALARS or any(k in schema for k in ("oneOf", "anyOf")):
        kind = "json"
    constraints = {k: schema[k] for k in _CONSTRAINTS if k in schema}
    if array:
        constraints.update({k: items[k] for k in _CONSTRAINTS if k in items and k != "default"})
    name = kebab(wire)
    if name in CLI_OPTIONS:
        name = f"{'body' if location == 'body' else 'param'}-{name}"
    return {
        "name": name,
        "wire": wire,
        "location": location,
        "argument": str(PythonIdentifier(wire, prefix="")),
        "type": kind,
        "array": array,
        "enum": enum_source.get("enum") if kind != "json" else None,
        "required": required,
        "help": " ".join(
            (
                description or schema.get("description") or enum_source.get("description") or ""
            ).split()
        ),
        "constraints": constraints,
    }


def _command(spec: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> dict[str, Any]:
    options = []
    for parameter in map(lambda p: _resolve(spec, p), op.get("parameters", [])):
        options.append(
            _option(
                spec,
                parameter["name"],
                parameter["schema"],
                parameter["in"],
                bool(parameter.get("required")),
                parameter.get("description", ""),
            )
        )
    body = None
    request = op.get("requestBody")
    if request is not None:
        schema = request["content"]["application/json"]["schema"]
        properties, required = _flatten(spec, schema)
        body = {"required": bool(request.get("required"))}
        for wire, field in properties.items():
            options.append(_option(spec, wire, field, "body", wire in required, ""))
    names = [option["name"] for option in options]
    if len(set(names)) != len(names):
        raise SystemExit(f"{op['operationId']}: two fields have one command-line name: {names}")
    task = op.get("x-a2e-task") or {}
    return {
        "operation": op["operationId"],
        "module": module_of(op),
        "method": method.upper(),
        "path": path,
        "summary": op.get("summary", ""),
        "description": op.get("description", "").strip(),
        "deprecated": bool(op.get("deprecated")),
        "family": task.get("family"),
        "role": task.get("role"),
        "body": body,
        "options": options,
    }


def commands_table(spec: dict[str, Any], methods: Mapping[str, str]) -> str:
    """Source of `a2e_client/commands.json`: the `a2e` command line's table of every operation.

    JSON rather than Python: it loads in a millisecond or two, where a module this size costs
    a hundred when its bytecode is not cached.
    """
    sections: dict[str, dict[str, Any]] = {}
    for tag in spec["tags"]:
        section = section_name(tag["name"]).replace("_", "-").strip("-")
        sections[section] = {
            "tag": tag["name"],
            "description": " ".join(tag.get("description", "").split()),
            "commands": {},
            # The resource method's name (`start` for start-face-swap-task) names it too.
            "aliases": {},
        }
    for method, path, op in operations(spec):
        entry = sections[section_of(op)]
        entry["commands"][kebab(op["operationId"])] = _command(spec, method, path, op)
        entry["aliases"][methods[op["operationId"]].replace("_", "-")] = kebab(op["operationId"])
    for name, entry in sections.items():
        clash = {a for a, c in entry["aliases"].items() if a in entry["commands"] and a != c}
        if clash:
            raise SystemExit(f"a2e {name}: {sorted(clash)} would name two operations")
    table = {
        "about": "Generated from openapi/a2e.yaml by `make generate`; do not edit.",
        "sections": sections,
    }
    return json.dumps(table, indent=1, ensure_ascii=False) + "\n"
