"""Check openapi/a2e.yaml: valid OpenAPI 3.1, every example fits its schema, every operation complete.

python scripts/lint_spec.py [path]     prints each problem as `file:line: message`; exit 1 if any

`make generate` runs the same checks first and refuses to generate from a spec that fails them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from derived import family_aliases
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from walk import METHODS, at, fields, follow, pointer, resolve

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "a2e.yaml"
BASES = {"docs", "catalog", "code", "guess"}
ROLES = {"start", "detail", "status", "list", "batch", "delete"}
BASE_URI = "urn:a2e"
FAMILY_KEYS = {
    *("title", "schema", "status", "running", "succeeded", "failed", "results", "failure"),
    "duration",
}
OPTIONAL_FAMILY_KEYS = {"failure_code", "progress", "section_default"}
DURATION_KEYS = {"typical", "spread", "basis", "description"}
DURATION_BASES = {"docs", "estimate"}
Where = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """What is wrong, and the keys leading to the node at fault (for its line in the file)."""

    where: Where
    message: str
    # Set where the keys cannot find the node: a duplicate key is the second of two.
    line: int | None = None

    def __str__(self) -> str:
        return self.message


class SpecFile:
    """The spec as parsed, with the line of every node, so problems can say where they are."""

    def __init__(self, path: Path, text: str | None = None) -> None:
        self.path = path
        text = path.read_text(encoding="utf-8") if text is None else text
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
        try:
            # None for an empty file
            self.root: yaml.Node | None = loader.get_single_node()
            self.spec: Any = loader.construct_document(self.root) if self.root else None
        finally:
            loader.dispose()

    def _reach(self, where: Where) -> tuple[int, yaml.Node | None]:
        """(0-based line of the deepest node on the way to `where`, the node there or None)."""
        node = self.root
        if node is None:
            return 0, None
        line = node.start_mark.line
        for key in where:
            if isinstance(node, yaml.MappingNode):
                # The last of equal keys: the one YAML keeps.
                found = next((kv for kv in reversed(node.value) if kv[0].value == str(key)), None)
                if found is None:
                    return line, None
                line, node = found[0].start_mark.line, found[1]
            elif isinstance(node, yaml.SequenceNode) and str(key).isdigit():
                if int(key) >= len(node.value):
                    return line, None
                node = node.value[int(key)]
                line = node.start_mark.line
            else:
                return line, None
        return line, node

    def node_at(self, where: Where) -> yaml.Node | None:
        return self._reach(where)[1]

    def line_of(self, problem: Problem) -> int:
        """The line of the deepest node `problem.where` reaches (1-based)."""
        if problem.line is not None:
            return problem.line
        return self._reach(problem.where)[0] + 1

    def duplicate_keys(self) -> list[Problem]:
        """Every key written twice in one mapping: YAML keeps the last one without a word, so an
        operation or a field would vanish."""
        found: list[Problem] = []
        pending: list[tuple[yaml.Node, Where]] = [(self.root, ())] if self.root else []
        while pending:
            node, where = pending.pop()
            if isinstance(node, yaml.MappingNode):
                seen: set[str] = set()
                for key, value in node.value:
                    if key.value in seen:
                        message = f"key {key.value!r} appears twice here; YAML would keep the last"
                        found.append(Problem((*where, key.value), message, key.start_mark.line + 1))
                    seen.add(key.value)
                    pending.append((value, (*where, key.value)))
            elif isinstance(node, yaml.SequenceNode):
                pending += [(item, (*where, i)) for i, item in enumerate(node.value)]
        return sorted(found, key=lambda p: p.line or 0)

    def render(self, problem: Problem) -> str:
        """`file:line: message`, one line."""
        return f"{display(self.path)}:{self.line_of(problem)}: {one_line(problem.message)}"


def display(path: Path) -> str:
    """`path` as the user would type it from the current folder."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def syntax_error(path: Path, error: yaml.YAMLError) -> str:
    """The parser's complaint as `file:line: message`, at the line the parser names."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = f"{mark.line + 1}:{mark.column + 1}" if mark is not None else "1"
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    reason = f"{context}: {problem}" if context else problem
    return f"{display(path)}:{line}: not valid YAML: {one_line(reason)}"


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, Where, dict[str, Any]]]:
    """("METHOD /path", keys of the operation, operation) for every operation."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", ("paths", path, method), item[method]


