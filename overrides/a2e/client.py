"""`a2e.Client`: an authenticated client that every generated operation accepts as `client=`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Self
from urllib.parse import urlsplit

import httpx

from a2e_client import AuthenticatedClient

from ._version import __version__
from .errors import A2EError, raise_for_response
from .log import configure_from_env, log_response
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

REGIONS: Mapping[str, str] = {
    "global": "https://video.a2e.ai",
    # Used by some clients for China; A2E has not published it (see the spec's servers).
    "cn": "https://video.a2e.com.cn",
}
# Starting a task answers quickly, but some reads and uploads take many seconds.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
USER_AGENT = f"a2e-python/{__version__} httpx/{httpx.__version__}"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def resolve_base_url(base_url: str | None, region: str) -> str:
    """The base URL from the argument, else `A2E_BASE_URL`, else the region's server.

    Plain http is refused except on this machine, so that the key never crosses a network
    in clear text.
    """
    url = base_url or os.environ.get("A2E_BASE_URL")
    if not url:
        if region not in REGIONS:
            raise A2EError(f"region: unknown region {region!r}; choose one of {sorted(REGIONS)}")
        url = REGIONS[region]
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise A2EError(f"base_url: {url!r} is not an http(s) URL")
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise A2EError(
            f"base_url: plain http is only allowed for localhost, got {url!r}; use https"
        )
    return url.rstrip("/")


def _raise_for_a2e_error(response: httpx.Response) -> None:
    log_response(response)
    response.read()
    raise_for_response(response)


async def _araise_for_a2e_error(response: httpx.Response) -> None:
    log_response(response)
    await response.aread()
    raise_for_response(response)


class Client(AuthenticatedClient):
    """A ready A2E client: key, server, timeouts, retries, typed errors.

    Pass it as `client=` to any operation of `a2e_client.api`. Every non-success answer
    raises a subclass of `a2e.A2EError`, so a returned response is always a success.

    api_key: the API token (it starts with `sk_`); defaults to `A2E_API_KEY`.
    base_url: the server; defaults to `A2E_BASE_URL`, else the region's server.
    region: "global" (https://video.a2e.ai) or "cn" (unverified).
    timeout: seconds or an `httpx.Timeout`; the default allows 10 s to connect, 60 s to read.
    max_retries, backoff_base, backoff_max: how failed requests are retried (0 retries turns
        it off); see `a2e.RetryPolicy`.
    language: sent as the `x-lang` header (for example "en-US") to choose A2E's message language.
    headers: more headers to send with every request.
    validate: "off", "warn" or "error": check every answer against the spec (defaults to
        `A2E_VALIDATE`, else off); see `a2e.validate`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str = "global",
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        language: str | None = None,
        headers: Mapping[str, str] | None = None,
        validate: str | None = None,
    ) -> None:
        key = (api_key or os.environ.get("A2E_API_KEY") or "").strip()
        if not key:
            raise A2EError(
                "api_key: no A2E API key; pass api_key=... or set the A2E_API_KEY environment variable"
            )
        configure_from_env()
        self._settings: dict[str, Any] = {
            "api_key": key,
            "base_url": resolve_base_url(base_url, region),
            "timeout": timeout,
            "max_retries": max_retries,
            "backoff_base": backoff_base,
            "backoff_max": backoff_max,
            "language": language,
            "headers": dict(headers or {}),
            "validate": validate,
        }
        # Generated operations look this up on every answer they parse (a2e.answers); the
        # checker and its dependencies load only when asked for.
        self.drift_checks: Any = None
        mode = validate if validate is not None else os.environ.get("A2E_VALIDATE", "off")
        if mode.strip().lower() != "off":
            from .validate import DriftChecks, mode_from

            self.drift_checks = DriftChecks(mode_from(mode))
        self.retry_policy = RetryPolicy(
            max_retries=max_retries, backoff_base=backoff_base, backoff_max=backoff_max
        )
        all_headers = {"User-Agent": USER_AGENT, **(headers or {})}
        if language:
            all_headers["x-lang"] = language
        super().__init__(
            base_url=self._settings["base_url"],
            token=key,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            headers=all_headers,
        )

    @property
    def base_url(self) -> str:
        """The server this client talks to."""
        return str(self._settings["base_url"])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.retry_policy.max_retries})"

    __str__ = __repr__

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": {**self._headers, self.auth_header_name: self._auth_value()},
            "timeout": self._timeout,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, with retries and A2E errors raised on every answer."""
        if self._client is None:
            self._client = httpx.Client(
                **self._httpx_settings(),
                transport=RetryTransport(self.retry_policy),
                event_hooks={"response": [_raise_for_a2e_error]},
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, with retries and A2E errors raised on every answer."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                **self._httpx_settings(),
                transport=AsyncRetryTransport(self.retry_policy),
                event_hooks={"response": [_araise_for_a2e_error]},
            )
        return self._async_client

    def _copy_with(self, **changes: Any) -> Self:
        return type(self)(**{**self._settings, **changes})

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one, sending these headers too."""
        return self._copy_with(headers={**self._settings["headers"], **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one, with another timeout."""
        return self._copy_with(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Not supported: A2E authenticates with the bearer token, not cookies."""
        raise A2EError("cookies: a2e.Client does not send cookies; A2E uses the bearer token")

    def close(self) -> None:
        """Close the underlying sync connection pool."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """Close the underlying async connection pool."""
        if self._async_client is not None:
            await self._async_client.aclose()
