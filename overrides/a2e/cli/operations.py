"""One click command per operation of the spec, built from the command table on demand.

Nothing here knows any particular operation: each field of the table becomes an option typed
from its schema, and the call goes through the operation's generated function.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..scrub import sendable
from . import exits
from .names import SuggestingGroup
from .output import emit, json_text, write
from .settings import NOT_UTF8, Settings, root_options
from .table import CommandSpec, OptionSpec, SectionSpec, sections
from .waiting import DEFAULT_POLL_INTERVAL, DEFAULT_TIMEOUT, wait_options

# --body reads no more than this: `--body @/dev/zero` would otherwise read forever.
BODY_LIMIT = 4 * 2**20


def _text_check(limits: dict[str, Any]) -> Callable[[str], str]:
    """Checks a string against the schema's length and pattern limits."""

    def check(text: str) -> str:
        if len(text) < limits.get("minLength", 0):
            raise click.BadParameter(f"must be at least {limits['minLength']} characters long")
        if "maxLength" in limits and len(text) > limits["maxLength"]:
            raise click.BadParameter(f"must be at most {limits['maxLength']} characters long")
        if "pattern" in limits and re.search(limits["pattern"], text) is None:
            raise click.BadParameter(f"{text!r} does not match the pattern {limits['pattern']}")
        return text

    return check


def _json_value(text: str) -> Any:
    """A field of an object or mixed type, given as JSON text."""
    try:
        return json.loads(text)
    except ValueError as error:
        raise click.BadParameter(f"not valid JSON ({error})") from None


def _click_type(spec: OptionSpec) -> tuple[Any, Callable[[Any], Any] | None]:
    """(click type, check or conversion of each value after it) for one field."""
    limits = spec["constraints"]
    if spec["enum"]:
        # Choices are text; the value keeps the enum's JSON type (1, not "1").
        values = {str(v): v for v in spec["enum"]}
        return click.Choice(list(values)), values.__getitem__
    if spec["type"] in ("integer", "number"):
        low = limits.get("minimum", limits.get("exclusiveMinimum"))
        high = limits.get("maximum", limits.get("exclusiveMaximum"))
        opened = {
            "min_open": "exclusiveMinimum" in limits,
            "max_open": "exclusiveMaximum" in limits,
        }
        if spec["type"] == "integer":
            bounded: Any = click.IntRange(low, high, **opened)
            return (bounded if low is not None or high is not None else click.INT), None
        bounded = click.FloatRange(low, high, **opened)
        return (bounded if low is not None or high is not None else click.FLOAT), None
    if spec["type"] == "boolean":
        return click.BOOL, None
    if spec["type"] == "json":
        return click.STRING, _json_value
    return click.STRING, _text_check(limits)


def _each(
    check: Callable[[Any], Any] | None,
) -> Callable[[click.Context, click.Parameter, Any], Any] | None:
    """An option callback applying `check` to its value, or to each value of a repeated one."""
    if check is None:
        return None

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, tuple):
            return tuple(check(v) for v in value)
        return check(value)

    return callback


def _words(key: str) -> str:
    """`minLength` -> `min length`."""
    return re.sub(r"(?<!^)([A-Z])", r" \1", key).lower()


def _describe(spec: OptionSpec) -> str:
    limits = ", ".join(
        f"{_words(key)} {json.dumps(value)}" for key, value in spec["constraints"].items()
    )
    parts = [spec["help"] or f"The `{spec['wire']}` field."]
    if limits:
        parts.append(f"({limits})")
    if spec["array"]:
        parts.append("Repeat for each item.")
    if spec["type"] == "json":
        parts.append("As JSON.")
    if spec["required"] and spec["location"] == "body":
        parts.append("[required, here or in --body]")
    return " ".join(parts)


def destination(spec: OptionSpec) -> str:
    """The keyword an option's value arrives under; prefixed, so no field can take the name
    of the command's own options."""
    return "f_" + spec["name"].replace("-", "_")


