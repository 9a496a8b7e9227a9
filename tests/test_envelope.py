"""The envelope as tools that did not come from here read the spec: a success answer is
`code` 0, a failure is described apart, and our operations still return the success model."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS31Validator

from a2e.spec_walk import operations, resolve
from a2e_client.api.face_swap import get_face_swap_task
from a2e_client.models import FaceSwapTaskEnvelope

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.load(
    (ROOT / "openapi" / "a2e.yaml").read_text(),
    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
)


def validator(schema: Any) -> OAS31Validator:
    # The schema with the spec's components beside it, so its references resolve.
    return OAS31Validator({**schema, "components": SPEC["components"]})


def success_answers() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for method, path, operation in operations(SPEC):
        for status, response in operation["responses"].items():
            media = resolve(SPEC, response).get("content", {}).get("application/json")
            if status.startswith("2") and media is not None:
                found.append((f"{method.upper()} {path} {status}", media))
    return found


def test_every_success_answer_pins_code_to_zero() -> None:
    # A mock that makes answers from the schemas (Prism) must make successes.
    answers = success_answers()
    assert len(answers) > 260
    for where, media in answers:
        check = validator(media["schema"])
        assert check.is_valid(media["example"]), where
        assert not check.is_valid({**media["example"], "code": 1001}), where


def test_the_failure_envelope_is_every_code_but_zero() -> None:
    failure = validator({"$ref": "#/components/schemas/FailureEnvelope"})
    assert failure.is_valid({"code": 1001, "msg": "Insufficient credits", "data": None})
    assert not failure.is_valid({"code": 0, "data": None})
    assert not failure.is_valid({"msg": "no code"})
    response = SPEC["components"]["responses"]["Failure"]["content"]["application/json"]
    assert failure.is_valid(response["example"])


def test_every_operation_describes_the_failure_envelope() -> None:
    # OpenAPI has room for one shape per status; A2E's failure comes with HTTP 200. Tools read
    # its shape from the default answer, where no success can be mistaken for it.
    for method, path, operation in operations(SPEC):
        failure = operation["responses"]["default"]
        assert failure == {"$ref": "#/components/responses/Failure"}, f"{method} {path}"


def test_operations_still_return_only_their_success_model() -> None:
    hints = typing.get_type_hints(get_face_swap_task.sync)
    assert hints["return"] is FaceSwapTaskEnvelope
    api = ROOT / "generated" / "a2e_client" / "api"
    assert not [p for p in api.rglob("*.py") if "FailureEnvelope" in p.read_text()]


def test_what_other_tools_asked_for_is_there() -> None:
    # Spectral's info-contact; Redocly's operation-operationId, webhooks included.
    assert set(SPEC["info"]["contact"]) == {"name", "url"}
    for item in SPEC["webhooks"].values():
        assert all(op.get("operationId") for op in item.values())
