from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.face_swap_task_page_envelope import FaceSwapTaskPageEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    page_num: int,
    page_size: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/userFaceSwapTask/records",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FaceSwapTaskPageEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "list_face_swap_tasks", FaceSwapTaskPageEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_face_swap_tasks")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceSwapTaskPageEnvelope]:
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
) -> Response[FaceSwapTaskPageEnvelope]:
    """List face swap tasks, a page at a time

     Pages through the caller's face swap tasks, newest first. `count` is the total number
    of tasks, not the size of this page.

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[FaceSwapTaskPageEnvelope]
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
    page_num: int,
    page_size: int,
) -> FaceSwapTaskPageEnvelope:
    """List face swap tasks, a page at a time

     Pages through the caller's face swap tasks, newest first. `count` is the total number
    of tasks, not the size of this page.

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        FaceSwapTaskPageEnvelope
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int,
    page_size: int,
) -> Response[FaceSwapTaskPageEnvelope]:
    """List face swap tasks, a page at a time

     Pages through the caller's face swap tasks, newest first. `count` is the total number
    of tasks, not the size of this page.

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[FaceSwapTaskPageEnvelope]
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
    page_num: int,
    page_size: int,
) -> FaceSwapTaskPageEnvelope:
    """List face swap tasks, a page at a time

     Pages through the caller's face swap tasks, newest first. `count` is the total number
    of tasks, not the size of this page.

    Args:
        page_num (int): Page to return, counted from 1 (send 1 for the first page).
        page_size (int): Records per page, at most 100 (A2E's pages default to 10).

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        FaceSwapTaskPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
        )
    ).parsed
