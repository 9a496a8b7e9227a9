"""`a2e.Client`: an authenticated client that every generated operation accepts as `client=`.

Two layers of httpx clients: each `a2e.Client` has a thin httpx client of its own (base URL,
key, headers, timeout, retries, A2E errors) that sends through a shared connection layer
(`_Connections`: proxies, TLS, limits, the pool). The connection layer is httpx's own client,
built by httpx (so `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` apply as httpx reads them) or given by
the user; `with_options` derives clients that share it.
"""

from __future__ import annotations

import io
import math
import os
import ssl
import tempfile
import urllib.parse
import uuid
import weakref
from collections.abc import Iterable, Mapping
from http.cookiejar import CookieJar
from typing import Any, NoReturn, Self

import httpx

from a2e_client import AuthenticatedClient
from a2e_client.resources import AsyncResources, SyncResources

from . import defaults
from ._version import __version__
from .errors import ConfigurationError, raise_for_response
from .log import configure_from_env, log_response
from .retry import (
    DEFAULT_BACKOFF_BASE,
    DEFAULT_BACKOFF_MAX,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_AFTER_MAX,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
)

REGIONS: Mapping[str, str] = {
    "global": "https://video.a2e.ai",
    # Used by some clients for China; A2E has not published it (see the spec's servers).
    "cn": "https://video.a2e.com.cn",
}
DEFAULT_TIMEOUT = httpx.Timeout(defaults.READ_TIMEOUT, connect=defaults.CONNECT_TIMEOUT)
USER_AGENT = f"a2e-python/{__version__} httpx/{httpx.__version__}"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
MAX_URL_LENGTH = defaults.MAX_URL_LENGTH


def _visible_ascii(value: str) -> bool:
    return all("!" <= char <= "~" for char in value)


def _header_safe(value: str) -> bool:
    return all(" " <= char <= "~" or char == "\t" for char in value)


def _environ(name: str) -> str | None:
    """An environment variable's value; an empty or blank one counts as unset."""
    return os.environ.get(name, "").strip() or None


def _given(name: str, value: str | None) -> str | None:
    """An argument's value with surrounding whitespace dropped; None when not given.

    Given but empty is refused: falling back to the environment or a default would
    silently reach another server, or use another key, than the one meant.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{name}: must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{name}: is empty; pass a value or leave {name} out")
    return value.strip()


def checked_key(api_key: str | None) -> str:
    """The key from the argument or `A2E_API_KEY`, refused (never shown) if it cannot be sent."""
    key = _given("api_key", api_key) or _environ("A2E_API_KEY") or ""
    if not key:
        raise ConfigurationError(
            "api_key: no A2E API key; pass api_key=... or set the A2E_API_KEY environment variable"
        )
    if not _visible_ascii(key):
        raise ConfigurationError(
            "api_key: contains a space, a control character (newline, CR, NUL...) or a non-ASCII "
            "character; copy the token again from A2E (it starts with sk_)"
        )
    return key


SECURE = "[secure]"  # what httpx shows in place of a secret in a URL


def shown_url(url: str) -> str:
    """The URL as it may appear in a message: a password, query values and a fragment are
    replaced by "[secure]" (a key pasted into a URL must not reach a log through an error)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return f"<a URL of {len(url)} characters>"
    netloc = parts.netloc
    userinfo, at, hostport = netloc.rpartition("@")
    if at:
        # A lone user name is where a token sits in "https://sk_...@host".
        user, colon, _ = userinfo.partition(":")
        netloc = f"{user}:{SECURE}@{hostport}" if colon else f"{SECURE}@{hostport}"
    query = "&".join(
        f"{name}={SECURE}" if equals else SECURE
        for name, equals, _ in (field.partition("=") for field in parts.query.split("&"))
    )
    return urllib.parse.urlunsplit(
        (
            parts.scheme,
            netloc,
            parts.path,
            query if parts.query else "",
            SECURE if parts.fragment else "",
        )
    )


