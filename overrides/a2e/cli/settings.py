"""Where and how the command talks to A2E: the root options, shared by every command."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from a2e import Client

KEY_VARIABLE = "A2E_API_KEY"
NOT_UTF8 = "not valid UTF-8 text (check the encoding of the shell or the file)"


def sendable(value: Any) -> bool:
    """Whether every string in `value` can go into a request. Arguments in bytes that are not
    UTF-8 reach Python as lone surrogates, as does a JSON escape such as "\\ud800"; no
    request can carry them."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(sendable(key) and sendable(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return all(sendable(item) for item in value)
    return True


def sendable_texts(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A click callback refusing values that no request can carry."""
    if not sendable(value):
        raise click.BadParameter(NOT_UTF8, ctx, param)
    return value


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
