"""Where and how the command talks to A2E: the root options, shared by every command."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

from ..scrub import sendable

if TYPE_CHECKING:
    from a2e import Client

KEY_VARIABLE = "A2E_API_KEY"
NOT_UTF8 = "not valid UTF-8 text (check the encoding of the shell or the file)"


def sendable_texts(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A click callback refusing values that no request can carry."""
    if not sendable(value):
        raise click.BadParameter(NOT_UTF8, ctx, param)
    return value


def _header(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    headers = {}
    for value in sendable_texts(ctx, param, values):
        name, colon, text = value.partition(":")
        if not colon or not name.strip():
            raise click.BadParameter(f"{value!r} is not 'Name: value'", ctx, param)
        if name.strip().lower() == "authorization":
            raise click.BadParameter("the key comes from A2E_API_KEY only", ctx, param)
        headers[name.strip()] = text.strip()
    return headers


def root_options(*, after: bool = False) -> list[click.Option]:
    """`a2e`'s own options: the root's, or (`after`) the same ones, hidden from help, on every
    section and command, so that they may follow the command too. Given there, they go
    straight into the Settings the root made, each one replacing the root's (headers add)."""
    declared: list[tuple[list[str], dict[str, Any]]] = [
        (
            ["--region"],
            {
                "type": click.Choice(["global", "cn"]),
                "help": "A2E's server: global (video.a2e.ai) or cn (video.a2e.com.cn, unverified); default: A2E_BASE_URL, else global.",
            },
        ),
        (
            ["--base-url"],
            {
                "metavar": "URL",
                "callback": sendable_texts,
                "help": "Another server, for example a mock (default: A2E_BASE_URL, else the region's).",
            },
        ),
        (
            ["--language"],
            {
                "metavar": "LANG",
                "callback": sendable_texts,
                "help": "Language of A2E's messages, e.g. en-US.",
            },
        ),
        (
            ["-H", "--header", "headers"],
            {
                "multiple": True,
                "callback": _header,
                "metavar": "'NAME: VALUE'",
                "help": "Send this header with every request (repeatable); the mock reads X-Mock-* headers.",
            },
        ),
    ]
    if not after:
        return [click.Option(names, **options) for names, options in declared]
    return [
        click.Option(
            names,
            **{**options, "callback": _into_settings(options.get("callback"))},
            hidden=True,
            expose_value=False,
        )
        for names, options in declared
    ]


def _into_settings(
    check: Callable[[click.Context, click.Parameter, Any], Any] | None,
) -> Callable[[click.Context, click.Parameter, Any], None]:
    """The callback of a root option given after the command: checked as the root checks it,
    then set on the Settings."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if check is not None:
            value = check(ctx, param, value)
        if not value or param.name is None:
            return
        settings = ctx.ensure_object(Settings)
        if param.name == "headers":
            settings.headers = {**settings.headers, **value}
        else:
            setattr(settings, param.name, value)

    return callback


@dataclass
class Settings:
    """The root options; `client()` builds the client they describe."""

    region: str | None = None
    base_url: str | None = None
    language: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    _client: Client | None = field(default=None, init=False, repr=False)

    def client(self) -> Client:
        """The `a2e.Client` of these settings, built once; a missing key or a bad address is
        a usage error (exit code 2)."""
        from a2e import A2EError, Client

        if self._client is not None:
            return self._client
        if not os.environ.get(KEY_VARIABLE, "").strip():
            raise click.UsageError(
                f"no API key: set {KEY_VARIABLE} to your token (A2E's web app, Account > API Token)"
            )
        try:
            self._client = Client(
                base_url=self.base_url,
                region=self.region,
                language=self.language,
                headers=self.headers,
            )
        except A2EError as error:
            raise click.UsageError(str(error)) from None
        return self._client
