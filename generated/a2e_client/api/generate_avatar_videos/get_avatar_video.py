from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_video_envelope import AvatarVideoEnvelope
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    video_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["video_id"] = video_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/video/detail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarVideoEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AvatarVideoEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AvatarVideoEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> Response[AvatarVideoEnvelope | ErrorResponse]:
    """Read one avatar video

     Returns one avatar video by id. Listed in A2E's catalog; its answer is typed like
    getAvatarVideoResult's items (uncertain).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> AvatarVideoEnvelope | ErrorResponse | None:
    """Read one avatar video

     Returns one avatar video by id. Listed in A2E's catalog; its answer is typed like
    getAvatarVideoResult's items (uncertain).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        video_id=video_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> Response[AvatarVideoEnvelope | ErrorResponse]:
    """Read one avatar video

     Returns one avatar video by id. Listed in A2E's catalog; its answer is typed like
    getAvatarVideoResult's items (uncertain).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    video_id: str,
) -> AvatarVideoEnvelope | ErrorResponse | None:
    """Read one avatar video

     Returns one avatar video by id. Listed in A2E's catalog; its answer is typed like
    getAvatarVideoResult's items (uncertain).

    Args:
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            video_id=video_id,
        )
    ).parsed
