"""Every record of a list operation, across all its pages: `paginate` and `paginate_async`.

Which parameters page and where the records and the total sit in `data` is declared once in
the spec (`x-a2e-paging` on each list operation) and generated into `a2e_client.paging`, so a
new list operation pages with nothing written here. `_Pager` makes every decision; the two
drivers only send the requests it asks for.

A2E pages by offset (page number and size). Records added or deleted while paging shift the
pages: a record seen twice is yielded once (records carry ids), and one that moves onto a page
already read can be missed; no scheme of A2E's avoids that.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from . import defaults
from .errors import ConfigurationError, unwrap
from .log import LOGGER_NAME, scrubbed_logger

DEFAULT_PAGE_SIZE = defaults.PAGE_SIZE
MAX_STALE_PAGES = defaults.MAX_STALE_PAGES
_API = "a2e_client.api."


@dataclass(frozen=True)
class Paging:
    """How one list operation pages, in the generated client's Python names.

    page, size: keywords of its page-number and page-size parameters (no page: it does not page).
    records: attribute of `data` holding the records (None: `data` itself is the list).
    total: attribute of `data` holding the number of all records (None: A2E sends none).
    max_size: the largest page size the spec allows, when it sets one.
    """

    page: str | None = None
    size: str | None = None
    records: str | None = None
    total: str | None = None
    max_size: int | None = None


def paging_of(operation: ModuleType) -> Paging:
    """The paging of a generated list operation module, or a ConfigurationError naming it."""
    from a2e_client.paging import PAGING

    name = getattr(operation, "__name__", None)
    found = isinstance(name, str) and name.startswith(_API)
    paging = PAGING.get(str(name).removeprefix(_API)) if found else None
    if paging is None:
        raise ConfigurationError(
            f"operation: {name or repr(operation)} is not a list operation of a2e_client.api "
            "(pass a module such as a2e_client.api.face_swap.list_face_swap_tasks)"
        )
    return paging


def _positive(name: str, value: object, *, zero: bool = False) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < (0 if zero else 1):
        wanted = "a whole number >= 0" if zero else "a whole number >= 1"
        raise ConfigurationError(f"{name}: must be {wanted}, got {value!r}")
    return value


def _identity(record: Any) -> str | int | None:
    """A record's id, when it has one to tell it apart from the others."""
    value = getattr(record, "id", None)
    return value if isinstance(value, str | int) and value != "" else None


def _key(record: Any) -> object:
    """What makes two pages the same page: ids where records have them, else their content."""
    identity = _identity(record)
    if identity is not None:
        return identity
    to_dict = getattr(record, "to_dict", None)
    return to_dict() if callable(to_dict) else record


