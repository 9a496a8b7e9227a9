"""Drift detection: answers checked against the spec shipped in the package.

Off by default, and then it costs one attribute read per answer. `a2e.Client(validate="warn")`
or `A2E_VALIDATE=warn` logs each difference once per operation and place (on the `a2e.drift`
logger: the field path, the kind the spec expects and the kind that came; never a value);
`"error"` raises `a2e.InvalidResponseError` instead. Validation uses jsonschema-rs
(`pip install 'a2e[validate]'`).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from . import spec_walk
from .answers import describe, kind_of, trace_id_of
from .errors import ConfigurationError, InvalidResponseError
from .log import scrubbed_logger

MODES = ("off", "warn", "error")
logger = scrubbed_logger("a2e.drift")


@dataclass(frozen=True)
class Difference:
    """One place where an answer parts from the spec: kinds and names, never values."""

    location: str
    expected: str
    seen: str

    def __str__(self) -> str:
        return f"at {self.location}: expected {self.expected}, got {self.seen}"


@cache
def shipped_spec() -> dict[str, Any]:
    text = (resources.files("a2e_client") / "openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def resolve(node: Any) -> Any:
    """`node` through its `$ref`s in the shipped spec."""
    return spec_walk.resolve(shipped_spec(), node)


def response_schema(name: str, status: int) -> dict[str, Any] | None:
    """The JSON schema the spec gives the answer `status` of the operation called `name`."""
    from a2e_client.operations import OPERATIONS

    _, method, path = OPERATIONS[name]
    responses = shipped_spec()["paths"][path][method.lower()]["responses"]
    response = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    if response is None:
        return None
    media = resolve(response).get("content", {}).get("application/json", {})
    schema: dict[str, Any] | None = media.get("schema")
    return schema


@cache
def _validator(name: str, status: int) -> Any:
    try:
        import jsonschema_rs
    except ImportError:
        return None
    schema = response_schema(name, status)
    if schema is None:
        return None
    # The operation's schema with the spec's components beside it, so its $refs resolve.
    root = {**schema, "components": shipped_spec()["components"]}
    return jsonschema_rs.validator_for(root, validate_formats=True)


def _difference(error: Any) -> Difference:
    location = "/" + "/".join(str(part) for part in error.instance_path)
    kind = error.kind
    if kind.name == "required":
        field = kind.as_dict().get("property")
        return Difference(f"{location.rstrip('/')}/{field}", "a required field", "none")
    if kind.name == "type":
        return Difference(location, " or ".join(kind.as_dict()["types"]), kind_of(error.instance))
    if kind.name == "enum":
        return Difference(location, "one of the spec's values", "another value")
    if kind.name == "format":
        return Difference(location, f"{kind.as_dict()['format']} text", "other text")
    return Difference(location, f"a value allowed by `{kind.name}`", "a value outside it")


def differences(name: str, status: int, payload: object) -> list[Difference]:
    """Every place the answer parts from the spec; empty without jsonschema-rs."""
    validator = _validator(name, status)
    if validator is None:
        return []
    return [_difference(error) for error in validator.iter_errors(payload)]


def mode_from(value: str) -> str:
    """The drift mode `value` names (the client passes its argument or `A2E_VALIDATE`)."""
    mode = value.strip().lower()
    if mode not in MODES:
        raise ConfigurationError(f"validate: must be one of {', '.join(MODES)}; got {mode!r}")
    if mode != "off":
        try:
            import jsonschema_rs  # noqa: F401
        except ImportError:
            raise ConfigurationError(
                "validate: needs jsonschema-rs; pip install 'a2e[validate]'"
            ) from None
    return mode


class DriftChecks:
    """What a client with drift detection on does with every answer it parses."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self._reported: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def check(self, name: str, status: int, payload: object) -> None:
        found = differences(name, status, payload)
        if not found:
            return
        operation = describe(name)
        with self._lock:
            new = [d for d in found if (name, d.location) not in self._reported]
            self._reported.update((name, d.location) for d in new)
        for difference in new:
            logger.warning("a2e drift: %s answer %s %s", operation, status, difference)
        if self.mode == "error":
            first = found[0]
            raise InvalidResponseError(
                "the answer does not fit the spec",
                operation=operation,
                location=first.location,
                expected=first.expected,
                seen=first.seen,
                status_code=status,
                trace_id=trace_id_of(payload),
                body=json.dumps(payload).encode(),
            )