def resolve_base_url(base_url: str | None, region: str | None) -> str:
    """The base URL from the argument, else the region, else `A2E_BASE_URL`, else "global".

    Plain http is refused except on this machine, so that the key never crosses a network
    in clear text. Surrounding whitespace is dropped.
    """
    if base_url is not None and region is not None:
        raise ConfigurationError("region: give base_url or region, not both")
    if region is not None and region not in REGIONS:
        raise ConfigurationError(
            f"region: unknown region {region!r}; choose one of {sorted(REGIONS)}"
        )
    url = (
        _given("base_url", base_url)
        or (REGIONS[region] if region else None)
        or _environ("A2E_BASE_URL")
        or REGIONS["global"]
    )
    shown = shown_url(url)
    if not _visible_ascii(url):
        raise ConfigurationError(
            f"base_url: {shown!r} contains a space, a control or a non-ASCII character"
        )
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as error:
        raise ConfigurationError(f"base_url: {shown!r} is not a valid URL ({error})") from None
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise ConfigurationError(f"base_url: {shown!r} is not a valid URL (port out of range)")
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise ConfigurationError(f"base_url: {shown!r} is not an http(s) URL")
    if parsed.query or parsed.fragment or parsed.userinfo:
        raise ConfigurationError(
            f"base_url: {shown!r} must not carry a query, a fragment or credentials"
        )
    if parsed.scheme == "http" and parsed.host not in LOCAL_HOSTS:
        raise ConfigurationError(
            f"base_url: plain http is only allowed for localhost, got {shown!r}; use https"
        )
    return url.rstrip("/")


def _checked_seconds(name: str, value: object, *, allow_none: bool) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name}: must be a number of seconds, got {value!r}")
    if not (math.isfinite(value) and value > 0):
        raise ConfigurationError(f"{name}: must be a finite number of seconds > 0, got {value!r}")
    return float(value)


def checked_timeout(timeout: object) -> httpx.Timeout:
    """An `httpx.Timeout` from seconds or a Timeout, each phase finite and positive (or None)."""
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            _checked_seconds(f"timeout.{phase}", getattr(timeout, phase), allow_none=True)
        return timeout
    return httpx.Timeout(_checked_seconds("timeout", timeout, allow_none=False))


def checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers that can be sent; a refused value is named by its header, never shown."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"headers: must be a mapping, got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not _visible_ascii(name) or ":" in name:
            raise ConfigurationError(f"headers: {name!r} is not a valid header name")
        if name.lower() == "authorization":
            # The key's header is built from api_key; a second one would be sent beside it
            # or silently replace it, depending on its case.
            raise ConfigurationError(
                f"headers: {name!r} is set from the API key; pass the key as api_key= instead"
            )
        if not isinstance(value, str) or not _header_safe(value):
            raise ConfigurationError(
                f"headers: the value of {name!r} must be a string of printable ASCII characters"
            )
    return dict(headers)


def _check_path(method: str, url: httpx.URL | str) -> None:
    """Refuse a path that would reach another operation than the one called.

    httpx drops "." and ".." segments (`get("..")` would read the parent path), and an empty
    segment (an empty id) addresses another route. The generated operations pass paths
    relative to the base URL; an absolute URL is the caller's own.
    """
    if not isinstance(url, str):
        return
    if len(url) > MAX_URL_LENGTH:
        raise ConfigurationError(
            f"{method} {url[:80]}...: the URL is {len(url)} characters long; an id or argument "
            "is far longer than A2E accepts"
        )
    path = url.partition("?")[0]
    if path.startswith("/") and any(segment in {"", ".", ".."} for segment in path.split("/")[1:]):
        raise ConfigurationError(
            f"{method} {path[:200]}: an id or path argument is empty, '.' or '..'"
        )


