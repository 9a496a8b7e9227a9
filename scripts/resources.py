"""The resources users call (`client.face_swap.start(...)`), written from the spec.

One module per section under `a2e_client/resources/`, each with four classes: the section's
methods (`FaceSwapResource`), awaited (`AsyncFaceSwapResource`), and both answering the raw
HTTP response (`...WithRawResponse`). `resources/__init__.py` holds the mixins that put every
section on `a2e.Client` and `a2e.AsyncClient`, loaded on first use.

Method names, one rule: a task family's operations take its role's verb (`start`, `get`,
`get_status`, `list`, `batch_get`, `delete`) in the section's main family; every other name is
the operationId in snake_case without the words of the section's name (`addFaceSwapImage` in
Face Swap -> `add_image`), or the whole operationId where that is empty or taken. An
operation's `x-a2e-method` overrides both. A section's main family is the one its
`x-a2e-families` entry marks `section_default: true`, else the one named like the section,
else the first declared.

Types come from two places: arguments from the spec (plain values: `Literal` for enums,
`Mapping` for objects); answers from the models openapi-python-client wrote (read with `ast`),
so they are exactly the classes the answer is parsed into.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import derived
from openapi_python_client.strings import PythonIdentifier
from walk import fields, operations, resolve

VERBS = {
    "start": "start",
    "detail": "get",
    "status": "get_status",
    "list": "list",
    "batch": "batch_get",
    "delete": "delete",
}
# Arguments every method takes; a spec field of the same name would hide one.
RESERVED = frozenset({"body", "extra_body", "extra_query", "extra_headers", "request_timeout"})
# A field A2E reads as the address of a file: a local path or open file is uploaded first.
_URL_NAME = re.compile(r"(^|_)(url|urls)$|Url$")
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_SCALAR = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_FILE = "str | os.PathLike[str] | BinaryIO"


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORDS.findall(text)]


def section_attribute(tag: str) -> str:
    """`client.<this>`: the section's module name under a2e_client.api, no trailing `_`."""
    return derived.resources_attribute(tag)


def class_name(tag: str) -> str:
    # `Resource` keeps section classes apart from models of the same name (StreamingAvatar).
    return "".join(w.capitalize() for w in section_attribute(tag).split("_")) + "Resource"


@dataclass
class Argument:
    python: str
    wire: str
    location: str  # path, query or body
    annotation: str
    required: bool
    description: str
    url: bool = False
    enum: tuple[Any, ...] | None = None


@dataclass
class Method:
    name: str
    operation: dict[str, Any]
    module: str  # under a2e_client.api
    kind: str  # start, page, data
    family: str | None
    returns: str  # the answer's annotation (a record's for `page`)
    arguments: list[Argument] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)  # model class names

    @property
    def request_model(self) -> str | None:
        return _request_model(self) if _has_body(self) else None

    @property
    def answer(self) -> str:
        """What the sync method returns, for the docs."""
        return _returns(self, "sync")


def _main_families(spec: dict[str, Any], tag: str, families: list[str]) -> str | None:
    declared = spec.get("x-a2e-families", {})
    marked = [f for f in families if declared[f].get("section_default")]
    if marked:
        return marked[0]
    named = [f for f in families if f == section_attribute(tag)]
    found = named or [f for f in declared if f in families]
    return found[0] if found else None


def _annotation(spec: dict[str, Any], schema: Any, url: bool) -> tuple[str, tuple[Any, ...] | None]:
    """A plain-value annotation for a request field, and its enum values when it has some."""
    resolved = resolve(spec, schema)
    if any(k in resolved for k in ("oneOf", "anyOf")):
        return "Any", None
    kind = resolved.get("type")
    if "enum" in resolved and kind in ("string", "integer"):
        values = tuple(resolved["enum"])
        return f"Literal[{', '.join(repr(v) for v in values)}]", values
    if kind == "string":
        return (_FILE if url else "str"), None
    if kind in _SCALAR:
        return _SCALAR[kind], None
    if kind == "array":
        inner, _ = _annotation(spec, resolved.get("items", {}), url)
        return f"Sequence[{inner}]", None
    if kind == "object" or "properties" in resolved or "allOf" in resolved:
        return "Mapping[str, Any]", None
    return "Any", None


