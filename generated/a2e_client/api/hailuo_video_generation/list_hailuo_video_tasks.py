from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.hailuo_video_task_page_envelope import HailuoVideoTaskPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/hailuoVideo/allRecords",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HailuoVideoTaskPageEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "list_hailuo_video_tasks",
            HailuoVideoTaskPageEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_hailuo_video_tasks")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HailuoVideoTaskPageEnvelope]:
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
) -> Response[HailuoVideoTaskPageEnvelope]:
    """List Hailuo video tasks

     Pages through the caller's Hailuo video tasks; `count` is the total over all pages. The page shape
    (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for it).

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page (A2E's default here is 10). A2E's default: 10.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[HailuoVideoTaskPageEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
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
) -> HailuoVideoTaskPageEnvelope:
    """List Hailuo video tasks

     Pages through the caller's Hailuo video tasks; `count` is the total over all pages. The page shape
    (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for it).

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page (A2E's default here is 10). A2E's default: 10.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        HailuoVideoTaskPageEnvelope
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[HailuoVideoTaskPageEnvelope]:
    """List Hailuo video tasks

     Pages through the caller's Hailuo video tasks; `count` is the total over all pages. The page shape
    (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for it).

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page (A2E's default here is 10). A2E's default: 10.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[HailuoVideoTaskPageEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> HailuoVideoTaskPageEnvelope:
    """List Hailuo video tasks

     Pages through the caller's Hailuo video tasks; `count` is the total over all pages. The page shape
    (`rows`, `count`) follows A2E's other task lists (A2E publishes no schema for it).

    Args:
        page_num (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Records per page (A2E's default here is 10). A2E's default: 10.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        HailuoVideoTaskPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