class _NoCookies(CookieJar):
    """A2E authenticates with the bearer token: cookies are neither kept nor sent, nor even
    parsed out of answers (httpx spends about 20 us per answer on that)."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


class _HttpxClient(httpx.Client):
    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        _check_path(method.upper(), url)
        return super().build_request(method, url, **kwargs)


class _AsyncHttpxClient(httpx.AsyncClient):
    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        _check_path(method.upper(), url)
        return super().build_request(method, url, **kwargs)


def _raise_for_a2e_error(response: httpx.Response) -> None:
    log_response(response)
    response.read()
    raise_for_response(response)


async def _araise_for_a2e_error(response: httpx.Response) -> None:
    log_response(response)
    await response.aread()
    raise_for_response(response)


class _NoLoop:
    """Stands for "no asyncio loop" (for example under trio) as a weak-referenceable key."""


_NO_LOOP = _NoLoop()


def _current_loop() -> object:
    import asyncio  # async users have it already; sync users never get here

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return _NO_LOOP


def _closed() -> ConfigurationError:
    return ConfigurationError(
        "client: its connections are closed (by close(), the end of a `with` block, or your "
        "own http_client's close); build a new a2e.Client"
    )


class _Connections:
    """The connection layer a client and every client derived from it share.

    One sync httpx client, and one async httpx client per event loop (connections belong to
    the loop that opened them: `asyncio.run` twice with one client needs two pools). A
    user's own httpx client is used as it is and left open on close; a transport given is
    closed, as httpx does.
    """

    def __init__(
        self,
        *,
        proxy: str | httpx.Proxy | None,
        verify: ssl.SSLContext | str | bool,
        limits: httpx.Limits | None,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
        http_client: httpx.Client | None,
        async_http_client: httpx.AsyncClient | None,
    ) -> None:
        self._options: dict[str, Any] = {"proxy": proxy, "verify": verify}
        if limits is not None:
            self._options["limits"] = limits
        self._transport = transport
        self._async_transport = async_transport
        self._sync = http_client
        self.own_sync = http_client is None
        self._async_user = async_http_client
        self.own_async = async_http_client is None
        self._async: weakref.WeakKeyDictionary[object, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        # Pools are made on first use, so closing must also stop new ones being made: close()
        # ends the client everywhere, aclose() ends it in the event loop it ran in (another
        # loop, such as a later asyncio.run, gets a pool of its own).
        self.closed = False
        self._closed_loops: weakref.WeakSet[object] = weakref.WeakSet()

    def sync_client(self) -> httpx.Client:
        if self.closed:
            raise _closed()
        if self._sync is None:
            self._sync = httpx.Client(
                transport=self._transport, cookies=_NoCookies(), **self._options
            )
        if self._sync.is_closed:
            raise _closed()
        return self._sync

    def async_client(self) -> httpx.AsyncClient:
        if self.closed:
            raise _closed()
        if self._async_user is not None:
            if self._async_user.is_closed:
                raise _closed()
            return self._async_user
        if self._async_transport is not None:
            # A transport given is one object: it serves whichever loop uses it.
            loop: object = _NO_LOOP
        else:
            loop = _current_loop()
        if loop in self._closed_loops:
            raise _closed()
        client = self._async.get(loop)
        if client is None:
            if self._transport is not None and self._async_transport is None:
                raise ConfigurationError(
                    "transport: it serves sync requests only; pass async_transport= "
                    "(an httpx.AsyncBaseTransport) for async ones"
                )
            client = httpx.AsyncClient(
                transport=self._async_transport, cookies=_NoCookies(), **self._options
            )
            self._async[loop] = client
        return client

    def close(self) -> None:
        self.closed = True
        if self.own_sync and self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async_user is None:
            loop = _NO_LOOP if self._async_transport is not None else _current_loop()
            self._closed_loops.add(loop)
            client = self._async.pop(loop, None)
            if client is not None:
                await client.aclose()


def _transport_for(client: httpx.Client | httpx.AsyncClient, url: httpx.URL) -> Any:
    """The transport httpx picks for `url` (a proxy's, by the environment's rules, or the
    direct one), or None to go through `send`.

    Only for our own connection clients: they have no hooks, auth, cookies or redirects to
    apply, and `send` would cost about 25 us per call (see `make bench`). A closed client,
    or an httpx without this method, takes the `send` path.
    """
    pick = getattr(client, "_transport_for_url", None)
    return None if pick is None or client.is_closed else pick(url)


class _SendThrough(httpx.BaseTransport):
    """Sends through the shared sync connection layer; closing it is its owner's business."""

    def __init__(self, connections: _Connections) -> None:
        self._connections = connections

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        client = self._connections.sync_client()
        if self._connections.own_sync and (transport := _transport_for(client, request.url)):
            response: httpx.Response = transport.handle_request(request)
            return response
        return client.send(request, stream=True)


class _AsyncSendThrough(httpx.AsyncBaseTransport):
    """Sends through the shared async connection layer of the running event loop."""

    def __init__(self, connections: _Connections) -> None:
        self._connections = connections

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        client = self._connections.async_client()
        if self._connections.own_async and (transport := _transport_for(client, request.url)):
            response: httpx.Response = await transport.handle_async_request(request)
            return response
        return await client.send(request, stream=True)


def _drift_checks(validate: str | None) -> Any:
    """The drift checker asked for by `validate`, else `A2E_VALIDATE`; None when off. It and
    its dependencies load only when asked for."""
    mode = validate if validate is not None else _environ("A2E_VALIDATE") or "off"
    if not isinstance(mode, str):
        raise ConfigurationError(f"validate: must be off, warn or error; got {mode!r}")
    if mode.strip().lower() == "off":
        return None
    from .validate import DriftChecks, mode_from

    return DriftChecks(mode_from(mode))


