from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userVideoTwin/upload",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Envelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | ErrorResponse]:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Envelope | ErrorResponse | None:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope | ErrorResponse]:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Envelope | ErrorResponse | None:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