def _option(spec: OptionSpec, *, checked_later: bool = False) -> click.Option:
    name = spec["name"]
    # Body fields may come from --body, and page options are not needed with --all: those are
    # checked once the request is put together.
    required = spec["required"] and spec["location"] != "body" and not checked_later
    if spec["type"] == "boolean" and not spec["array"]:
        return click.Option(
            [f"--{name}/--no-{name}", destination(spec)],
            default=None,
            required=required,
            help=_describe(spec),
        )
    kind, check = _click_type(spec)
    return click.Option(
        [f"--{name}", destination(spec)],
        type=kind,
        callback=_each(check),
        multiple=spec["array"],
        required=required,
        help=_describe(spec),
    )


def _read_body(text: str) -> Any:
    """--body: JSON text, `@file.json`, or `-` for standard input (at most BODY_LIMIT bytes)."""
    try:
        if text == "-":
            source = sys.stdin.buffer.read(BODY_LIMIT + 1)
        elif text.startswith("@"):
            with Path(text[1:]).open("rb") as file:
                source = file.read(BODY_LIMIT + 1)
        else:
            source = text.encode("utf-8", "surrogateescape")
    except OSError as error:
        raise click.BadParameter(
            f"cannot read {text[1:]!r}: {error.strerror}", param_hint="'--body'"
        ) from None
    if len(source) > BODY_LIMIT:
        raise click.BadParameter(
            f"larger than {BODY_LIMIT // 2**20} MB; a request body is much smaller",
            param_hint="'--body'",
        )
    try:
        return json.loads(source.decode("utf-8"))
    except UnicodeDecodeError:
        raise click.BadParameter("not UTF-8 text", param_hint="'--body'") from None
    except ValueError as error:
        raise click.BadParameter(f"not valid JSON ({error})", param_hint="'--body'") from None


