"""Answers read into memory, bounded: however a server encodes or stretches a body, the SDK
holds at most `limit` bytes of it.

httpx decodes a compressed body whole, so 65 KB of gzip on the wire can become gigabytes in
memory. Here the raw bytes are decoded piece by piece with the decoded size bounded; only the
encodings the SDK asks for (`ACCEPTED_ENCODINGS`) are decoded, and any other is refused.
"""

from __future__ import annotations

import zlib

import httpx

from .errors import InvalidResponseError

# Sent as Accept-Encoding on every API request: httpx would add "br" or "zstd" when their
# packages happen to be installed, and those are not decoded here.
ACCEPTED_ENCODINGS = "gzip, deflate"
_GZIP = ("gzip", "x-gzip")


class BoundedBody:
    """Raw body bytes in, decoded bytes out, never more than `limit` of them in all (the
    decision core; `read_answer` and `aread_answer` feed it)."""

    def __init__(self, encoding: str | None, limit: int, what: str) -> None:
        self.limit = limit
        self.what = what
        self.size = 0
        codings = [c.strip().lower() for c in (encoding or "").split(",")]
        codings = [c for c in codings if c not in ("", "identity")]
        if len(codings) > 1 or (codings and codings[0] not in (*_GZIP, "deflate")):
            raise InvalidResponseError(
                f"{what}: the answer is encoded as {encoding!r}, which was not asked for",
                expected=f"Content-Encoding one of: identity, {ACCEPTED_ENCODINGS}",
                seen=", ".join(codings)[:100],
            )
        self.coding = codings[0] if codings else None
        wbits = zlib.MAX_WBITS | 16 if self.coding in _GZIP else zlib.MAX_WBITS
        self._decoder = zlib.decompressobj(wbits) if self.coding else None
        self._first = True

    def feed(self, raw: bytes) -> bytes:
        """The decoded bytes `raw` brings; raises once the whole exceeds `limit`, or
        `httpx.DecodingError` for bytes that do not decode."""
        if self._decoder is None:
            return self._counted(raw)
        pieces = []
        data = raw
        while data:
            try:
                piece = self._decoder.decompress(data, self.limit - self.size + 1)
            except zlib.error as error:
                if self.coding == "deflate" and self._first:
                    # "deflate" is sent both zlib-wrapped (as the RFC says) and raw.
                    self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._first = False
                    continue
                raise httpx.DecodingError(str(error)) from None
            self._first = False
            pieces.append(self._counted(piece))
            data = self._decoder.unconsumed_tail
        return b"".join(pieces)

    def end(self) -> bytes:
        if self._decoder is None:
            return b""
        try:
            return self._counted(self._decoder.flush())
        except zlib.error as error:
            raise httpx.DecodingError(str(error)) from None

    def _counted(self, piece: bytes) -> bytes:
        self.size += len(piece)
        if self.size > self.limit:
            raise InvalidResponseError(
                f"{self.what}: the answer is larger than {self.limit} bytes",
                expected=f"at most {self.limit} bytes",
                seen="more bytes",
            )
        return piece


def _keep(response: httpx.Response, content: bytes) -> None:
    # What httpx's own Response.read() does with the bytes it decoded: from here on
    # `response.content`, `.text` and `.json()` serve them.
    response._content = content


def _read_already(response: httpx.Response, limit: int, what: str) -> bool:
    """Whether the body was read where the response was made (an `httpx.MockTransport`'s
    answer built from bytes): then only its size is left to check."""
    if not response.is_stream_consumed:
        return False
    BoundedBody(None, limit, what).feed(response.content)
    return True


def read_answer(response: httpx.Response, limit: int, what: str) -> None:
    """Read `response`'s body into it (as `response.read()` does), bounded by `limit`."""
    if _read_already(response, limit, what):
        return
    try:
        body = BoundedBody(response.headers.get("content-encoding"), limit, what)
        parts = [body.feed(chunk) for chunk in response.iter_raw()]
        parts.append(body.end())
    except BaseException:
        response.close()
        raise
    _keep(response, b"".join(parts))


async def aread_answer(response: httpx.Response, limit: int, what: str) -> None:
    """The async form of `read_answer`."""
    if _read_already(response, limit, what):
        return
    try:
        body = BoundedBody(response.headers.get("content-encoding"), limit, what)
        parts = [body.feed(chunk) async for chunk in response.aiter_raw()]
        parts.append(body.end())
    except BaseException:
        await response.aclose()
        raise
    _keep(response, b"".join(parts))
