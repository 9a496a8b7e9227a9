from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_avatar_tag_list_envelope import CustomAvatarTagListEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/custom_avatar/all_tags",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomAvatarTagListEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomAvatarTagListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomAvatarTagListEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomAvatarTagListEnvelope | ErrorResponse]:
    """List the tags of the caller's avatars

     Returns the distinct tags used to organise and filter the caller's custom avatars. A2E publishes no
    schema; the answer is typed as a list of tag names (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAvatarTagListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> CustomAvatarTagListEnvelope | ErrorResponse | None:
    """List the tags of the caller's avatars

     Returns the distinct tags used to organise and filter the caller's custom avatars. A2E publishes no
    schema; the answer is typed as a list of tag names (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAvatarTagListEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomAvatarTagListEnvelope | ErrorResponse]:
    """List the tags of the caller's avatars

     Returns the distinct tags used to organise and filter the caller's custom avatars. A2E publishes no
    schema; the answer is typed as a list of tag names (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomAvatarTagListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> CustomAvatarTagListEnvelope | ErrorResponse | None:
    """List the tags of the caller's avatars

     Returns the distinct tags used to organise and filter the caller's custom avatars. A2E publishes no
    schema; the answer is typed as a list of tag names (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomAvatarTagListEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