def request_of(
    command: CommandSpec, values: dict[str, Any], body_text: str | None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(path and query arguments, JSON body or None) from the options given.

    Fields given as options override the same fields of --body. Raises click.UsageError for
    a missing required field or a list of the wrong length, so nothing is sent.
    """
    arguments: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    for spec in command["options"]:
        value = values.get(destination(spec))
        if value is None or (spec["array"] and not value):
            continue
        if not sendable(value):
            raise click.BadParameter(NOT_UTF8, param_hint=f"'--{spec['name']}'")
        if spec["array"]:
            value = list(value)
            limits = spec["constraints"]
            if len(value) < limits.get("minItems", 0) or len(value) > limits.get(
                "maxItems", len(value)
            ):
                raise click.BadParameter(
                    f"give it between {limits.get('minItems', 0)} and {limits.get('maxItems', 'any number of')} times",
                    param_hint=f"'--{spec['name']}'",
                )
        if spec["location"] == "body":
            fields[spec["wire"]] = value
        else:
            arguments[spec["argument"]] = value
    if command["body"] is None:
        if body_text is not None:
            raise click.BadParameter("this operation takes no request body", param_hint="'--body'")
        return arguments, None
    body: Any = _read_body(body_text) if body_text is not None else {}
    if not isinstance(body, dict):
        raise click.BadParameter("must be a JSON object", param_hint="'--body'")
    if not sendable(body):
        raise click.BadParameter(NOT_UTF8, param_hint="'--body'")
    body.update(fields)
    for spec in command["options"]:
        if spec["location"] == "body" and spec["required"] and spec["wire"] not in body:
            raise click.MissingParameter(
                f"(or give `{spec['wire']}` in --body)",
                param_hint=f"'--{spec['name']}'",
                param_type="option",
            )
    if not body and not command["body"]["required"]:
        return arguments, None
    return arguments, body


def _body_model(annotation: Any) -> Any:
    """The model a generated operation's `body` takes, beside a plain mapping (and UNSET)."""
    return next(kind for kind in typing.get_args(annotation) if hasattr(kind, "from_dict"))


def call(
    command: CommandSpec, arguments: dict[str, Any], body: dict[str, Any] | None, settings: Settings
) -> Any:
    """Call the operation; return A2E's whole answer as JSON."""
    module = importlib.import_module(f"a2e_client.api.{command['module']}")
    # Enums are Literal strings and numbers, and the options already give their JSON values.
    kwargs = dict(arguments)
    if body is not None:
        model = _body_model(typing.get_type_hints(module.sync_detailed)["body"])
        try:
            kwargs["body"] = model.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise click.BadParameter(
                f"does not fit the operation's body: {error}", param_hint="'--body'"
            ) from None
    client = settings.client()
    if command["role"] != "start":
        return json.loads(module.sync_detailed(client=client, **kwargs).content)
    from a2e import APIConnectionError, InvalidResponseError, ServerError, UnknownHostError
    from a2e.retry import NOT_SENT_ERRORS

    # These leave unknown whether A2E started the task (and took its credits); sending again
    # could start a second one, so the person is told where to look instead.
    try:
        return json.loads(module.sync_detailed(client=client, **kwargs).content)
    except KeyboardInterrupt:
        raise exits.Exit(exits.INTERRUPTED, f"interrupted; {_maybe_started(command)}") from None
    except (ServerError, InvalidResponseError, APIConnectionError) as error:
        never_sent = isinstance(error, UnknownHostError) or isinstance(
            error.__cause__, NOT_SENT_ERRORS
        )
        if never_sent:
            raise
        raise exits.Exit(exits.API_ERROR, f"error: {error}; {_maybe_started(command)}") from None


def _maybe_started(command: CommandSpec) -> str:
    """The hint after a start whose outcome is unknown: the family's list command."""
    listing = next(
        (
            f"a2e {section} {name} --limit 5"
            for section, spec in sections().items()
            for name, other in spec["commands"].items()
            if other["family"] == command["family"] and other["role"] == "list"
        ),
        None,
    )
    where = f"look for it with `{listing}`" if listing else "look for it in A2E's web app"
    return f"the task may have started at A2E all the same: {where} before starting it again"


def _page_arguments(command: CommandSpec) -> set[str]:
    """The page and size arguments of a list that pages (declared in the spec); else empty."""
    from a2e_client.paging import PAGING

    paging = PAGING.get(command["module"])
    if paging is None or paging.page is None:
        return set()
    return {name for name in (paging.page, paging.size) if name is not None}


def _every_record(command: CommandSpec, arguments: dict[str, Any], limit: int | None) -> None:
    """Every record of a list, one JSON line each, written as its page arrives; --page-size
    sets the size of each page."""
    from a2e.pagination import paginate
    from a2e_client.paging import PAGING

    settings = click.get_current_context().find_object(Settings) or Settings()
    module = importlib.import_module(f"a2e_client.api.{command['module']}")
    kwargs = dict(arguments)
    # paginate's errors name its Python keywords; the person typed options.
    options = {spec["argument"]: f"--{spec['name']}" for spec in command["options"]}
    paging = PAGING[command["module"]]
    if paging.page in kwargs:
        raise click.UsageError(
            f"{options[paging.page]} does not go with --all or --limit, which read every page "
            "from the first"
        )
    if paging.size is not None:
        options["page_size"] = options[paging.size]
    options["limit"] = "--limit"
    try:
        records = paginate(
            module,
            client=settings.client(),
            page_size=kwargs.pop(paging.size, None) if paging.size else None,
            limit=limit,
            **kwargs,
        )
    except ValueError as error:
        name, _, reason = str(error).partition(": ")
        raise click.UsageError(f"{options.get(name, name)}: {reason}") from None
    for record in records:
        payload = record.to_dict() if hasattr(record, "to_dict") else record
        write(json_text(payload) + "\n")


def _run(command: CommandSpec, values: dict[str, Any]) -> None:
    settings = click.get_current_context().find_object(Settings) or Settings()
    every = values.pop("every_record", False)
    limit = values.pop("record_limit", None)
    body_text = values.pop("body_text", None)
    if every or limit is not None:
        arguments, _ = request_of(command, values, body_text)
        _every_record(command, arguments, limit)
        return
    for spec in command["options"]:
        if (
            spec["required"]
            and values.get(destination(spec)) is None
            and spec["location"] != "body"
        ):
            raise click.MissingParameter(
                "(or use --all)", param_hint=f"'--{spec['name']}'", param_type="option"
            )
    raw = values.pop("raw", False)
    wait = values.pop("wait", False)
    timeout = values.pop("wait_timeout", DEFAULT_TIMEOUT)
    poll_interval = values.pop("poll_interval", DEFAULT_POLL_INTERVAL)
    directory = values.pop("download_dir", None)
    arguments, body = request_of(command, values, body_text)
    if directory is not None:
        from .files import ready_folder

        ready_folder(directory)
    answer = call(command, arguments, body, settings)
    data = answer.get("data", answer) if isinstance(answer, dict) else answer
    if not (wait or directory):
        emit(answer if raw else data)
        return
    from .waiting import follow_started

    assert command["family"] is not None
    follow_started(
        settings,
        command["family"],
        data,
        timeout=timeout,
        poll_interval=poll_interval,
        directory=directory,
    )


def _help(command: CommandSpec) -> str:
    text = command["summary"]
    if command["description"]:
        text += "\n\n" + command["description"]
    text += f"\n\nCalls {command['method']} {command['path']} (operation {command['operation']})."
    if command["family"]:
        text += f" Task family: {command['family']} ({command['role']})."
    return text


def operation_command(name: str, command: CommandSpec) -> click.Command:
    """The click command of one operation."""
    paged = _page_arguments(command)
    params: list[click.Parameter] = [
        _option(spec, checked_later=spec["argument"] in paged) for spec in command["options"]
    ]
    if command["body"] is not None:
        params.append(
            click.Option(
                ["--body", "body_text"],
                metavar="JSON|@FILE|-",
                help=f"The whole request body as JSON: inline, from a file (@body.json) or from standard input (-), at most {BODY_LIMIT // 2**20} MB. Options override its fields.",
            )
        )
    params.append(
        click.Option(["--raw"], is_flag=True, help="Print A2E's whole answer, not only its `data`.")
    )
    params += root_options(after=True)
    if paged:
        params += [
            click.Option(
                ["--all", "every_record"],
                is_flag=True,
                help="Every record across all pages, one JSON line each, streamed as pages arrive.",
            ),
            click.Option(
                ["--limit", "record_limit"],
                type=click.IntRange(min=0),
                metavar="N",
                help="Like --all, stopping after N records.",
            ),
        ]
    if command["role"] == "start":
        params += [
            click.Option(
                ["--wait"],
                is_flag=True,
                help="Wait for the task to finish, with live progress; print the final task.",
            ),
            *wait_options(download_help="Wait, then save the result files into this folder."),
        ]
    return click.Command(
        name,
        params=params,
        callback=lambda **values: _run(command, values),
        help=_help(command),
        # click labels a deprecated command's help and its line in the section's list.
        short_help=command["summary"],
        deprecated=command["deprecated"],
    )


class Section(SuggestingGroup):
    """One section of the API (a tag of the spec): its operations, built when asked for."""

    def __init__(self, name: str, section: SectionSpec) -> None:
        super().__init__(
            name,
            params=root_options(after=True),
            help=f"{section['tag']}: {section['description']}",
            short_help=section["description"] or section["tag"],
        )
        self.section = section

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.section["commands"])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        # `a2e face-swap start` is `a2e face-swap start-face-swap-task`, as in Python.
        cmd_name = self.section["aliases"].get(cmd_name, cmd_name)
        command = self.section["commands"].get(cmd_name)
        return operation_command(cmd_name, command) if command is not None else None