def _describe(text: str | None) -> str:
    return " ".join((text or "").split())


def _arguments(spec: dict[str, Any], op: dict[str, Any]) -> list[Argument]:
    found: list[Argument] = []
    for raw in op.get("parameters", []):
        parameter = resolve(spec, raw)
        url = bool(_URL_NAME.search(parameter["name"]))
        annotation, enum = _annotation(spec, parameter.get("schema", {}), False)
        found.append(
            Argument(
                python=str(PythonIdentifier(parameter["name"], prefix="")),
                wire=parameter["name"],
                location=parameter["in"],
                annotation=annotation,
                required=bool(parameter.get("required")),
                description=_describe(parameter.get("description")),
                url=url and parameter["in"] != "path",
                enum=enum,
            )
        )
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    if body:
        properties, required = fields(spec, body["schema"])
        for wire, schema in properties.items():
            resolved = resolve(spec, schema)
            items = resolve(spec, resolved.get("items", {}))
            url = bool(_URL_NAME.search(wire)) and "string" in (
                resolved.get("type"),
                items.get("type"),
            )
            # A2E calls a webhook address; it is checked as a URL, never uploaded.
            annotation, enum = _annotation(spec, schema, url and not wire.startswith("webhook"))
            found.append(
                Argument(
                    python=str(PythonIdentifier(wire, prefix="")),
                    wire=wire,
                    location="body",
                    annotation=annotation,
                    required=wire in required and "default" not in resolved,
                    description=_describe(resolved.get("description") or schema.get("description")),
                    url=url,
                    enum=enum,
                )
            )
    names = [a.python for a in found]
    clash = RESERVED.intersection(names) or {n for n in names if names.count(n) > 1}
    if clash:
        raise SystemExit(f"{op['operationId']}: argument names {sorted(clash)} are taken")
    return found


class _Models:
    """What the generated code says about answers: read from its source, never imported."""

    def __init__(self, package: Path) -> None:
        self.package = package
        self._classes: dict[str, dict[str, str]] = {}
        index = ast.parse((package / "models" / "__init__.py").read_text())
        self.modules = {
            alias.name: str(node.module)
            for node in ast.walk(index)
            if isinstance(node, ast.ImportFrom) and node.level == 1
            for alias in node.names
        }

    def _attributes(self, module: str) -> dict[str, str]:
        if module not in self._classes:
            tree = ast.parse((self.package / "models" / f"{module}.py").read_text())
            self._classes[module] = {
                node.target.id: ast.unparse(node.annotation)
                for cls in tree.body
                if isinstance(cls, ast.ClassDef)
                for node in cls.body
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
            }
        return self._classes[module]

    def parsed(self, module: str) -> str:
        """The class an operation's `sync()` returns."""
        source = (self.package / "api" / (module.replace(".", "/") + ".py")).read_text()
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and node.name == "sync":
                return ast.unparse(node.returns) if node.returns else "Any"
        raise SystemExit(f"{module}: no sync() generated")

    def attribute(self, model: str, name: str) -> str | None:
        """The annotation of `model.name`, without `| Unset`; None when there is no such field."""
        module = self.modules.get(model)
        if module is None:
            return None
        found = self._attributes(module).get(name)
        if found is None:
            return None
        parts = [p.strip() for p in found.split("|") if p.strip() not in ("Unset", "None")]
        return " | ".join(parts)


_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*\b")
_BUILTIN_TYPES = {"Any", "None", "Literal", "Mapping", "Sequence", "BinaryIO"}


def _models_in(annotation: str) -> set[str]:
    return {n for n in _NAME.findall(annotation) if n not in _BUILTIN_TYPES}


