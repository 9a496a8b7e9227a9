"""What a new spec changes for users of the HTTP API, each change breaking or compatible.

Compared per operation (by method and path, as an HTTP caller knows it): the operation itself,
its parameters, its request body's fields, and the fields of its success answers, each through
`$ref`, `allOf`, `oneOf` and `anyOf`, down to nested objects and array items. A field declared
in a component schema is reported once for that model, with the operations that use it.

Requests and answers are judged in opposite directions: a caller must still be able to send
what it sent, and must still find what it read. An answer that gains a field or a status value
is compatible: the spec asks readers to accept both (A2E adds them without notice).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from walk import METHODS, resolve

# Limits a request must stay within: a larger minimum or a smaller maximum refuses more.
LOWER_LIMITS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
UPPER_LIMITS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
EXACT_LIMITS = ("pattern", "format", "multipleOf")
SCHEMA_PREFIX = "#/components/schemas/"
# From this many operations on, one change they share is one line.
SHARED = 4


@dataclass(frozen=True)
class Change:
    """One difference: whether it breaks callers, where it is (an operation or a model), what."""

    breaking: bool
    subject: str
    text: str
    # The operations a model's change reaches.
    operations: tuple[str, ...] = ()
    everywhere: bool = False

    def line(self) -> str:
        reach = ""
        if self.everywhere:
            reach = " (in every operation)"
        elif self.operations:
            shown = ", ".join(self.operations[:4])
            more = len(self.operations) - 4
            reach = f" (in {shown}{f', +{more} more' if more > 0 else ''})"
        return f"{self.subject}: {self.text}{reach}"


@dataclass(frozen=True)
class Field:
    """A field as a caller meets it: JSON types, whether it is always there, values, limits."""

    types: frozenset[str]
    required: bool
    enum: frozenset[str] | None
    limits: tuple[tuple[str, str], ...]
    # The component schema declaring it, and its name there ("" for the schema itself).
    owner: str | None = None
    owned_as: str = ""


@dataclass
class _Part:
    schema: dict[str, Any]
    owner: str | None
    # Under oneOf/anyOf: its fields may be absent whatever `required` says.
    conditional: bool


@dataclass
class _Shape:
    types: set[str] = field(default_factory=set)
    enum: set[str] | None = None
    limits: dict[str, str] = field(default_factory=dict)
    properties: dict[str, list[Any]] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    conditional: set[str] = field(default_factory=set)
    owners: dict[str, str | None] = field(default_factory=dict)
    items: list[Any] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)


def _parts(spec: dict[str, Any], schema: Any, owner: str | None) -> list[_Part]:
    found: list[_Part] = []
    pending: list[tuple[Any, str | None, bool, frozenset[str]]] = [
        (schema, owner, False, frozenset())
    ]
    while pending:
        node, owned_by, conditional, refs = pending.pop()
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in refs:
                continue
            refs = refs | {ref}
            if ref.startswith(SCHEMA_PREFIX):
                owned_by = ref.removeprefix(SCHEMA_PREFIX)
            node = resolve(spec, node)
        if not isinstance(node, dict):
            continue
        found.append(_Part(node, owned_by, conditional))
        pending += [(part, owned_by, conditional, refs) for part in node.get("allOf", [])]
        for key in ("oneOf", "anyOf"):
            pending += [(part, owned_by, True, refs) for part in node.get(key, [])]
    return found


def _shape(spec: dict[str, Any], schema: Any, owner: str | None) -> _Shape:
    shape = _Shape()
    for part in _parts(spec, schema, owner):
        node = part.schema
        kind = node.get("type")
        shape.types |= set(kind) if isinstance(kind, list) else {kind} if kind else set()
        values = node.get("enum", [node["const"]] if "const" in node else None)
        if values is not None:
            encoded = {json.dumps(v, sort_keys=True) for v in values}
            shape.enum = encoded if shape.enum is None else shape.enum & encoded
        for key in (*LOWER_LIMITS, *UPPER_LIMITS, *EXACT_LIMITS):
            if key in node:
                shape.limits[key] = json.dumps(node[key])
        for name, sub in node.get("properties", {}).items():
            shape.properties.setdefault(name, []).append(sub)
            shape.owners.setdefault(name, part.owner)
            if part.conditional:
                shape.conditional.add(name)
        if not part.conditional:
            shape.required |= set(node.get("required", []))
        if isinstance(node.get("items"), dict):
            shape.items.append(node["items"])
        if isinstance(node.get("additionalProperties"), dict) and node["additionalProperties"]:
            shape.extra.append(node["additionalProperties"])
    if shape.properties:
        shape.types.add("object")
    return shape


def flatten(
    spec: dict[str, Any],
    schema: Any,
    prefix: str = "",
    *,
    required: bool = True,
    owner: str | None = None,
    owned_as: str = "",
    depth: int = 0,
) -> dict[str, Field]:
    """Every field under `schema` by its path (`data.records[].status`; "" for the schema
    itself), each with what a caller can rely on."""
    shape = _shape(spec, schema, owner)
    enum = frozenset(shape.enum) if shape.enum is not None else None
    found = {
        prefix: Field(
            frozenset(shape.types),
            required,
            enum,
            tuple(sorted(shape.limits.items())),
            owner,
            owned_as,
        )
    }
    if depth > 12:  # a schema that contains itself: deep enough to have shown every field
        return found
    for name, subs in shape.properties.items():
        path = f"{prefix}.{name}" if prefix else name
        declared_by = shape.owners[name]
        within = owned_as if declared_by == owner else ""
        found |= flatten(
            spec,
            {"allOf": subs},
            path,
            required=name in shape.required and name not in shape.conditional,
            owner=declared_by,
            owned_as=f"{within}.{name}" if within else name,
            depth=depth + 1,
        )
    for key, subs in (("[]", shape.items), (".*", shape.extra)):
        if subs:
            found |= flatten(
                spec,
                {"allOf": subs},
                prefix + key,
                owner=owner,
                owned_as=owned_as + key,
                depth=depth + 1,
            )
    return found


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of types `narrow` is also of types `wide` (no types: anything)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _kinds(types: frozenset[str]) -> str:
    return " or ".join(sorted(types)) or "anything"


def _limit_changes(old: Field, new: Field, sending: bool) -> Iterator[tuple[bool, str]]:
    before, after = dict(old.limits), dict(new.limits)
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        if key in LOWER_LIMITS:
            stricter = now is not None and (was is None or json.loads(now) > json.loads(was))
        elif key in UPPER_LIMITS:
            stricter = now is not None and (was is None or json.loads(now) < json.loads(was))
        else:
            stricter = now is not None
        text = f"{key} {was if was is not None else 'none'} -> {now if now is not None else 'none'}"
        yield sending and stricter, text


def _field_changes(old: Field, new: Field, sending: bool) -> Iterator[tuple[bool, str]]:
    """(breaking, what) for one field present on both sides."""
    if old.required != new.required:
        if sending:
            yield (new.required, "now required" if new.required else "no longer required")
        else:
            yield (not new.required, "may now be absent" if not new.required else "now always sent")
    if old.types != new.types:
        fits = _covers(new.types, old.types) if sending else _covers(old.types, new.types)
        yield not fits, f"type {_kinds(old.types)} -> {_kinds(new.types)}"
    if old.enum != new.enum:
        if new.enum is None:
            yield False, "takes any value now" if sending else "may answer any value now"
        elif old.enum is None:
            yield sending, f"limited to {', '.join(sorted(new.enum))}"
        else:
            gone, added = sorted(old.enum - new.enum), sorted(new.enum - old.enum)
            if gone:
                verb = "no longer accepts" if sending else "no longer answers"
                yield sending, f"{verb} {', '.join(gone)}"
            if added:
                verb = "also accepts" if sending else "may also answer"
                yield False, f"{verb} {', '.join(added)}"
    yield from _limit_changes(old, new, sending)


def _under(path: str, others: set[str]) -> bool:
    """Whether `path` sits under one of `others` (reported there already)."""
    return any(path.startswith(f"{other}.") or path.startswith(f"{other}[") for other in others)


def field_changes(
    old: dict[str, Field], new: dict[str, Field], label: str, *, sending: bool
) -> Iterator[tuple[bool, str, str | None, str]]:
    """(breaking, text, model, text for that model) for each difference between two flattened
    bodies; `sending`: the caller sends these fields (request) rather than reads them."""
    gone = {p for p in old if p not in new}
    added = {p for p in new if p not in old}

    def described(path: str, what: str, spot: Field) -> tuple[str, str | None, str]:
        place = f"{label} `{path}`" if path else label
        if spot.owner and spot.owned_as:
            return (
                f"{place} {what}",
                spot.owner,
                f"{label.split()[0]} field `{spot.owned_as}` {what}",
            )
        return f"{place} {what}", None, ""

    for path in sorted(gone):
        if not _under(path, gone):
            text, model, owned = described(path, "removed", old[path])
            yield True, text, model, owned
    for path in sorted(added):
        if _under(path, added):
            continue
        spot = new[path]
        if sending and spot.required:
            text, model, owned = described(path, "added, required", spot)
            yield True, text, model, owned
        else:
            text, model, owned = described(path, "added", spot)
            yield False, text, model, owned
    for path in sorted(set(old) & set(new)):
        before, after = old[path], new[path]
        # A field that moved to another model is reported where the caller meets it.
        moved = (before.owner, before.owned_as) != (after.owner, after.owned_as)
        for breaking, what in _field_changes(before, after, sending):
            text, model, owned = described(path, what, after)
            yield breaking, text, None if moved else model, owned


def _parameters(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for parameter in [*item.get("parameters", []), *op.get("parameters", [])]:
        parameter = resolve(spec, parameter)
        found[f"{parameter['in']} parameter {parameter['name']}"] = parameter
    return found


def _json_schema(spec: dict[str, Any], holder: Any) -> Any:
    content = resolve(spec, holder).get("content", {})
    media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
    return media.get("schema", {})


class Report:
    """Every change between two specs, grouped by operation and by model."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        # (breaking, model, text) -> operations reached
        self._by_model: dict[tuple[bool, str, str], list[str]] = {}
        self._compare()

    def _add(self, breaking: bool, subject: str, text: str) -> None:
        self.changes.append(Change(breaking, subject, text))

    def _fields(
        self,
        subject: str,
        label: str,
        old_schema: Any,
        new_schema: Any,
        *,
        sending: bool,
        required: tuple[bool, bool] = (True, True),
    ) -> None:
        """The changes of one parameter or body (None where it does not exist)."""
        if old_schema is None or new_schema is None:
            if new_schema is None:
                self._add(True, subject, f"{label} removed")
            else:
                breaking = sending and required[1]
                self._add(breaking, subject, f"{label} added{', required' if breaking else ''}")
            return
        old = flatten(self.old, old_schema, required=required[0])
        new = flatten(self.new, new_schema, required=required[1])
        for breaking, text, model, owned in field_changes(old, new, label, sending=sending):
            if model is None:
                self._add(breaking, subject, text)
            else:
                self._by_model.setdefault((breaking, model, owned), []).append(subject)

    def _operation(self, subject: str, keys: tuple[str, str], sending_body: bool) -> None:
        path, method = keys
        old_item, new_item = self.old_paths[path], self.new_paths[path]
        old, new = old_item[method], new_item[method]
        if old.get("deprecated", False) != new.get("deprecated", False):
            self._add(
                False, subject, "deprecated" if new.get("deprecated") else "no longer deprecated"
            )
        if old.get("operationId") != new.get("operationId"):
            self._add(
                False,
                subject,
                f"operationId {old.get('operationId') or 'none'} -> {new.get('operationId') or 'none'}",
            )
        old_params = _parameters(self.old, old_item, old)
        new_params = _parameters(self.new, new_item, new)
        for name in sorted(set(old_params) | set(new_params)):
            was, now = old_params.get(name), new_params.get(name)
            self._fields(
                subject,
                name,
                was.get("schema", {}) if was else None,
                now.get("schema", {}) if now else None,
                sending=True,
                required=(bool(was and was.get("required")), bool(now and now.get("required"))),
            )
        old_body, new_body = old.get("requestBody"), new.get("requestBody")
        if old_body or new_body:
            label = "request body" if sending_body else "webhook body"
            self._fields(
                subject,
                label,
                _json_schema(self.old, old_body) if old_body else None,
                _json_schema(self.new, new_body) if new_body else None,
                sending=sending_body,
                required=(
                    bool(old_body and resolve(self.old, old_body).get("required")),
                    bool(new_body and resolve(self.new, new_body).get("required")),
                ),
            )
        old_answers, new_answers = old.get("responses", {}), new.get("responses", {})
        for status in sorted(set(old_answers) | set(new_answers)):
            success = status.startswith("2")
            if status not in new_answers:
                self._add(success, subject, f"answer {status} no longer documented")
            elif status not in old_answers:
                self._add(False, subject, f"answer {status} documented")
            elif success:
                self._fields(
                    subject,
                    f"answer {status}",
                    _json_schema(self.old, old_answers[status]),
                    _json_schema(self.new, new_answers[status]),
                    sending=False,
                )

    def _compare(self) -> None:
        self.old_paths, self.new_paths = self.old.get("paths", {}), self.new.get("paths", {})
        old_ops = _index(self.old)
        new_ops = _index(self.new)
        for key in sorted(set(old_ops) - set(new_ops)):
            self._add(True, old_ops[key], "operation removed")
        for key in sorted(set(new_ops) - set(old_ops)):
            self._add(False, new_ops[key], "operation added")
        self._operations = set(old_ops.values()) | set(new_ops.values())
        for key in sorted(set(old_ops) & set(new_ops)):
            self._operation(new_ops[key], key, sending_body=True)
        self._webhooks()
        old_servers = [s.get("url") for s in self.old.get("servers", [])]
        new_servers = [s.get("url") for s in self.new.get("servers", [])]
        for url in old_servers:
            if url not in new_servers:
                self._add(True, "servers", f"{url} removed")
        for url in new_servers:
            if url not in old_servers:
                self._add(False, "servers", f"{url} added")
        self._group()
        for (breaking, model, text), reached in self._by_model.items():
            operations = tuple(sorted(set(reached)))
            self.changes.append(
                Change(breaking, f"model {model}", text, operations, self._all(operations))
            )
        self.changes.sort(key=lambda c: (not c.breaking, c.subject, c.text))

    def _all(self, reached: tuple[str, ...]) -> bool:
        """Whether `reached` is every operation of the new spec (and more than a few)."""
        return len(reached) > SHARED and set(reached) >= set(_index(self.new).values())

    def _group(self) -> None:
        """One line for a change many operations share (a shared parameter or response)."""
        shared: dict[tuple[bool, str], list[Change]] = {}
        for change in self.changes:
            if change.subject in self._operations:
                shared.setdefault((change.breaking, change.text), []).append(change)
        for (breaking, text), alike in shared.items():
            if len(alike) >= SHARED:
                for change in alike:
                    self.changes.remove(change)
                reached = tuple(sorted(change.subject for change in alike))
                subject = f"{len(alike)} operations"
                self.changes.append(Change(breaking, subject, text, reached, self._all(reached)))

    def _webhooks(self) -> None:
        # A2E sends a webhook's body, so the receiver reads it as an answer.
        old_hooks, new_hooks = self.old.get("webhooks", {}), self.new.get("webhooks", {})
        self.old_paths = {**self.old_paths, **{f"webhook {n}": i for n, i in old_hooks.items()}}
        self.new_paths = {**self.new_paths, **{f"webhook {n}": i for n, i in new_hooks.items()}}
        for name in sorted(set(old_hooks) | set(new_hooks)):
            subject = f"webhook {name}"
            if name not in new_hooks:
                self._add(True, subject, "no longer sent")
            elif name not in old_hooks:
                self._add(False, subject, "added")
            else:
                for method in METHODS:
                    if method in old_hooks[name] and method in new_hooks[name]:
                        self._operation(subject, (subject, method), sending_body=False)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]


def _index(spec: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(path, method) -> "METHOD /path (operationId)" for every operation."""
    return {
        (path, method): f"{method.upper()} {path} ({item[method].get('operationId', '?')})"
        for path, item in spec.get("paths", {}).items()
        for method in METHODS
        if method in item
    }
