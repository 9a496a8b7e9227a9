import datetime
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.credit_record_list_envelope import CreditRecordListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_consumption: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params["is_consumption"] = is_consumption

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/transactionRecord/creditsHistory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditRecordListEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "list_credits_history", CreditRecordListEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_credits_history")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditRecordListEnvelope]:
    # Parsed first: an undocumented status (520, 299...) must end in a2e's error, not in
    # HTTPStatus refusing a number it does not know.
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_consumption: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[CreditRecordListEnvelope]:
    """List the account's credit movements

     Pages through the credits the account gained (purchases, grants: positive amounts) and spent
    (negative amounts), optionally one kind only or within a time window. A2E publishes no schema for
    the answer; it is typed as a list of records, as the one program that reads it expects first (it
    also tries `data.list`), and each record keeps whatever fields A2E sends.

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page. A2E's default: 10.
        is_consumption (bool | Unset): true for spending only, false for income only; leave out
            for both.
        start_date (datetime.datetime | Unset): Only records created at or after this moment (ISO
            8601).
        end_date (datetime.datetime | Unset): Only records created at or before this moment (ISO
            8601).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[CreditRecordListEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        is_consumption=is_consumption,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_consumption: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> CreditRecordListEnvelope:
    """List the account's credit movements

     Pages through the credits the account gained (purchases, grants: positive amounts) and spent
    (negative amounts), optionally one kind only or within a time window. A2E publishes no schema for
    the answer; it is typed as a list of records, as the one program that reads it expects first (it
    also tries `data.list`), and each record keeps whatever fields A2E sends.

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page. A2E's default: 10.
        is_consumption (bool | Unset): true for spending only, false for income only; leave out
            for both.
        start_date (datetime.datetime | Unset): Only records created at or after this moment (ISO
            8601).
        end_date (datetime.datetime | Unset): Only records created at or before this moment (ISO
            8601).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        CreditRecordListEnvelope
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
        is_consumption=is_consumption,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_consumption: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> Response[CreditRecordListEnvelope]:
    """List the account's credit movements

     Pages through the credits the account gained (purchases, grants: positive amounts) and spent
    (negative amounts), optionally one kind only or within a time window. A2E publishes no schema for
    the answer; it is typed as a list of records, as the one program that reads it expects first (it
    also tries `data.list`), and each record keeps whatever fields A2E sends.

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page. A2E's default: 10.
        is_consumption (bool | Unset): true for spending only, false for income only; leave out
            for both.
        start_date (datetime.datetime | Unset): Only records created at or after this moment (ISO
            8601).
        end_date (datetime.datetime | Unset): Only records created at or before this moment (ISO
            8601).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[CreditRecordListEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        is_consumption=is_consumption,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    is_consumption: bool | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
) -> CreditRecordListEnvelope:
    """List the account's credit movements

     Pages through the credits the account gained (purchases, grants: positive amounts) and spent
    (negative amounts), optionally one kind only or within a time window. A2E publishes no schema for
    the answer; it is typed as a list of records, as the one program that reads it expects first (it
    also tries `data.list`), and each record keeps whatever fields A2E sends.

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page. A2E's default: 10.
        is_consumption (bool | Unset): true for spending only, false for income only; leave out
            for both.
        start_date (datetime.datetime | Unset): Only records created at or after this moment (ISO
            8601).
        end_date (datetime.datetime | Unset): Only records created at or before this moment (ISO
            8601).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        CreditRecordListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
            is_consumption=is_consumption,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
