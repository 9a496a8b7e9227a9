"""Requests checked against the spec, with each operation's validators compiled once.

openapi-core builds its schema validators anew for every request and walks the spec through
lazy path objects; that cost a few milliseconds a request, most of the mock's time. Here each
operation's parameter and body schemas become `OAS31Validator`s once, with the format checker
openapi-core uses for OpenAPI 3.1 and the same casting of parameter strings, so the verdicts
are the same (tests/test_mock_validation.py compares them) for a tenth of the cost.

An operation using what this subset does not read (header or cookie parameters, parameters
with `content` or non-primitive schemas, bodies other than JSON) is checked by openapi-core.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from jsonschema import FormatChecker
from jsonschema.exceptions import ValidationError
from openapi_core import OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from openapi_schema_validator import OAS30ReadValidator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.requests import Request

from ..spec_walk import follow, resolve
from .spec import Operation

SPEC_URI = "urn:a2e-spec"
# An error names the field and the problem; a value echoed in it (a 5 MB string) is cut.
MESSAGE_CHARACTERS = 300
ERRORS_SHOWN = 10
# openapi-core's spellings of a boolean parameter (openapi_core.util).
TRUE_WORDS = ("y", "yes", "t", "true", "on", "1")
FALSE_WORDS = ("n", "no", "f", "false", "off", "0")
JSON = "application/json"


def capped(text: str, limit: int = MESSAGE_CHARACTERS) -> str:
    return text if len(text) <= limit else f"{text[: limit - 3]}..."


@dataclass(frozen=True)
class Verdict:
    """What the spec says of a request: its problems, else its parameters and parsed body."""

    errors: tuple[str, ...] = ()
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None

    @property
    def message(self) -> str:
        """One line naming each problem (the first few, each cut to a readable length)."""
        shown = [capped(e) for e in self.errors[:ERRORS_SHOWN]]
        more = len(self.errors) - len(shown)
        return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


class RequestChecker:
    """Checks a request for one operation: its verdict, given the path parameters' values."""

    def check(self, request: Request, body: bytes, path: Mapping[str, str]) -> Verdict:
        problems = unreadable_parameters(request, path)
        if problems:
            return Verdict(tuple(problems))
        return self.check_readable(request, body, path)

    def check_readable(self, request: Request, body: bytes, path: Mapping[str, str]) -> Verdict:
        """The verdict on a request whose path and query values are all text."""
        raise NotImplementedError


def _escaped(text: str) -> str:
    """`text` with each lone surrogate shown as `\\udXXX`, so that a message can carry it."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _is_text(text: str) -> bool:
    # A lone surrogate comes from JSON's `\\ud800`, or stands for a byte that is not UTF-8;
    # no answer can encode it, so a value holding one would make every answer echoing it fail.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def unreadable_parameters(request: Request, path: Mapping[str, str]) -> list[str]:
    """Each path or query value (or query name) that is not UTF-8 once percent-decoded.

    Starlette would read such bytes as U+FFFD, quietly changing the value the client sent.
    """
    query = request.scope.get("query_string", b"").decode("latin-1")
    pairs = parse_qsl(query, keep_blank_values=True, errors="surrogateescape")
    places = [*((f"path.{n}", v) for n, v in path.items()), *((f"query.{n}", v) for n, v in pairs)]
    return [
        f"{_escaped(place)}: not UTF-8 once percent-decoded"
        for place, value in places
        if not (_is_text(place) and _is_text(value))
    ]


def unrepresentable(value: Any, place: str) -> list[str]:
    """Each place in a parsed JSON value holding what no JSON answer can carry back: a lone
    surrogate (`"\\ud800"`) in a string or a name, or a number JSON has not (NaN, Infinity,
    1e999), which Python's parser accepts."""
    problems: list[str] = []
    # A stack rather than recursion: bodies nest as deep as the parser allows.
    pending: list[tuple[Any, str]] = [(value, place)]
    while pending:
        node, where = pending.pop()
        if isinstance(node, dict):
            for key, item in reversed(node.items()):
                inside = f"{where}.{_escaped(key)}"
                if not _is_text(key):
                    problems.append(f"{inside}: the name holds a lone surrogate, not Unicode text")
                pending.append((item, inside))
        elif isinstance(node, list):
            pending += [(item, f"{where}.{i}") for i, item in reversed(list(enumerate(node)))]
        elif isinstance(node, str) and not _is_text(node):
            shown = capped(_escaped(node), 80)
            problems.append(f"{where}: '{shown}' holds a lone surrogate, not Unicode text")
        elif isinstance(node, float) and not math.isfinite(node):
            problems.append(f"{where}: {node} (NaN, Infinity or past 1.8e308) is not accepted")
    return problems