class _Pager:
    """The decisions shared by `paginate` and `paginate_async`: the arguments of the next
    request, which records of an answer to yield, and when to stop."""

    def __init__(
        self,
        operation: ModuleType,
        page_size: int | None,
        limit: int | None,
        arguments: dict[str, Any],
    ) -> None:
        self.paging = paging = paging_of(operation)
        largest = paging.max_size or DEFAULT_PAGE_SIZE
        size = min(DEFAULT_PAGE_SIZE, largest) if page_size is None else page_size
        _positive("page_size", size)
        if size > largest:
            raise ConfigurationError(
                f"page_size: {operation.__name__} allows at most {largest}, got {size}"
            )
        self.limit = None if limit is None else _positive("limit", limit, zero=True)
        for keyword in (paging.page, paging.size):
            if keyword is not None and keyword in arguments:
                raise ConfigurationError(
                    f"{keyword}: paginate sets it on every request; pass page_size= instead"
                )
        accepted = inspect.signature(operation.sync_detailed).parameters
        for keyword in arguments:
            if keyword not in accepted or keyword == "client":
                raise ConfigurationError(
                    f"{keyword}: not a parameter of {operation.__name__.removeprefix(_API)}"
                )
        self.arguments = arguments
        # No page larger than the records wanted: `limit=5` costs one small request.
        self.size = size if self.limit is None else max(1, min(size, self.limit))
        self.page = 1
        self.done = self.limit == 0
        self.yielded = 0
        self.received = 0  # rows in all answers so far, repeated ones included
        self.largest = 0  # the longest page seen: A2E's page size, whatever we ask
        self.seen: set[str | int] = set()
        self.previous: list[object] | None = None  # keys of the last page
        self.total: int | None = None  # the total the last page reported
        self.stale = 0  # pages in a row that brought no new record

    def request(self) -> dict[str, Any] | None:
        """Keyword arguments of the next call of the operation, or None when paging is over."""
        if self.done:
            return None
        arguments = dict(self.arguments)
        if self.paging.page is not None:
            arguments[self.paging.page] = self.page
        if self.paging.size is not None:
            arguments[self.paging.size] = self.size
        return arguments

    def receive(self, data: Any) -> list[Any]:
        """The records of one answer to yield, in order; decides whether another page follows."""
        rows, total = self._unpack(data)
        keys = [_key(row) for row in rows]
        fresh = [] if keys == self.previous else self._unseen(rows)
        self.previous = keys
        if self.limit is not None:
            fresh = fresh[: self.limit - self.yielded]
        self.yielded += len(fresh)
        self.received += len(rows)
        self.page += 1
        self.stale = 0 if fresh else self.stale + 1
        self.done = self._last_page(len(rows), total) or self.yielded == self.limit
        self.total = total
        return fresh

    def _unseen(self, rows: list[Any]) -> list[Any]:
        """The rows not yielded before: records added meanwhile push seen ones onto this page."""
        unseen = []
        for row in rows:
            identity = _identity(row)
            if identity is not None:
                if identity in self.seen:
                    continue
                self.seen.add(identity)
            unseen.append(row)
        return unseen

    def _unpack(self, data: Any) -> tuple[list[Any], int | None]:
        """(records, total) of an answer's `data`; absent parts read as none."""
        if isinstance(data, list):
            return data, None
        if self.paging.records is None or data is None:
            return [], None
        rows = getattr(data, self.paging.records, None)
        total = getattr(data, self.paging.total, None) if self.paging.total else None
        return (
            rows if isinstance(rows, list) else [],
            total if isinstance(total, int) and not isinstance(total, bool) else None,
        )

    def _last_page(self, count: int, total: int | None) -> bool:
        if self.paging.page is None or count == 0:
            return True
        if self.stale:
            # Nothing new: A2E ignored the page number, unless records added meanwhile (a grown
            # total) pushed a whole page of seen ones here; even then, not for ever.
            grown = total is not None and self.total is not None and total > self.total
            if grown and self.stale >= MAX_STALE_PAGES:
                # Stopping here may leave records unread: say so rather than end quietly (on
                # stderr too when the application configured no logging).
                scrubbed_logger(LOGGER_NAME).warning(
                    "paging stopped: %d pages in a row brought no new record while the list "
                    "kept growing; records not yet read may remain (list again to see them)",
                    self.stale,
                )
            if not grown or self.stale >= MAX_STALE_PAGES:
                return True
        if total is not None:
            # The latest total counts records added or deleted meanwhile; a page shorter than
            # asked for before it is A2E's own page size, and an empty page ends it anyway.
            return self.received >= total
        # Without a total, the last page is one shorter than the longest seen. Shorter than asked
        # for is not enough: A2E may cap the page size, so a short first page costs one more
        # request to tell which.
        self.largest = max(self.largest, count)
        return count < self.largest


def paginate(
    operation: ModuleType,
    *,
    client: Any,
    page_size: int | None = None,
    limit: int | None = None,
    **arguments: Any,
) -> Iterator[Any]:
    """Iterate the typed records of a list operation across all its pages, fetched lazily.

    operation: a generated list module, e.g. `a2e_client.api.face_swap.list_face_swap_tasks`.
    client: an `a2e.Client` (or any client the generated operations accept).
    page_size: records per request (default: the largest the spec allows, at most 100).
    limit: stop after this many records.
    arguments: the operation's other parameters (filters), sent with every page.

    Bad arguments raise `a2e.ConfigurationError` here, before any request; A2E's errors raise `a2e.A2EError`
    while iterating.
    """
    return _pages(_Pager(operation, page_size, limit, arguments), operation, client)


def _pages(pager: _Pager, operation: ModuleType, client: Any) -> Iterator[Any]:
    while (request := pager.request()) is not None:
        yield from pager.receive(unwrap(operation.sync_detailed(client=client, **request)))


def paginate_async(
    operation: ModuleType,
    *,
    client: Any,
    page_size: int | None = None,
    limit: int | None = None,
    **arguments: Any,
) -> AsyncIterator[Any]:
    """The async form of `paginate`: `async for record in a2e.paginate_async(...)`."""
    return _pages_async(_Pager(operation, page_size, limit, arguments), operation, client)


async def _pages_async(pager: _Pager, operation: ModuleType, client: Any) -> AsyncIterator[Any]:
    while (request := pager.request()) is not None:
        data = unwrap(await operation.asyncio_detailed(client=client, **request))
        for record in pager.receive(data):
            yield record