def methods(spec: dict[str, Any], package: Path) -> dict[str, list[Method]]:
    """Every section's methods, by tag, named by the rule of this module's docstring."""
    models = _Models(package)
    primary: dict[str, tuple[str, str]] = {}
    for row in derived.family_rows(spec):
        for role, modules in row["operations"].items():
            primary[modules[0]] = (row["name"], role)
    by_tag: dict[str, list[dict[str, Any]]] = {t["name"]: [] for t in spec["tags"]}
    for _, _, op in operations(spec):
        by_tag[op["tags"][0]].append(op)
    declared = spec.get("x-a2e-families", {})
    sections: dict[str, list[Method]] = {}
    for tag, ops in by_tag.items():
        families = [op["x-a2e-task"]["family"] for op in ops if "x-a2e-task" in op]
        main = _main_families(spec, tag, list(dict.fromkeys(families)))
        section_words = {w.rstrip("s") for w in words(tag)}
        taken: dict[str, str] = {}
        found: list[Method] = []
        # Role verbs first, so that a derived name never takes one.
        ordered = sorted(
            ops, key=lambda op: primary.get(derived.module_of(op), ("", ""))[0] != main
        )
        for op in ordered:
            module = derived.module_of(op)
            family, role = primary.get(module, (None, None))
            task = op.get("x-a2e-task")
            name = op.get("x-a2e-method")
            if name is None and family is not None and family == main and role is not None:
                name = VERBS[role]
            if name is None:
                kept = [
                    w
                    for w in words(op["operationId"])
                    if w.rstrip("s") not in section_words and w not in ("task", "tasks")
                ]
                name = "_".join(kept)
                if not name or name in taken or name in VERBS.values():
                    name = str(PythonIdentifier(op["operationId"], prefix=""))
            if name in taken:
                raise SystemExit(
                    f"{tag}: {op['operationId']} and {taken[name]} both become `{name}`; "
                    "give one an x-a2e-method"
                )
            taken[name] = op["operationId"]
            parsed = models.parsed(module)
            data = models.attribute(parsed, "data")
            answer = data if data else parsed
            kind = "data"
            if task is not None and task["role"] == "start":
                kind, answer = "start", derived.model_of(declared[task["family"]]["schema"])[1]
                family = task["family"]
            elif op.get("x-a2e-paging") is not None and data:
                records = op["x-a2e-paging"]["records"]
                inner = models.attribute(data, derived.attribute(records)) if records else data
                if inner and inner.startswith("list[") and inner.endswith("]"):
                    kind, answer = "page", inner[5:-1]
                    paging_wires = {op["x-a2e-paging"].get(k) for k in ("page", "size")}
            arguments = _arguments(spec, op)
            if kind == "page":
                # The list pages by itself: its page parameters are the caller's to leave out.
                for argument in arguments:
                    argument.required = argument.required and argument.wire not in paging_wires
            method = Method(
                name=name,
                operation=op,
                module=module,
                kind=kind,
                family=family if kind == "start" else None,
                returns=answer,
                arguments=arguments,
            )
            method.imports = _models_in(answer)
            found.append(method)
        sections[tag] = sorted(
            found, key=lambda m: [o["operationId"] for o in ops].index(m.operation["operationId"])
        )
    return sections


# Rendering ------------------------------------------------------------------------------------

_EXTRAS = (
    "extra_body: Mapping[str, Any] | None = None",
    "extra_query: Mapping[str, Any] | None = None",
    "extra_headers: Mapping[str, str] | None = None",
    "request_timeout: float | httpx.Timeout | None = None",
)
_RUN = (
    "wait_timeout: float = WAIT_TIMEOUT",
    "on_update: Callable[[Any], object] | None = None",
    "download: str | os.PathLike[str] | None = None",
)


def _constant(method: Method) -> str:
    return f"_{method.name.upper()}"


