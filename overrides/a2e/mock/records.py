"""What a new task's record holds: the fields its start request sent, A2E's defaults for the rest.

A2E answers a start, and every later read of the task, with the task as it was asked for. So
does the mock: a field the request sent is kept where the family's task schema declares it and
the value fits there; a field it left out takes the start request's `default` (A2E's own), and
otherwise the spec's example of the task. Nothing else of the request shows in the record.
"""

from __future__ import annotations

import copy
from typing import Any

from jsonschema import FormatChecker
from openapi_schema_validator import OAS30ReadValidator, OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ..spec_walk import fields, resolve

SPEC_URI = "urn:a2e-spec"


class TaskRecords:
    """Makes the records of one family's new tasks (`fresh`), from its example."""

    def __init__(
        self,
        spec: dict[str, Any],
        schema: str,
        example: dict[str, Any],
        requests: list[Any],
    ) -> None:
        """`schema`: the task schema's name; `requests`: the body schemas of the family's
        start operations, the current one first (its defaults win)."""
        self.example = example
        self._fields = fields(spec, {"$ref": f"#/components/schemas/{schema}"})[0]
        registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )
        self._resolver = registry.resolver(SPEC_URI)
        # Formats as the mock checks requests (openapi-core's 3.0 checker, openapi-core #506).
        self._formats: FormatChecker = copy.deepcopy(OAS30ReadValidator.FORMAT_CHECKER)
        self._validators: dict[str, OAS31Validator] = {}
        defaults: dict[str, Any] = {}
        for request in reversed(requests):
            declared = {k: resolve(spec, f) for k, f in fields(spec, request)[0].items()}
            defaults.update({k: f["default"] for k, f in declared.items() if "default" in f})
        self.base = {**example, **{k: v for k, v in defaults.items() if self.fits(k, v)}}

    def fits(self, field: str, value: Any) -> bool:
        """Whether the task schema declares `field` and `value` is valid there."""
        if field not in self._fields:
            return False
        validator = self._validators.get(field)
        if validator is None:
            validator = OAS31Validator(
                self._fields[field], _resolver=self._resolver, format_checker=self._formats
            )
            self._validators[field] = validator
        return bool(validator.is_valid(value))

    def fresh(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A new task's record: the base, with the request's `fields` that fit."""
        record = copy.deepcopy(self.base)
        record.update({k: v for k, v in fields.items() if self.fits(k, v)})
        return record
