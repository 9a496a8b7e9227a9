"""The command table `make generate` writes from the spec (`a2e_client/commands.json`)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any, TypedDict

import a2e_client


class OptionSpec(TypedDict):
    name: str  # the option without its dashes
    wire: str  # the field's name in the request
    location: str  # path, query or body
    argument: str  # keyword of the generated function, for path and query fields
    type: str  # string, integer, number, boolean or json
    array: bool  # repeat the option for each item
    enum: list[Any] | None
    required: bool
    help: str
    constraints: dict[str, Any]


class BodySpec(TypedDict):
    required: bool


class CommandSpec(TypedDict):
    operation: str
    module: str  # under a2e_client.api
    method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    family: str | None
    role: str | None
    body: BodySpec | None
    options: list[OptionSpec]


class SectionSpec(TypedDict):
    tag: str
    description: str
    commands: dict[str, CommandSpec]
    aliases: dict[str, str]


@functools.cache
def sections() -> dict[str, SectionSpec]:
    """Every section of the spec, in the spec's order, with its operations."""
    path = Path(a2e_client.__file__).with_name("commands.json")
    table: dict[str, SectionSpec] = json.loads(path.read_text(encoding="utf-8"))["sections"]
    return table
