"""Server text made safe to keep and to show: secrets masked, terminal controls neutralised.

A server (or a proxy in between) may echo the caller's key back ("invalid token: Bearer
sk_..."), and may send escape sequences that retitle a terminal, write its clipboard or clear
it. Errors mask secrets where they are built (`a2e.errors`), log records where they are made
(`a2e.log`), and the `a2e` command neutralises controls in every line it prints.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from typing import Any, TypeVar
from urllib.parse import quote

from . import defaults

MASK = "[redacted]"
# An A2E token ("sk_" and its secret), not part of a longer word such as "task_sk_...".
_KEY_SHAPE = r"(?<![A-Za-z0-9_])sk_[A-Za-z0-9._~+/=-]+"
# A bearer credential in an echoed header: the scheme stays, the credential goes.
_BEARER = r"(?i:\bbearer)(?:\s+|%20|\+)(?!\[redacted\])[^\s\"'<>,;&]+"

# C0 controls (ESC, BEL...), DEL and C1 controls (CSI, OSC as single code points), and the
# bidirectional controls that reorder what a terminal shows (Trojan Source).
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_BIDI = [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]

T = TypeVar("T")


class _Secrets:
    """The keys of the clients made in this process, to mask wherever a server echoes them.

    The most recent ones only: a process making a client per tenant must not grow without
    bound (A2E's keys all have the `sk_` shape, which is masked anyway).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._known: dict[str, None] = {}
        # Compiled on first use: most programs never build an error.
        self._pattern: re.Pattern[str] | None = None

    def add(self, secret: str) -> None:
        with self._lock:
            if secret in self._known:
                return
            self._known[secret] = None
            while len(self._known) > defaults.SECRETS_REMEMBERED:
                del self._known[next(iter(self._known))]
            self._pattern = None

    @property
    def pattern(self) -> re.Pattern[str]:
        pattern = self._pattern
        if pattern is None:
            with self._lock:
                # The key as sent, and percent-encoded as a server may echo it inside a URL.
                forms = {form for key in self._known for form in (key, quote(key, safe=""))}
                ordered = sorted(forms, key=len, reverse=True)
                literal = "".join(f"{re.escape(form)}|" for form in ordered)
                pattern = self._pattern = re.compile(f"{literal}{_KEY_SHAPE}|{_BEARER}")
        return pattern


_SECRETS = _Secrets()


def remember_secret(secret: str) -> None:
    """Mask `secret` (a client's key) in every text a server sends from now on."""
    _SECRETS.add(secret)


def _masked_match(found: re.Match[str]) -> str:
    text = found.group(0)
    if text[:6].lower() == "bearer":
        scheme = re.match(r"(?i)bearer(?:\s+|%20|\+)", text)
        assert scheme is not None  # the pattern starts so
        return scheme.group(0) + MASK
    return MASK


def mask(text: str) -> str:
    """`text` with the clients' keys, anything shaped like an A2E key, and bearer credentials
    replaced by "[redacted]"."""
    return _SECRETS.pattern.sub(_masked_match, text)


def mask_bytes(body: bytes) -> bytes:
    """`mask` for a raw body: decoded byte for byte (latin-1), so every other byte is kept."""
    text = body.decode("latin-1")
    masked = mask(text)
    return body if masked == text else masked.encode("latin-1", "replace")


def masked(value: T) -> T:
    """A copy of `value` (JSON-like data, or a generated model) with every string masked;
    `value` itself when nothing needed masking."""
    result: T = _masked(value, set())
    return result


def _masked(value: Any, seen: set[int]) -> Any:
    if isinstance(value, str):
        # Unchanged, it stays the very object (a status enum stays an enum).
        text = mask(value)
        return value if text == value else text
    if id(value) in seen:
        return value
    if isinstance(value, list | tuple):
        seen.add(id(value))
        items = [_masked(item, seen) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(items) if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        seen.add(id(value))
        pairs = [(_masked(k, seen), _masked(v, seen)) for k, v in value.items()]
        if all(nk is k and nv is v for (nk, nv), (k, v) in zip(pairs, value.items(), strict=True)):
            return value
        return dict(pairs)
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is None:
        return value
    # A generated model (attrs): a shallow copy with its masked attributes, so the caller's
    # own object is left as it came.
    seen.add(id(value))
    changes = {
        field.name: new
        for field in fields
        if (new := _masked(old := getattr(value, field.name), seen)) is not old
    }
    if not changes:
        return value
    import copy

    duplicate = copy.copy(value)
    for name, new in changes.items():
        object.__setattr__(duplicate, name, new)
    return duplicate


def _escaped(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_TERMINAL = {code: _escaped(code) for code in [*_CONTROLS, *_BIDI]}
_MESSAGE = {code: text for code, text in _TERMINAL.items() if code not in (0x09, 0x0A)}
_JSON = {code: f"\\u{code:04x}" for code in [*range(0x7F, 0xA0), *_BIDI]}


def printable(text: str) -> str:
    """`text` with every control character (newlines and tabs too) and bidirectional control
    shown as an escape (`\\x1b`), so that it can only ever print as itself on a terminal."""
    return text.translate(_TERMINAL)


def message_text(text: str) -> str:
    """An error message from server text: secrets masked, controls other than newline and tab
    shown as escapes."""
    return mask(text).translate(_MESSAGE)


def json_safe(text: str) -> str:
    """JSON text with the DEL, C1 and bidirectional controls that JSON may carry raw written as
    `\\u` escapes (JSON escapes the C0 ones itself); the value read back is unchanged."""
    return text.translate(_JSON)


def terminal_text(text: str) -> str:
    """`text` masked and made printable: for a line shown on a terminal."""
    return printable(mask(text))


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
    if isinstance(value, Mapping):
        return all(sendable(key) and sendable(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return all(sendable(item) for item in value)
    return True
