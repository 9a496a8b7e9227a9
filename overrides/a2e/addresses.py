"""Which addresses a server may send the SDK to: result downloads and upload PUTs.

A2E names storage addresses in its answers (result links, presigned upload links). A hostile
or misled server could name a host inside the user's network instead: a cloud's metadata
service (169.254.169.254), a router, a database's HTTP port. The SDK fetches and sends only to
`https` hosts on the public internet, except:

- the host of the client's own base URL (the local mock serves results from itself), with the
  base URL's scheme or https; when that host is this machine (`localhost`, 127.0.0.1, ::1),
  any name or address of this machine, as a mock reached as `localhost` may name itself
  127.0.0.1;
- the hosts the user allows with `a2e.Client(storage_hosts=[...])` ("*": any host), over http
  or https.

Hosts given as IP addresses (every IPv4 spelling `getaddrinfo` accepts, IPv6 with IPv4 inside
included) and names such as `localhost` are judged by their form. A DNS name is judged by what
it resolves to, where the SDK connects directly (no proxy, no transport of the user's own): the
drivers look it up and hand the addresses to `check_resolved`. Each hop of a redirect is judged
again. See SECURITY.md for what this does not cover.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from .errors import ConfigurationError, InvalidResponseError

# Names that never leave the machine or the local network (RFC 6761, 6762, 8375, and the
# `.internal` of cloud metadata services such as metadata.google.internal).
LOCAL_NAMES = frozenset({"localhost"})
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".lan", ".localdomain")
ANY_HOST = "*"
# IPv6 prefixes that carry an IPv4 address a gateway connects to (NAT64's well-known prefix).
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_NUMERIC = re.compile(r"[0-9A-Fa-fXx.]+")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def shown_address(url: str) -> str:
    """`url` as an error may show it: scheme, host, port and path; never a query (signed links
    carry their signature there), a fragment or credentials."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port is not None else ""
    except ValueError:
        # Not even split into parts (a bad port, an unclosed "[" ): all before the query,
        # without credentials.
        head = url.partition("?")[0].partition("#")[0]
        return re.sub(r"//[^/]*@", "//", head)[:300]
    return f"{parts.scheme}://{host}{port}{parts.path}"[:300]


def _literal(host: str) -> Address | None:
    """The IP address a host names by its form, or None for a DNS name."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if not _NUMERIC.fullmatch(host) or not any(char.isdigit() for char in host):
            return None
        # "2130706433", "127.1", "0x7f.0.0.1": getaddrinfo reads these as IPv4 addresses.
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return address


def _public(address: Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        inner = address.ipv4_mapped or address.sixtofour
        if inner is None and address in _NAT64:
            inner = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if inner is not None:
            return _public(inner)
    return address.is_global and not address.is_multicast


def _local_name(host: str) -> bool:
    return host in LOCAL_NAMES or host.endswith(LOCAL_SUFFIXES) or "." not in host


def _this_machine(host: str) -> bool:
    literal = _literal(host)
    return literal.is_loopback if literal is not None else host in LOCAL_NAMES


def checked_hosts(hosts: object) -> frozenset[str]:
    """The `storage_hosts` setting: host names or IP addresses, or "*"; lowercased."""
    if isinstance(hosts, str | bytes) or not isinstance(hosts, Iterable):
        raise ConfigurationError(
            f"storage_hosts: must be a list of host names, got {type(hosts).__name__}"
        )
    found = []
    for host in hosts:
        if not isinstance(host, str) or not host.strip() or "/" in host or " " in host.strip():
            raise ConfigurationError(
                f"storage_hosts: {host!r} is not a host name or IP address (no scheme or path)"
            )
        found.append(host.strip().strip("[]").lower())
    return frozenset(found)


@dataclass(frozen=True)
class AddressRules:
    """Where a client lets servers send it. `home`: (scheme, host) of the base URL."""

    home: tuple[str, str] | None = None
    allowed: frozenset[str] = frozenset()

    @classmethod
    def of(cls, client: object) -> AddressRules:
        """The rules of an `a2e.Client` or a generated client (their base URL; the hosts an
        `a2e.Client` was told to allow)."""
        base = getattr(client, "_base_url", None)
        home = None
        if isinstance(base, str):
            parts = urlsplit(base)
            home = (parts.scheme, parts.hostname or "")
        allowed: object = getattr(client, "storage_hosts", frozenset())
        return cls(home, allowed if isinstance(allowed, frozenset) else frozenset())

    def check(self, address: str, what: str) -> str | None:
        """Raise `InvalidResponseError` for an address the server may not send us to; else the
        DNS name whose addresses must still be checked (`check_resolved`), or None."""
        try:
            httpx.URL(address)
            parts = urlsplit(address)
            parts.port  # noqa: B018 - reading it checks the port's range
        except (httpx.InvalidURL, ValueError):
            raise InvalidResponseError(
                f"{what} is not an address that can be requested",
                expected="an http(s) URL",
                seen=shown_address(address),
            ) from None
        scheme, host = parts.scheme.lower(), (parts.hostname or "").rstrip(".")
        if scheme not in ("http", "https") or not host:
            raise self._refused(address, what, "is not an http(s) address")
        if ANY_HOST in self.allowed or host in self.allowed:
            return None
        if self.home is not None and scheme in ("https", self.home[0]):
            home = self.home[1]
            if host == home or (_this_machine(home) and _this_machine(host)):
                return None
        if scheme != "https":
            raise self._refused(address, what, "is not https")
        literal = _literal(host)
        if literal is not None:
            if not _public(literal):
                raise self._refused(address, what, "points at a private or local address")
            return None
        if _local_name(host):
            raise self._refused(address, what, "names a host of the local network")
        return host

    def check_resolved(
        self, address: str, what: str, host: str, addresses: Iterable[str] | None
    ) -> None:
        """Raise when `host` (from `check`) resolved to an address that is not public; None
        for `addresses` means the name could not be looked up here (the connection will say)."""
        for found in addresses or ():
            if not _public(ipaddress.ip_address(found.partition("%")[0])):
                raise self._refused(
                    address, what, f"names {host}, which resolves to a private or local address"
                )

    def _refused(self, address: str, what: str, why: str) -> InvalidResponseError:
        return InvalidResponseError(
            f"{what} {why}; the SDK only fetches from and sends to https hosts on the public "
            "internet (allow others with a2e.Client(storage_hosts=[...]))",
            expected="an https address on the public internet",
            seen=shown_address(address),
        )


def resolved(host: str) -> list[str] | None:
    """The addresses `host` resolves to, or None when it does not resolve here."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None
    return [str(info[4][0]) for info in infos]


def direct(http: httpx.Client | httpx.AsyncClient, url: str) -> bool:
    """Whether `http` connects to `url`'s host itself: no proxy and no transport of the user's
    own in between. Only then does a lookup here see what the connection will reach."""
    import httpcore  # httpx imports it only once a transport is made: keep `import a2e` cheap

    pick = getattr(http, "_transport_for_url", None)
    transport = pick(httpx.URL(url)) if pick is not None else None
    pool = getattr(transport, "_pool", None)
    return type(pool) in (httpcore.ConnectionPool, httpcore.AsyncConnectionPool)