def webhooks(spec: dict[str, Any]) -> Iterator[tuple[str, Where, dict[str, Any]]]:
    for name, item in spec.get("webhooks", {}).items():
        for method in METHODS:
            if method in item:
                yield f"webhook {name}", ("webhooks", name, method), item[method]


def reference_problems(spec: Any) -> Iterator[Problem]:
    """Every `$ref` that points at nothing in the spec (or outside it)."""
    pending: list[tuple[Any, Where]] = [(spec, ())]
    while pending:
        node, where = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref is not None:
                if not isinstance(ref, str) or not ref.startswith("#/"):
                    yield Problem(
                        (*where, "$ref"), f"$ref {ref!r} is not a reference into this file"
                    )
                else:
                    try:
                        at(spec, pointer(ref))
                    except (KeyError, IndexError, ValueError, TypeError):
                        yield Problem((*where, "$ref"), f"$ref {ref!r} points at nothing")
            pending += [(value, (*where, key)) for key, value in node.items()]
        elif isinstance(node, list):
            pending += [(value, (*where, i)) for i, value in enumerate(node)]


_OPERATION_NAMED = re.compile(r"'(get|put|post|delete|patch)'(?: operation)? in '([^']+)'")


def openapi_problems(spec: dict[str, Any]) -> Iterator[Problem]:
    """What openapi-spec-validator finds: the schema of OpenAPI 3.1 first, then its own rules."""
    errors = OpenAPIV31SpecValidator(spec).iter_errors()
    placed: set[Where] = set()
    while True:
        try:
            error = next(errors)
        except StopIteration:
            return
        except Exception:  # its later rules assume an error-free document; the first errors stand
            return
        if not isinstance(error, OpenAPIValidationError):
            continue
        where: Where = tuple(getattr(error, "absolute_path", ()) or ())
        if not where:
            named = _OPERATION_NAMED.search(str(error))
            where = ("paths", named[2], named[1]) if named else ()
        if where and where in placed:
            continue  # one line per place: a oneOf failure repeats the error beneath it
        placed.add(where)
        message = getattr(error, "message", None) or str(error)
        yield Problem(where, f"not valid OpenAPI: {message.splitlines()[0]}")