def _descriptor(method: Method) -> str:
    arguments = ", ".join(f"{a.python!r}: ({a.location!r}, {a.wire!r})" for a in method.arguments)
    required = tuple(a.python for a in method.arguments if a.required and a.location == "body")
    positional = tuple(a.python for a in method.arguments if a.location == "path")
    urls = tuple(a.python for a in method.arguments if a.url)
    enums = ", ".join(f"{a.python!r}: {a.enum!r}" for a in method.arguments if a.enum)
    return (
        f"{_constant(method)} = Operation({method.module!r}, {method.kind!r}, "
        f"family={method.family!r}, arguments={{{arguments}}}, positional={positional!r}, "
        f"required={required!r}, urls={urls!r}, enums={{{enums}}})"
    )


def _parameters(method: Method, *, with_body: bool, body_given: bool) -> list[str]:
    """The signature after `self`: path parameters positional, everything else by keyword."""
    path = [f"{a.python}: {a.annotation}" for a in method.arguments if a.location == "path"]
    keyword: list[str] = []
    optional: list[str] = []
    for argument in method.arguments:
        if argument.location == "path":
            continue
        if argument.required and not (body_given and argument.location == "body"):
            keyword.append(f"{argument.python}: {argument.annotation}")
        else:
            optional.append(f"{argument.python}: {argument.annotation} | None = None")
    if with_body:
        model = _request_model(method)
        if body_given:
            keyword.insert(0, f"body: {model} | Mapping[str, Any]")
        else:
            optional.append(f"body: {model} | Mapping[str, Any] | None = None")
    signature = [*path, *(["/"] if path else []), "*", *keyword, *optional, *_EXTRAS]
    return [_builtin_list(part) for part in signature]


def _request_model(method: Method) -> str:
    schema = method.operation["requestBody"]["content"]["application/json"]["schema"]
    return derived.model_of(schema["$ref"].rsplit("/", 1)[-1])[1]


def _has_body(method: Method) -> bool:
    return "requestBody" in method.operation


def _docstring(method: Method, indent: str) -> list[str]:
    op = method.operation
    lines = [f'{indent}"""{_describe(op.get("summary")) or method.name}.', ""]
    text = _describe(op.get("description"))
    if text:
        lines += [f"{indent}{line}" for line in _wrap(text, 92)] + [""]
    documented = [a for a in method.arguments if a.description]
    if documented:
        lines.append(f"{indent}Args:")
        for argument in documented:
            wrapped = _wrap(f"{argument.python}: {argument.description}", 88)
            lines += [f"{indent}    {wrapped[0]}", *(f"{indent}        {w}" for w in wrapped[1:])]
        lines.append("")
    lines.append(f"{indent}`{op['operationId']}`: {_http(method)}")
    lines.append(f'{indent}"""')
    return lines


def _http(method: Method) -> str:
    for path_method, path, op in _ALL_OPERATIONS:
        if op is method.operation:
            return f"{path_method.upper()} {path}"
    return ""


_ALL_OPERATIONS: list[tuple[str, str, dict[str, Any]]] = []


def _wrap(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text.replace('"""', "'''").replace("\\", "\\\\"), width) or [""]


def _builtin_list(annotation: str) -> str:
    # Inside a resource class `list` names the method, so annotations spell the builtin out.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def _returns(method: Method, variant: str) -> str:
    """The method's return annotation in one of the four classes."""
    return _builtin_list(_plain_returns(method, variant))


def _plain_returns(method: Method, variant: str) -> str:
    sync = variant in ("sync", "raw")
    if method.kind == "start":
        plain = f"{'Task' if sync else 'AsyncTask'}[{method.returns}]"
    elif method.kind == "page":
        plain = f"{'Iterator' if sync else 'AsyncIterator'}[{method.returns}]"
    else:
        plain = method.returns
    if variant in ("raw", "async_raw"):
        if method.kind == "page":
            return "RawResponse[Any]"
        return f"RawResponse[{plain}]"
    return plain


