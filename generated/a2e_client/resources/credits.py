"""The Credits section: `client.credits`.

Do not edit: `make generate` writes this file from openapi/a2e.yaml.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
import builtins
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, cast, overload

import httpx
from a2e.defaults import WAIT_TIMEOUT
from a2e.resources import AsyncResource, Operation, RawResponse, SyncResource

if TYPE_CHECKING:
    from a2e.tasks import AsyncTask, Task

    from ..models.credit_record import CreditRecord
    from ..models.generation_quote import GenerationQuote
    from ..models.quote_generation_request import QuoteGenerationRequest

_QUOTE_GENERATION = Operation(
    "credits_.quote_generation",
    "data",
    family=None,
    arguments={
        "endpoint": ("body", "endpoint"),
        "request_body": ("body", "requestBody"),
    },
    positional=(),
    required=("endpoint", "request_body"),
    urls=(),
    enums={},
)
_LIST_HISTORY = Operation(
    "credits_.list_credits_history",
    "page",
    family=None,
    arguments={
        "page_num": ("query", "pageNum"),
        "page_size": ("query", "pageSize"),
        "is_consumption": ("query", "is_consumption"),
        "start_date": ("query", "startDate"),
        "end_date": ("query", "endDate"),
    },
    positional=(),
    required=(),
    urls=(),
    enums={},
)


class CreditsResource(SyncResource):
    """Credits: 2 operations."""

    @property
    def with_raw_response(self) -> CreditsResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return CreditsResourceWithRawResponse(self._client)

    @overload
    def quote_generation(
        self,
        *,
        endpoint: str,
        request_body: Mapping[str, Any],
        body: QuoteGenerationRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> GenerationQuote: ...
    @overload
    def quote_generation(
        self,
        *,
        body: QuoteGenerationRequest | Mapping[str, Any],
        endpoint: str | None = None,
        request_body: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> GenerationQuote: ...
    def quote_generation(self, *args: Any, **kwargs: Any) -> GenerationQuote:
        """Estimate what a generation would cost.

        Prices a generation request before it is sent: give the path of a start operation in
        `endpoint` and the exact body you would send it in `requestBody`. Free: no task is made, no
        provider is called, nothing is charged. Only the fields that affect the price are read, so a
        quote does not prove that the request itself is valid (`generationRequestValidated` false
        says so). The older flat quote body is still accepted by A2E but not described here. Only
        `generationRequestValidated` is named by A2E; the estimate's other fields are kept as sent.

        Args:
            endpoint: Path of the start operation to price, such as /api/v1/userImage2Video/start; a
                leading "POST " may be included.
            request_body: The body you would send to that operation, exactly as you would send it.

        `quoteGeneration`: POST /api/v1/generation/quote
        """
        return cast("GenerationQuote", self._request(_QUOTE_GENERATION, args, kwargs))

    def list_history(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[CreditRecord]:
        """List the account's credit movements.

        Pages through the credits the account gained (purchases, grants: positive amounts) and spent
        (negative amounts), optionally one kind only or within a time window. A2E publishes no
        schema for the answer; it is typed as a list of records, as the one program that reads it
        expects first (it also tries `data.list`), and each record keeps whatever fields A2E sends.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.
            is_consumption: true for spending only, false for income only; leave out for both.
            start_date: Only records created at or after this moment (ISO 8601).
            end_date: Only records created at or before this moment (ISO 8601).

        `listCreditsHistory`: GET /api/v1/transactionRecord/creditsHistory
        """
        return cast(
            "Iterator[CreditRecord]", self._request(_LIST_HISTORY, (), locals())
        )


class AsyncCreditsResource(AsyncResource):
    """Credits: 2 operations."""

    @property
    def with_raw_response(self) -> AsyncCreditsResourceWithRawResponse:
        """These methods, answering a `RawResponse`: the HTTP status, headers and
        trace id beside the parsed value."""
        return AsyncCreditsResourceWithRawResponse(self._client)

    @overload
    async def quote_generation(
        self,
        *,
        endpoint: str,
        request_body: Mapping[str, Any],
        body: QuoteGenerationRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> GenerationQuote: ...
    @overload
    async def quote_generation(
        self,
        *,
        body: QuoteGenerationRequest | Mapping[str, Any],
        endpoint: str | None = None,
        request_body: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> GenerationQuote: ...
    async def quote_generation(self, *args: Any, **kwargs: Any) -> GenerationQuote:
        """Estimate what a generation would cost.

        Prices a generation request before it is sent: give the path of a start operation in
        `endpoint` and the exact body you would send it in `requestBody`. Free: no task is made, no
        provider is called, nothing is charged. Only the fields that affect the price are read, so a
        quote does not prove that the request itself is valid (`generationRequestValidated` false
        says so). The older flat quote body is still accepted by A2E but not described here. Only
        `generationRequestValidated` is named by A2E; the estimate's other fields are kept as sent.

        Args:
            endpoint: Path of the start operation to price, such as /api/v1/userImage2Video/start; a
                leading "POST " may be included.
            request_body: The body you would send to that operation, exactly as you would send it.

        `quoteGeneration`: POST /api/v1/generation/quote
        """
        return cast(
            "GenerationQuote", await self._arequest(_QUOTE_GENERATION, args, kwargs)
        )

    def list_history(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[CreditRecord]:
        """List the account's credit movements.

        Pages through the credits the account gained (purchases, grants: positive amounts) and spent
        (negative amounts), optionally one kind only or within a time window. A2E publishes no
        schema for the answer; it is typed as a list of records, as the one program that reads it
        expects first (it also tries `data.list`), and each record keeps whatever fields A2E sends.

        Args:
            page_num: Page to return, counted from 1.
            page_size: Records per page.
            is_consumption: true for spending only, false for income only; leave out for both.
            start_date: Only records created at or after this moment (ISO 8601).
            end_date: Only records created at or before this moment (ISO 8601).

        `listCreditsHistory`: GET /api/v1/transactionRecord/creditsHistory
        """
        return cast(
            "AsyncIterator[CreditRecord]", self._apages(_LIST_HISTORY, (), locals())
        )


class CreditsResourceWithRawResponse(SyncResource):
    """Credits: 2 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    def quote_generation(
        self,
        *,
        endpoint: str,
        request_body: Mapping[str, Any],
        body: QuoteGenerationRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[GenerationQuote]: ...
    @overload
    def quote_generation(
        self,
        *,
        body: QuoteGenerationRequest | Mapping[str, Any],
        endpoint: str | None = None,
        request_body: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[GenerationQuote]: ...
    def quote_generation(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[GenerationQuote]:
        return cast(
            "RawResponse[GenerationQuote]",
            self._request(_QUOTE_GENERATION, args, kwargs),
        )

    def list_history(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast("RawResponse[Any]", self._request(_LIST_HISTORY, (), locals()))


class AsyncCreditsResourceWithRawResponse(AsyncResource):
    """Credits: 2 operations, answering the raw HTTP response."""

    _raw = True

    @overload
    async def quote_generation(
        self,
        *,
        endpoint: str,
        request_body: Mapping[str, Any],
        body: QuoteGenerationRequest | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[GenerationQuote]: ...
    @overload
    async def quote_generation(
        self,
        *,
        body: QuoteGenerationRequest | Mapping[str, Any],
        endpoint: str | None = None,
        request_body: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[GenerationQuote]: ...
    async def quote_generation(
        self, *args: Any, **kwargs: Any
    ) -> RawResponse[GenerationQuote]:
        return cast(
            "RawResponse[GenerationQuote]",
            await self._arequest(_QUOTE_GENERATION, args, kwargs),
        )

    async def list_history(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
    ) -> RawResponse[Any]:
        return cast(
            "RawResponse[Any]", await self._arequest(_LIST_HISTORY, (), locals())
        )