def _check_ca_path(path: str) -> None:
    """Refuse a `verify` path httpx would only fail on at the first request."""
    if os.path.isdir(path):
        return
    if not os.path.isfile(path):
        raise ConfigurationError(
            f"verify: {path!r} is neither a CA bundle file nor a directory of certificates"
        )
    try:
        ssl.create_default_context().load_verify_locations(cafile=path)
    except (ssl.SSLError, OSError, ValueError) as error:
        raise ConfigurationError(
            f"verify: {path!r} is not a readable CA bundle ({error})"
        ) from None


def _checked_size(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name}: must be a whole number of bytes >= 1, got {value!r}")
    return value


def _checked_instance(name: str, value: object, kind: type | tuple[type, ...]) -> None:
    if value is not None and not isinstance(value, kind):
        raise ConfigurationError(f"{name}: expected {kind}, got {type(value).__name__}")


class BaseClient(AuthenticatedClient):
    """What `a2e.Client` and `a2e.AsyncClient` share: key, server, timeouts, retries, typed
    errors. Pass either as `client=` to any operation of `a2e_client.api`. Every non-success answer
    raises a subclass of `a2e.A2EError`, so a returned response is always a success. Every
    setting is checked here: a mistake raises `a2e.ConfigurationError` naming the field.

    api_key: the API token (it starts with `sk_`); defaults to `A2E_API_KEY`.
    base_url: the server; else the region's server; else `A2E_BASE_URL`; else "global".
    region: "global" (https://video.a2e.ai) or "cn" (unverified); not with `base_url`.
    timeout: seconds or an `httpx.Timeout`; the default allows 10 s to connect, 60 s to read.
    max_retries, backoff_base, backoff_max, retry_after_max: how failed requests are retried
        (0 retries turns it off); see `a2e.RetryPolicy`.
    language: sent as the `x-lang` header (for example "en-US") to choose A2E's message language.
    headers: more headers to send with every request.
    proxy, verify, limits: as for `httpx.Client`. Without `proxy`, `HTTPS_PROXY`,
        `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` apply, as in httpx.
    transport, async_transport: your own httpx transports (for example `httpx.MockTransport`,
        which serves both); retries and errors still apply on top.
    http_client, async_http_client: your own `httpx.Client`/`httpx.AsyncClient` to send
        through (its proxies, TLS, limits, transport and event hooks apply; its base URL,
        headers and timeout do not: this client sets its own). It is left open by `close()`.
    validate: "off", "warn" or "error": check every answer against the spec (defaults to
        `A2E_VALIDATE`, else off); see `a2e.validate`.
    storage_hosts: hosts (names or IP addresses) that result and upload addresses may point
        at besides https hosts on the public internet and the base URL's own host: a local
        MinIO, a test server; "*" allows any (see `a2e.addresses`).
    max_answer_size: the most bytes an API answer may have once decoded (32 MiB by default).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff_base: float = DEFAULT_BACKOFF_BASE,
        backoff_max: float = DEFAULT_BACKOFF_MAX,
        retry_after_max: float = DEFAULT_RETRY_AFTER_MAX,
        language: str | None = None,
        headers: Mapping[str, str] | None = None,
        proxy: str | httpx.Proxy | None = None,
        verify: ssl.SSLContext | str | bool = True,
        limits: httpx.Limits | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | None = None,
        async_http_client: httpx.AsyncClient | None = None,
        validate: str | None = None,
        storage_hosts: Iterable[str] = (),
        max_answer_size: int = defaults.MAX_ANSWER_SIZE,
    ) -> None:
        _checked_instance("proxy", proxy, (str, httpx.Proxy))
        _checked_instance("verify", verify, (ssl.SSLContext, str, bool))
        _checked_instance("limits", limits, httpx.Limits)
        _checked_instance("transport", transport, httpx.BaseTransport)
        _checked_instance("async_transport", async_transport, httpx.AsyncBaseTransport)
        _checked_instance("http_client", http_client, httpx.Client)
        _checked_instance("async_http_client", async_http_client, httpx.AsyncClient)
        if isinstance(proxy, str):
            try:
                httpx.Proxy(proxy)
            except (ValueError, httpx.InvalidURL) as error:
                raise ConfigurationError(f"proxy: {error}") from None
        if isinstance(verify, str):
            _check_ca_path(verify)
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport  # httpx.MockTransport serves both
        if http_client is not None or async_http_client is not None:
            given = [
                name
                for name, value in (
                    ("proxy", proxy),
                    ("limits", limits),
                    ("transport", transport),
                    ("async_transport", async_transport),
                )
                if value is not None
            ] + (["verify"] if verify is not True else [])
            if given:
                raise ConfigurationError(
                    f"{', '.join(given)}: set these on the http_client you pass, not here"
                )
        connections = _Connections(
            proxy=proxy,
            verify=verify,
            limits=limits,
            transport=transport,
            async_transport=async_transport,
            http_client=http_client,
            async_http_client=async_http_client,
        )
        self._configure(
            key=checked_key(api_key),
            base_url=resolve_base_url(base_url, region),
            timeout=timeout,
            policy=RetryPolicy(
                max_retries=max_retries,
                backoff_base=backoff_base,
                backoff_max=backoff_max,
                retry_after_max=retry_after_max,
            ),
            language=language,
            headers=headers or {},
            connections=connections,
            drift_checks=_drift_checks(validate),
        )
        from .addresses import checked_hosts  # here: `import a2e` stays cheap

        self.storage_hosts = checked_hosts(storage_hosts)
        self.max_answer_size = _checked_size("max_answer_size", max_answer_size)
        self._owns_connections = True

    def _configure(
        self,
        *,
        key: str,
        base_url: str,
        timeout: float | httpx.Timeout,
        policy: RetryPolicy,
        language: str | None,
        headers: Mapping[str, str],
        connections: _Connections,
        drift_checks: Any,
    ) -> None:
        extra = checked_headers(headers)
        if language is not None and (
            not isinstance(language, str) or not language or not _visible_ascii(language)
        ):
            raise ConfigurationError(f"language: {language!r} is not a language tag like 'en-US'")
        from .bodies import ACCEPTED_ENCODINGS  # here: `import a2e` stays cheap
        from .scrub import remember_secret

        configure_from_env()
        remember_secret(key)
        self.retry_policy = policy
        self._language = language
        self._extra_headers = extra
        self._connections = connections
        # Generated operations look this up on every answer they parse (a2e.answers).
        self.drift_checks = drift_checks
        self._owns_connections = False
        self._async_outer: httpx.AsyncClient | None = None
        all_headers = {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPTED_ENCODINGS, **extra}
        if language:
            all_headers["x-lang"] = language
        super().__init__(
            base_url=base_url, token=key, timeout=checked_timeout(timeout), headers=all_headers
        )

    @property
    def base_url(self) -> str:
        """The server this client talks to."""
        return self._base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.retry_policy.max_retries})"

    __str__ = __repr__

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "headers": {**self._headers, self.auth_header_name: self._auth_value()},
            "timeout": self._timeout,
            "cookies": _NoCookies(),
        }

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client the generated operations call: retries, A2E errors on every answer."""
        if self._client is None:
            self._client = _HttpxClient(
                **self._httpx_settings(),
                transport=RetryTransport(
                    self.retry_policy,
                    _SendThrough(self._connections),
                    max_answer_size=self.max_answer_size,
                ),
                event_hooks={"response": [_raise_for_a2e_error]},
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient the generated operations await; serves any event loop."""
        if self._async_outer is None:
            self._async_outer = _AsyncHttpxClient(
                **self._httpx_settings(),
                transport=AsyncRetryTransport(
                    self.retry_policy,
                    _AsyncSendThrough(self._connections),
                    max_answer_size=self.max_answer_size,
                ),
                event_hooks={"response": [_araise_for_a2e_error]},
            )
        return self._async_outer

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        """Not supported: pass `http_client=` to `a2e.Client` so retries and errors still apply."""
        raise ConfigurationError("http_client: pass it as a2e.Client(http_client=...)")

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        """Not supported: pass `async_http_client=` to `a2e.Client`."""
        raise ConfigurationError("async_http_client: pass it as a2e.Client(async_http_client=...)")

    def storage_client(self) -> httpx.Client:
        """The shared connection layer without the key: for addresses outside A2E's API."""
        return self._connections.sync_client()

    def async_storage_client(self) -> httpx.AsyncClient:
        """The async form of `storage_client`, for the running event loop."""
        return self._connections.async_client()

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        backoff_base: float | None = None,
        backoff_max: float | None = None,
        retry_after_max: float | None = None,
        language: str | None = None,
        headers: Mapping[str, str] | None = None,
        validate: str | None = None,
    ) -> Self:
        """A client like this one with some settings changed, sharing its connection pool.

        `headers` are added to this client's. The derived client needs no closing of its own;
        closing this one closes the pool they share.
        """
        policy = self.retry_policy
        derived = type(self).__new__(type(self))
        derived._configure(
            key=self.token if api_key is None else checked_key(api_key),
            base_url=self._base_url if base_url is None else resolve_base_url(base_url, None),
            timeout=timeout if timeout is not None else self._timeout or DEFAULT_TIMEOUT,
            policy=RetryPolicy(
                max_retries=policy.max_retries if max_retries is None else max_retries,
                backoff_base=policy.backoff_base if backoff_base is None else backoff_base,
                backoff_max=policy.backoff_max if backoff_max is None else backoff_max,
                retry_after_max=(
                    policy.retry_after_max if retry_after_max is None else retry_after_max
                ),
            ),
            language=self._language if language is None else language,
            headers={**self._extra_headers, **checked_headers(headers or {})},
            connections=self._connections,
            drift_checks=self.drift_checks if validate is None else _drift_checks(validate),
        )
        derived.storage_hosts, derived.max_answer_size = self.storage_hosts, self.max_answer_size
        return derived

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """`with_options(headers=headers)`: this client, sending these headers too."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: float | httpx.Timeout) -> Self:
        """`with_options(timeout=timeout)`: this client, with another timeout."""
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> NoReturn:
        """Not supported: A2E authenticates with the bearer token, not cookies."""
        raise ConfigurationError(
            "cookies: a2e.Client does not send cookies; A2E uses the bearer token"
        )

    def __copy__(self) -> NoReturn:
        raise TypeError(
            "a2e.Client cannot be copied: use client.with_options(...) for a variant that "
            "shares its connections"
        )

    def __deepcopy__(self, memo: object) -> NoReturn:
        self.__copy__()

    def __reduce_ex__(self, protocol: object) -> NoReturn:
        raise TypeError(
            "a2e.Client cannot be pickled: it holds open connections and the API key; "
            "build a new client where it is needed"
        )

    def __enter__(self) -> Self:
        self.get_httpx_client()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    def close(self) -> None:
        """Close the sync connection pool (shared with the clients derived from this one)."""
        if self._owns_connections:
            self._connections.close()

    async def aclose(self) -> None:
        """Close the async connection pool of the running event loop."""
        if self._owns_connections:
            await self._connections.aclose()


def _staged(source: Any) -> tuple[Any, str | None]:
    """A path to upload from, and a name for the stored object: a path as given; bytes or an
    open binary file copied to a temporary file first (the upload streams from a file)."""
    if isinstance(source, str | os.PathLike):
        return source, None
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        name = None
    elif hasattr(source, "read"):
        data = b"" if isinstance(source, io.TextIOBase) else source.read()
        if not isinstance(data, bytes) or isinstance(source, io.TextIOBase):
            raise ConfigurationError("source: the file must be opened in binary mode ('rb')")
        given = getattr(source, "name", None)
        name = os.path.basename(given) if isinstance(given, str) and given else None
    else:
        raise ConfigurationError(
            f"source: expected a path, bytes or a binary file, got {type(source).__name__}"
        )
    with tempfile.NamedTemporaryFile(
        prefix="a2e-upload-", suffix=f"-{name or 'data'}", delete=False
    ) as staged:
        staged.write(data)
    return staged.name, name or "data"


def _upload_key(name: str | None) -> str | None:
    return None if name is None else f"{uuid.uuid4().hex}/{name}"


class Client(BaseClient, SyncResources):
    """A ready A2E client: every section of the API as an attribute (`client.face_swap`...),
    plus the settings of `BaseClient`, checked when it is built."""

    def upload(self, source: Any, *, content_type: str | None = None) -> str:
        """Upload a local file (a path, bytes or an open binary file) to A2E's storage;
        return the URL to pass to any task."""
        from .uploads import upload_file

        path, name = _staged(source)
        try:
            return upload_file(self, path, key=_upload_key(name), content_type=content_type)
        finally:
            if name is not None:
                os.unlink(path)


class AsyncClient(BaseClient, AsyncResources):
    """`a2e.Client` with every section awaited: `await client.face_swap.start(...)`."""

    async def upload(self, source: Any, *, content_type: str | None = None) -> str:
        """Upload a local file (a path, bytes or an open binary file); return its URL."""
        from .uploads import upload_file_async

        path, name = _staged(source)
        try:
            return await upload_file_async(
                self, path, key=_upload_key(name), content_type=content_type
            )
        finally:
            if name is not None:
                os.unlink(path)