def _method_source(method: Method, variant: str, docs: bool) -> list[str]:
    awaited = variant in ("async", "async_raw") and not (
        variant == "async" and method.kind == "page"
    )
    define = "async def" if awaited else "def"
    call = "await self._arequest" if variant in ("async", "async_raw") else "self._request"
    if variant == "async" and method.kind == "page":
        call = "self._apages"
    returns = _returns(method, variant)
    lines: list[str] = []
    required_body = any(a.required and a.location == "body" for a in method.arguments)
    body = _has_body(method)
    signatures = [False, True] if required_body else [False]
    for body_given in signatures if required_body else []:
        parameters = ", ".join(
            ["self", *_parameters(method, with_body=body, body_given=body_given)]
        )
        lines += ["    @overload", f"    {define} {method.name}({parameters}) -> {returns}: ..."]
    if required_body:
        lines.append(f"    {define} {method.name}(self, *args: Any, **kwargs: Any) -> {returns}:")
        arguments = "args, kwargs"
    else:
        parameters = ", ".join(["self", *_parameters(method, with_body=body, body_given=False)])
        lines.append(f"    {define} {method.name}({parameters}) -> {returns}:")
        arguments = "(), locals()"
    if docs:
        lines += _docstring(method, "        ")
    lines.append(f"        return {_cast(returns, f'{call}({_constant(method)}, {arguments})')}")
    return lines


def _cast(annotation: str, expression: str) -> str:
    """`expression` (typed Any by the machinery) as the method's declared type."""
    return expression if annotation == "Any" else f"cast({annotation!r}, {expression})"


def _run_source(method: Method, variant: str) -> list[str]:
    """`run`: start, wait and download in one call, for the section's main family."""
    sync = variant == "sync"
    define = "def" if sync else "async def"
    call = "self._run" if sync else "await self._arun"
    returns = _returns(method, variant)
    lines: list[str] = []
    required_body = any(a.required and a.location == "body" for a in method.arguments)
    body = _has_body(method)
    for body_given in [False, True] if required_body else [False]:
        parameters = ", ".join(
            ["self", *_parameters(method, with_body=body, body_given=body_given), *_RUN]
        )
        if required_body:
            lines += ["    @overload", f"    {define} run({parameters}) -> {returns}: ..."]
        else:
            lines.append(f"    {define} run({parameters}) -> {returns}:")
    if required_body:
        lines.append(f"    {define} run(self, *args: Any, **kwargs: Any) -> {returns}:")
        arguments = "args, kwargs"
    else:
        arguments = "(), locals()"
    lines += [
        '        """Start the task, wait until it ends and return its handle; `download`: a',
        "        folder to save its result files into. Raises `a2e.TaskFailed` if it fails and",
        '        `a2e.TaskTimeout` after `wait_timeout` seconds."""',
        f"        return {_cast(returns, f'{call}({_constant(method)}, {arguments})')}",
    ]
    return lines