def _pointer(*parts: str) -> str:
    escaped = (p.replace("~", "~0").replace("/", "~1") for p in parts)
    return f"{SPEC_URI}#/{'/'.join(escaped)}"


def _cast_boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in TRUE_WORDS:
        return True
    if lowered in FALSE_WORDS:
        return False
    raise ValueError("not a boolean format")


# As openapi-core casts a parameter's string for its schema type (`int("+1")` included).
CASTS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": _cast_boolean,
}


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    required: bool
    cast: Callable[[str], Any]
    type_name: str
    validator: OAS31Validator
    default: Any = None
    has_default: bool = False


class CompiledChecker(RequestChecker):
    """The compiled checks of one operation (see the module's docstring)."""

    def __init__(
        self,
        parameters: list[_Parameter],
        body: OAS31Validator | None,
        body_declared: bool,
        body_required: bool,
    ) -> None:
        self.parameters = parameters
        self.body = body
        self.body_declared = body_declared
        self.body_required = body_required

    def check_readable(self, request: Request, body: bytes, path: Mapping[str, str]) -> Verdict:
        errors: list[str] = []
        found: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        query = request.query_params
        for parameter in self.parameters:
            place = f"{parameter.location}.{parameter.name}"
            where = path if parameter.location == "path" else query
            raw = where.get(parameter.name)
            if raw is None:
                if parameter.has_default:
                    found[parameter.location][parameter.name] = parameter.default
                elif parameter.required:
                    errors.append(f"{place}: missing required {parameter.location} parameter")
                continue
            if parameter.location == "query" and raw == "":
                errors.append(f"{place}: value of query parameter cannot be empty")
                continue
            try:
                value = parameter.cast(raw)
            except ValueError:
                errors.append(f"{place}: {raw!r} is not of type '{parameter.type_name}'")
                continue
            problems = _schema_errors(parameter.validator, value, place)
            errors += problems
            if not problems:
                found[parameter.location][parameter.name] = value
        parsed = self._body(request, body, errors)
        return Verdict(tuple(errors), found["path"], found["query"], parsed)

    def _body(self, request: Request, body: bytes, errors: list[str]) -> Any:
        if not self.body_declared:
            return None
        if not body:
            if self.body_required:
                errors.append("body: missing required request body")
            return None
        content_type = request.headers.get("content-type") or "application/octet-stream"
        mime = content_type.split(";")[0].lower().rstrip()
        if content_type != JSON and mime != JSON and not fnmatch.fnmatch(mime, JSON):
            errors.append(f"body: content type {content_type!r} is not {JSON}")
            return None
        try:
            value = json.loads(body)
        except RecursionError:
            errors.append("body: JSON nested too deeply")
            return None
        except ValueError as error:  # invalid JSON and invalid UTF-8 alike
            errors.append(f"body: not valid JSON ({capped(str(error), 80)})")
            return None
        problems = unrepresentable(value, "body")
        if problems:
            # Checked no further: the schema's messages would echo the bad text.
            errors += problems
            return None
        if self.body is not None:
            errors += _schema_errors(self.body, value, "body")
        return value


def _schema_errors(validator: OAS31Validator, value: Any, place: str) -> list[str]:
    try:
        found: list[ValidationError] = list(validator.iter_errors(value))
    except RecursionError:
        return [f"{place}: nested too deeply to check"]
    lines = []
    for error in found:
        path = ".".join(str(p) for p in error.absolute_path)
        lines.append(f"{place}{'.' + path if path else ''}: {capped(error.message)}")
    return lines


class _CoreRequest(StarletteOpenAPIRequest):
    """The request as openapi-core reads it, with `;` kept inside path segments.

    openapi-core joins the path to the server URL and parses it again, which takes a path
    segment that is only `;` for URL parameters and reads the id as empty.
    """

    @property
    def path(self) -> str:
        return super().path.replace(";", "%3B")


