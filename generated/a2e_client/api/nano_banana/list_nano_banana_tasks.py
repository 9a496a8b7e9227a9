from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.list_nano_banana_tasks_status import (
    ListNanoBananaTasksStatus,
)
from ...models.nano_banana_task_page_envelope import NanoBananaTaskPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_num: int,
    page_size: int,
    status: ListNanoBananaTasksStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/userNanoBanana/allRecords",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NanoBananaTaskPageEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "list_nano_banana_tasks",
            NanoBananaTaskPageEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_nano_banana_tasks")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[NanoBananaTaskPageEnvelope]:
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
    page_num: int,
    page_size: int,
    status: ListNanoBananaTasksStatus | Unset = UNSET,
) -> Response[NanoBananaTaskPageEnvelope]:
    """List Nano Banana tasks

     Pages through the caller's Nano Banana tasks, optionally only those in one status; `count` is the
    total over all pages. The page shape `{rows, count}` is assumed from A2E's other lists (A2E
    publishes no schema for it).

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).
        status (ListNanoBananaTasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[NanoBananaTaskPageEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int,
    status: ListNanoBananaTasksStatus | Unset = UNSET,
) -> NanoBananaTaskPageEnvelope:
    """List Nano Banana tasks

     Pages through the caller's Nano Banana tasks, optionally only those in one status; `count` is the
    total over all pages. The page shape `{rows, count}` is assumed from A2E's other lists (A2E
    publishes no schema for it).

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).
        status (ListNanoBananaTasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        NanoBananaTaskPageEnvelope
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int,
    status: ListNanoBananaTasksStatus | Unset = UNSET,
) -> Response[NanoBananaTaskPageEnvelope]:
    """List Nano Banana tasks

     Pages through the caller's Nano Banana tasks, optionally only those in one status; `count` is the
    total over all pages. The page shape `{rows, count}` is assumed from A2E's other lists (A2E
    publishes no schema for it).

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).
        status (ListNanoBananaTasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[NanoBananaTaskPageEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int,
    status: ListNanoBananaTasksStatus | Unset = UNSET,
) -> NanoBananaTaskPageEnvelope:
    """List Nano Banana tasks

     Pages through the caller's Nano Banana tasks, optionally only those in one status; `count` is the
    total over all pages. The page shape `{rows, count}` is assumed from A2E's other lists (A2E
    publishes no schema for it).

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).
        status (ListNanoBananaTasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        NanoBananaTaskPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
            status=status,
        )
    ).parsed
