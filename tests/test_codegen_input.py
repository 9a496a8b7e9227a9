"""What the generator reads: scripts/generate.py's `codegen_input` reshapes the spec."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent


def load_generate() -> ModuleType:
    # generate.py imports its sibling `derived` as a top-level module.
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return module


generate = load_generate()

SPEC: dict[str, Any] = yaml.safe_load("""
openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /tasks:
    post:
      parameters:
        - {name: lang, in: query, description: Language., schema: {type: string, default: en}}
        - {$ref: "#/components/parameters/Page"}
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Start"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Task"}
components:
  parameters:
    Page: {name: page, in: query, schema: {type: integer, default: 1}}
  schemas:
    Start:
      type: object
      properties:
        force: {type: boolean, default: true, description: Start even if busy.}
        options: {$ref: "#/components/schemas/Options"}
        shots:
          type: array
          items: {allOf: [{$ref: "#/components/schemas/Shot"}]}
    Options:
      type: object
      properties:
        ratio: {type: string, enum: ["16:9", "9:16"], default: "16:9"}
    Shot:
      type: object
      properties:
        seconds: {type: integer, default: 5}
    Task:
      type: object
      properties:
        status: {type: string, default: queued}
        options: {$ref: "#/components/schemas/Options"}
""")


def test_what_a_request_takes_has_no_default_and_says_a2e_s_own() -> None:
    shaped = generate.codegen_input(SPEC)
    operation = shaped["paths"]["/tasks"]["post"]
    schemas = shaped["components"]["schemas"]
    described = {
        "lang": operation["parameters"][0]["schema"],
        "page": shaped["components"]["parameters"]["Page"]["schema"],
        "force": schemas["Start"]["properties"]["force"],
        "ratio": schemas["Options"]["properties"]["ratio"],
        "seconds": schemas["Shot"]["properties"]["seconds"],
    }
    assert [name for name, schema in described.items() if "default" in schema] == []
    assert {name: schema["description"] for name, schema in described.items()} == {
        "lang": "Language. A2E's default: 'en'.",
        "page": "A2E's default: 1.",
        "force": "Start even if busy. A2E's default: True.",
        "ratio": "A2E's default: '16:9'.",
        "seconds": "A2E's default: 5.",
    }


def test_a_schema_only_answers_use_keeps_its_default_and_the_spec_is_untouched() -> None:
    before = copy.deepcopy(SPEC)
    shaped = generate.codegen_input(SPEC)
    assert shaped["components"]["schemas"]["Task"]["properties"]["status"]["default"] == "queued"
    assert before == SPEC
