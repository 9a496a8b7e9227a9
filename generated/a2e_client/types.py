"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The value of a field the answer did not carry."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Unpickled as the module's one UNSET, which the models test with `is`: a model
        # carried by a pickled error keeps its absent fields absent.
        return "UNSET"


def parse_datetime(value: str) -> datetime.datetime | Unset:
    """An ISO 8601 timestamp, or UNSET when A2E sent something else: one odd date must not
    make a whole answer unreadable (the drift check, `A2E_VALIDATE`, reports it)."""
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return UNSET


UNSET: Unset = Unset()

_KINDS: dict[str, type | tuple[type, ...]] = {
    "str": str,
    "int": int,
    "float": (int, float),
    "bool": bool,
}


def required_value(value: object, kind: str, name: str) -> Any:
    """A required field's value, if it is of the JSON kind the spec gives it.

    Only required fields are checked: the SDK relies on them (a task's id), while a stray
    kind in an optional field is left as sent rather than making the whole answer fail (the
    drift check, `A2E_VALIDATE`, reports it).
    """
    if isinstance(value, _KINDS[kind]) and (
        kind == "bool" or not isinstance(value, bool)
    ):
        return value
    raise TypeError(f"{name!r}: expected {kind}, got {type(value).__name__}")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
]