def section_module(tag: str, found: list[Method], modules: dict[str, str]) -> str:
    name = class_name(tag)
    imports: set[str] = set()
    for method in found:
        imports |= method.imports
        if _has_body(method):
            imports.add(_request_model(method))
    starts = [m for m in found if m.kind == "start" and m.name == "start"]
    main = starts[0] if starts else None
    lines = [
        f'"""The {tag} section: `client.{section_attribute(tag)}`.',
        "",
        "Do not edit: `make generate` writes this file from openapi/a2e.yaml.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import os",
        "from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence",
        "import builtins",
        "from typing import TYPE_CHECKING, Any, BinaryIO, Literal, cast, overload",
        "",
        "import httpx",
        "from a2e.defaults import WAIT_TIMEOUT",
        "from a2e.resources import AsyncResource, Operation, RawResponse, SyncResource",
        "",
        "if TYPE_CHECKING:",
        "    from a2e.tasks import AsyncTask, Task",
        "",
    ]
    for model in sorted(imports):
        module = modules[model]
        lines.append(f"    from ..models.{module} import {model}")
    lines += [""] + [_descriptor(m) for m in found] + [""]
    variants = {
        "sync": (name, "SyncResource", True),
        "async": (f"Async{name}", "AsyncResource", True),
        "raw": (f"{name}WithRawResponse", "SyncResource", False),
        "async_raw": (f"Async{name}WithRawResponse", "AsyncResource", False),
    }
    for variant, (cls, base, docs) in variants.items():
        raw = variant.endswith("raw")
        lines += ["", f"class {cls}({base}):"]
        summary = f"{tag}: {len(found)} operations" + (
            ", answering the raw HTTP response" if raw else ""
        )
        lines += [f'    """{summary}."""', ""]
        if raw:
            lines += ["    _raw = True", ""]
        else:
            raw_cls = variants["raw" if variant == "sync" else "async_raw"][0]
            lines += [
                "    @property",
                f"    def with_raw_response(self) -> {raw_cls}:",
                '        """These methods, answering a `RawResponse`: the HTTP status, headers and',
                '        trace id beside the parsed value."""',
                f"        return {raw_cls}(self._client)",
                "",
            ]
        for method in found:
            lines += [*_method_source(method, variant, docs), ""]
        if main is not None and not raw:
            family = main.family
            model = main.returns
            handle = "Task" if variant == "sync" else "AsyncTask"
            lines += [*_run_source(main, variant), ""]
            lines += [
                f"    def task(self, id: str, /) -> {handle}[{model}]:"
                if variant == "sync"
                else f"    async def task(self, id: str, /) -> {handle}[{model}]:",
                f'        """The {family} task `id`, read now: a handle to refresh, wait for and',
                '        download."""',
                "        return "
                + _cast(
                    f"{handle}[{model}]",
                    f"{'self._task' if variant == 'sync' else 'await self._atask'}({family!r}, id)",
                ),
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"


def package_init(sections: dict[str, list[Method]]) -> str:
    lines = [
        '"""Every section of A2E\'s API as a resource of `a2e.Client` and `a2e.AsyncClient`.',
        "",
        "Sections load on first use, so building a client imports none of them.",
        "Do not edit: `make generate` writes this file from openapi/a2e.yaml.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, cast",
        "",
        "from a2e.resources import section",
        "",
        "if TYPE_CHECKING:",
    ]
    for tag in sections:
        attribute, cls = section_attribute(tag), class_name(tag)
        lines.append(f"    from .{attribute} import Async{cls}, {cls}")
    lines += ["", "SECTIONS = {"]
    lines += [f"    {section_attribute(tag)!r}: {tag!r}," for tag in sections]
    lines += ["}", "", "", "class SyncResources:", '    """The sections, on `a2e.Client`."""', ""]
    for tag in sections:
        attribute, cls = section_attribute(tag), class_name(tag)
        lines += [
            "    @property",
            f"    def {attribute}(self) -> {cls}:",
            f'        """{tag}."""',
            f"        return cast({cls!r}, section(self, {attribute!r}, {cls!r}))",
            "",
        ]
    lines += ["", "class AsyncResources:", '    """The sections, on `a2e.AsyncClient`."""', ""]
    for tag in sections:
        attribute, cls = section_attribute(tag), class_name(tag)
        lines += [
            "    @property",
            f"    def {attribute}(self) -> Async{cls}:",
            f'        """{tag}."""',
            f"        return cast({'Async' + cls!r}, section(self, {attribute!r}, {'Async' + cls!r}))",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def write(spec: dict[str, Any], package: Path) -> dict[str, list[Method]]:
    """Write `package/resources/`; return the sections' methods (docs name them)."""
    _ALL_OPERATIONS[:] = list(operations(spec))
    sections = methods(spec, package)
    modules = _Models(package).modules
    folder = package / "resources"
    folder.mkdir(exist_ok=True)
    for tag, found in sections.items():
        (folder / f"{section_attribute(tag)}.py").write_text(section_module(tag, found, modules))
    (folder / "__init__.py").write_text(package_init(sections))
    return sections