class CoreChecker(RequestChecker):
    """openapi-core's verdict, for operations outside the compiled subset."""

    def __init__(self, openapi: Callable[[], OpenAPI]) -> None:
        self._openapi = openapi

    def check_readable(self, request: Request, body: bytes, path: Mapping[str, str]) -> Verdict:
        try:
            parsed = json.loads(body) if body else None
        except (ValueError, RecursionError):
            parsed = None
        # Before openapi-core, whose messages would echo the bad text.
        problems = unrepresentable(parsed, "body")
        if problems:
            return Verdict(tuple(problems))
        try:
            result = self._openapi().unmarshal_request(_CoreRequest(request, body))
        except RecursionError:
            return Verdict(("body: JSON nested too deeply",))
        if result.errors:
            return Verdict(tuple(describe_core_errors(list(result.errors))))
        return Verdict((), dict(result.parameters.path), dict(result.parameters.query), parsed)


def _text_of(error: BaseException) -> str:
    # Some openapi-core errors decode the raw body in __str__, which fails on invalid UTF-8.
    try:
        return str(error)
    except UnicodeDecodeError:
        return "the body is not valid UTF-8 JSON"


def describe_core_errors(errors: list[Exception]) -> list[str]:
    """Each field openapi-core rejected and why."""
    lines: list[str] = []
    for error in errors:
        cause = error.__cause__
        location = "body"
        name = getattr(error, "name", None)
        if name is not None:
            location = f"{getattr(error, 'location', 'parameter')}.{name}"
        details = getattr(cause, "schema_errors", None)
        if details:
            for detail in details:
                path = ".".join(str(p) for p in detail.absolute_path)
                lines.append(f"{location}{'.' + path if path else ''}: {capped(detail.message)}")
        else:
            lines.append(f"{location}: {capped(_text_of(cause or error))}")
    return lines


class Checkers:
    """A checker per operation of `spec`: compiled where it can be, openapi-core elsewhere."""

    def __init__(self, spec: dict[str, Any], operations: list[Operation]) -> None:
        self.spec = spec
        registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        # openapi-core checks OpenAPI 3.1 formats with its 3.0 checker (openapi-core #506).
        formats: FormatChecker = copy.deepcopy(OAS30ReadValidator.FORMAT_CHECKER)
        self._core: OpenAPI | None = None
        self.by_operation: dict[str, RequestChecker] = {}
        for op in operations:
            compiled = self._compile(op, registry, formats)
            self.by_operation[op.operation_id] = compiled or CoreChecker(self.core)

    def core(self) -> OpenAPI:
        """openapi-core's view of the spec, built the first time an operation needs it."""
        if self._core is None:
            self._core = OpenAPI.from_dict(self.spec)
        return self._core

    def _compile(
        self, op: Operation, registry: Registry[Any], formats: FormatChecker
    ) -> CompiledChecker | None:
        item = self.spec["paths"][op.path]
        declared = item[op.method.lower()]

        def validator(*parts: str) -> OAS31Validator:
            # Looked up once here, not on every request; `$ref`s inside resolve from there.
            found = registry.resolver(SPEC_URI).lookup(_pointer(*parts))
            return OAS31Validator(found.contents, _resolver=found.resolver, format_checker=formats)

        parameters: dict[tuple[str, str], _Parameter] = {}
        # Operation parameters override path-item ones of the same name and place.
        for base in (("paths", op.path, op.method.lower()), ("paths", op.path)):
            owner = follow(self.spec, base)[1]
            for index in range(len(owner.get("parameters", []))):
                where, parameter = follow(self.spec, (*base, "parameters", str(index)))
                key = (parameter["name"], parameter["in"])
                if key in parameters:
                    continue
                schema = resolve(self.spec, parameter.get("schema"))
                type_name = schema.get("type") if isinstance(schema, dict) else None
                if (
                    parameter["in"] not in ("path", "query")
                    or "content" in parameter
                    or not isinstance(type_name, str)
                    or type_name not in CASTS
                    or parameter.get("style", "simple" if parameter["in"] == "path" else "form")
                    not in ("simple", "form")
                ):
                    return None
                parameters[key] = _Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required")),
                    cast=CASTS[type_name],
                    type_name=type_name,
                    validator=validator(*where, "schema"),
                    default=schema.get("default"),
                    has_default="default" in schema,
                )
        body_validator = None
        body = None
        if "requestBody" in declared:
            where, body = follow(self.spec, ("paths", op.path, op.method.lower(), "requestBody"))
            content = body.get("content", {})
            if set(content) != {JSON}:
                return None
            if "schema" in content[JSON]:
                body_validator = validator(*where, "content", JSON, "schema")
        return CompiledChecker(
            list(parameters.values()),
            body_validator,
            body_declared=body is not None,
            body_required=bool(body and body.get("required")),
        )