def _rebase(node: Any) -> Any:
    """Point local `$ref`s at the registered spec so a sub-schema validates on its own."""
    if isinstance(node, dict):
        return {
            k: BASE_URI + v
            if k == "$ref" and isinstance(v, str) and v.startswith("#")
            else _rebase(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def _parts(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """A schema and every schema it is made of: allOf, and each branch of oneOf and anyOf."""
    found: list[dict[str, Any]] = []
    pending = [schema]
    while pending:
        node = resolve(spec, pending.pop())
        if isinstance(node, dict):
            found.append(node)
            pending += [*node.get("allOf", []), *node.get("oneOf", []), *node.get("anyOf", [])]
    return found


def undeclared(spec: dict[str, Any], schema: Any, value: Any, where: Where = ()) -> Iterator[Where]:
    """Each property of `value` that its schema does not declare. The schemas admit unknown
    fields on purpose (A2E adds fields), so a validator lets a renamed field's old name pass;
    an example must show only what the spec describes."""
    parts = _parts(spec, schema)
    if isinstance(value, dict):
        declared: dict[str, list[Any]] = {}
        extra: list[Any] = []
        takes_more = False
        for part in parts:
            for name, sub in part.get("properties", {}).items():
                declared.setdefault(name, []).append(sub)
            more = part.get("additionalProperties")
            if isinstance(more, dict) and more:
                extra.append(more)
            takes_more |= more is True or more == {} or "patternProperties" in part
        if not declared and not extra:
            return  # a free-form object: nothing to hold its keys to
        for key, item in value.items():
            if key in declared:
                yield from undeclared(spec, {"allOf": declared[key]}, item, (*where, key))
            elif extra:
                yield from undeclared(spec, {"allOf": extra}, item, (*where, key))
            elif not takes_more:
                yield (*where, key)
    elif isinstance(value, list):
        items = [part["items"] for part in parts if isinstance(part.get("items"), dict)]
        if items:
            for index, item in enumerate(value):
                yield from undeclared(spec, {"allOf": items}, item, (*where, index))


def example_problems(spec: dict[str, Any]) -> Iterator[Problem]:
    """Every example of a request or response body that does not fit its schema, or shows a
    property its schema does not have."""
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(BASE_URI, resource)
    for label_of, keys, operation in [*operations(spec), *webhooks(spec)]:
        bodies: list[tuple[str, tuple[str, ...]]] = []
        if "requestBody" in operation:
            bodies.append(("request", (*map(str, keys), "requestBody")))
        bodies += [
            (status, (*map(str, keys), "responses", status))
            for status in operation.get("responses", {})
        ]
        for label, body_keys in bodies:
            body_where, body = follow(spec, body_keys)
            media = body.get("content", {}).get("application/json", {})
            if "example" not in media:
                continue
            example_where: Where = (*body_where, "content", "application/json", "example")
            schema = media.get("schema", {})
            validator = OAS31Validator(
                _rebase(schema),
                registry=registry,
                format_checker=OAS31Validator.FORMAT_CHECKER,
            )
            for error in validator.iter_errors(media["example"]):
                location = "/".join(str(p) for p in error.absolute_path)
                yield Problem(
                    (*example_where, *error.absolute_path),
                    f"{label_of} {label} example at /{location}: {error.message}",
                )
            for extra in undeclared(spec, schema, media["example"]):
                location = "/".join(str(p) for p in extra)
                yield Problem(
                    (*example_where, *extra),
                    f"{label_of} {label} example at /{location}: the schema has no such property",
                )


def operation_problems(spec: dict[str, Any]) -> Iterator[Problem]:
    """Every operation that misses something each operation must have."""
    tags = {tag["name"] for tag in spec.get("tags", [])}
    seen: dict[str, str] = {}
    for where, keys, op in operations(spec):
        operation_id = op.get("operationId", "")
        if not re.fullmatch(r"[a-z][A-Za-z0-9]+", operation_id):
            yield Problem(
                (*keys, "operationId"),
                f"{where}: operationId {operation_id!r} is not a camelCase name",
            )
        if operation_id in seen:
            yield Problem(
                (*keys, "operationId"),
                f"{where}: operationId {operation_id} is also used by {seen[operation_id]}",
            )
        seen[operation_id] = where
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags:
            yield Problem((*keys, "tags"), f"{where}: needs exactly one tag, declared under `tags`")
        for field in ("summary", "description"):
            if not str(op.get(field, "")).strip():
                yield Problem(keys, f"{where}: no {field}")
        basis = op.get("x-a2e-basis")
        if basis not in BASES:
            yield Problem(
                (*keys, "x-a2e-basis"),
                f"{where}: x-a2e-basis must be one of {sorted(BASES)}, got {basis!r}",
            )
        elif (
            basis in {"code", "guess"}
            and "unverified" not in str(op.get("description", "")).lower()
        ):
            yield Problem(
                (*keys, "description"),
                f"{where}: basis {basis} but the description does not say it is unverified",
            )
        task = op.get("x-a2e-task")
        if task is not None and task.get("role") not in ROLES:
            yield Problem(
                (*keys, "x-a2e-task"), f"{where}: x-a2e-task role must be one of {sorted(ROLES)}"
            )
        responses = op.get("responses", {})
        media = (
            resolve(spec, responses.get("200", {})).get("content", {}).get("application/json", {})
        )
        if "schema" not in media or "example" not in media:
            yield Problem(
                (*keys, "responses"),
                f"{where}: the 200 response needs a JSON schema and an example",
            )
        if "401" not in responses:
            yield Problem((*keys, "responses"), f"{where}: no 401 response")
        if responses.get("default") != {"$ref": "#/components/responses/Failure"}:
            yield Problem(
                (*keys, "responses"),
                f"{where}: the default response must be $ref '#/components/responses/Failure'",
            )


def paging_problems(spec: dict[str, Any]) -> Iterator[Problem]:
    """Every `x-a2e-paging` that names a parameter or a field its operation does not have."""
    for where, keys, op in operations(spec):
        paging = op.get("x-a2e-paging")
        if paging is None:
            continue
        at_paging = (*keys, "x-a2e-paging")
        if not set(paging) <= {"page", "size", "records", "total"} or "records" not in paging:
            yield Problem(
                at_paging, f"{where}: x-a2e-paging takes records and optionally page, size, total"
            )
            continue
        names = {resolve(spec, p)["name"] for p in op.get("parameters", [])}
        for key in ("page", "size"):
            if key in paging and paging[key] not in names:
                yield Problem(
                    (*at_paging, key),
                    f"{where}: x-a2e-paging {key} {paging[key]!r} is not a parameter",
                )
        media = resolve(spec, op["responses"]["200"]).get("content", {}).get("application/json", {})
        data = fields(spec, media.get("schema", {}))[0].get("data", {})
        for key in ("records", "total"):
            if paging.get(key) and paging[key] not in fields(spec, data)[0]:
                yield Problem(
                    (*at_paging, key),
                    f"{where}: x-a2e-paging {key} {paging[key]!r} is not a field of `data`",
                )


def family_problems(spec: dict[str, Any]) -> Iterator[Problem]:
    """Every family declaration that does not fit its task schema or its operations."""
    declared: dict[str, Any] = spec.get("x-a2e-families", {})
    roles: dict[str, set[str]] = {}
    for where, at_op, op in operations(spec):
        task = op.get("x-a2e-task")
        if task is None:
            continue
        if task.get("family") not in declared:
            yield Problem(
                (*at_op, "x-a2e-task", "family"),
                f"{where}: x-a2e-task names family {task.get('family')!r}, which is not declared",
            )
        roles.setdefault(task.get("family"), set()).add(task.get("role"))
    for name, family in declared.items():
        keys: Where = ("x-a2e-families", name)
        found = set(family)
        if not FAMILY_KEYS <= found <= FAMILY_KEYS | OPTIONAL_FAMILY_KEYS:
            yield Problem(
                keys,
                f"family {name}: keys must be {sorted(FAMILY_KEYS)} (+ {sorted(OPTIONAL_FAMILY_KEYS)}), got {sorted(found)}",
            )
            continue
        schema = spec["components"]["schemas"].get(family["schema"])
        if schema is None:
            yield Problem(
                (*keys, "schema"),
                f"family {name}: schema {family['schema']} is not in components.schemas",
            )
            continue
        properties, required = fields(spec, schema)
        named = [("status", family["status"]), ("failure", family["failure"])]
        named += [("results", result) for result in family["results"]]
        named += [(key, family[key]) for key in ("failure_code", "progress") if key in family]
        yield from (Problem(keys, text) for text in _duration_problems(name, family["duration"]))
        for key, field in named:
            if field not in properties:
                yield Problem(
                    (*keys, key),
                    f"family {name}: field {field} is not a property of {family['schema']}",
                )
        if family["status"] in properties and not {"_id", family["status"]} <= required:
            yield Problem(
                (*keys, "schema"),
                f"family {name}: {family['schema']} must require `_id` and its status",
            )
        if not family["succeeded"] or not family["failed"]:
            yield Problem(
                keys, f"family {name}: needs at least one succeeded and one failed status"
            )
        for role in ("start", "detail"):
            if role not in roles.get(name, set()):
                yield Problem(keys, f"family {name}: no operation has x-a2e-task role {role}")
        if not isinstance(family.get("section_default", False), bool):
            yield Problem(keys, f"family {name}: section_default must be true or false")
    # `a2e.wait` and the command line take a family by its section's name too.
    yield from (Problem(("x-a2e-families",), text) for text in family_aliases(spec)[1])


def _duration_problems(name: str, duration: Any) -> Iterator[str]:
    """A family's `duration`: its median run time, the spread of its logarithm, where the
    figure comes from, and a description saying so (an estimate must say it is one)."""
    if not isinstance(duration, dict) or set(duration) != DURATION_KEYS:
        yield f"family {name}: duration must have exactly {sorted(DURATION_KEYS)}"
        return
    for key in ("typical", "spread"):
        value = duration[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            yield f"family {name}: duration {key} must be a number above 0, got {value!r}"
    if duration["basis"] not in DURATION_BASES:
        yield f"family {name}: duration basis must be one of {sorted(DURATION_BASES)}"
    description = duration["description"]
    if not isinstance(description, str) or not description.strip():
        yield f"family {name}: duration needs a description of where its figure comes from"
    elif duration["basis"] == "estimate" and "estimate" not in description.lower():
        yield f"family {name}: an estimated duration must say so in its description"


def _guarded(check: Callable[[dict[str, Any]], Iterator[Problem]], spec: Any) -> list[Problem]:
    """The problems `check` finds; a shape it did not expect is one more problem, not a crash."""
    found: list[Problem] = []
    try:
        found.extend(check(spec))
    except Exception as error:  # any malformed node; the spec is whatever a maintainer typed
        where = found[-1].where if found else ()
        reason = f"{type(error).__name__}: {error}"
        found.append(Problem(where, f"the spec's shape stopped {check.__name__}: {reason}"))
    return found


def problems(spec: Any) -> list[Problem]:
    """Everything wrong with the spec; empty when it is fine."""
    if not isinstance(spec, dict) or not isinstance(spec.get("paths"), dict):
        return [Problem((), "not an OpenAPI document: no `paths` mapping")]
    # Every later check follows `$ref`s, and openapi-spec-validator prints the whole spec when
    # one points at nothing: a broken reference is reported alone.
    broken = _guarded(reference_problems, spec)
    if broken:
        return broken
    invalid = _guarded(openapi_problems, spec)
    if invalid:
        return invalid
    checks = (example_problems, operation_problems, family_problems, paging_problems)
    return [problem for check in checks for problem in _guarded(check, spec)]


def early_problems(loaded: SpecFile) -> list[Problem]:
    """What makes every later finding doubtful: a key written twice, a document without
    `paths`, a reference to nothing. Cheap: `make generate` checks them before anything."""
    found = loaded.duplicate_keys()
    spec = loaded.spec
    if not isinstance(spec, dict) or not isinstance(spec.get("paths"), dict):
        found.append(Problem((), "not an OpenAPI document: no `paths` mapping"))
    else:
        found += reference_problems(spec)
    return found


def check_file(path: Path) -> tuple[Any, list[str]]:
    """(the spec, its problems as `file:line: message` lines); the spec is None when the YAML
    does not parse."""
    try:
        loaded = SpecFile(path)
    except yaml.YAMLError as error:
        return None, [syntax_error(path, error)]
    found = early_problems(loaded) or problems(loaded.spec)
    found.sort(key=loaded.line_of)
    return loaded.spec, [loaded.render(problem) for problem in found]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC_PATH
    _, found = check_file(path)
    for line in found:
        print(line, file=sys.stderr)
    if found:
        return 1
    print(f"{path.name}: valid; every example fits; every operation complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
