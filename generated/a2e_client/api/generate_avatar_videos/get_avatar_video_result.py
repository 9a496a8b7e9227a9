from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_video_id_request import AvatarVideoIdRequest
from ...models.avatar_video_list_envelope import AvatarVideoListEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AvatarVideoIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/awsResult",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarVideoListEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AvatarVideoListEnvelope.from_dict(response.json())

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
) -> Response[AvatarVideoListEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarVideoIdRequest,
) -> Response[AvatarVideoListEnvelope | ErrorResponse]:
    """Status of one avatar video (POST form)

     Returns the avatar video `_id` as a one-element list: status, progress and result address.

    Args:
        body (AvatarVideoIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarVideoIdRequest,
) -> AvatarVideoListEnvelope | ErrorResponse | None:
    """Status of one avatar video (POST form)

     Returns the avatar video `_id` as a one-element list: status, progress and result address.

    Args:
        body (AvatarVideoIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoListEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarVideoIdRequest,
) -> Response[AvatarVideoListEnvelope | ErrorResponse]:
    """Status of one avatar video (POST form)

     Returns the avatar video `_id` as a one-element list: status, progress and result address.

    Args:
        body (AvatarVideoIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarVideoListEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarVideoIdRequest,
) -> AvatarVideoListEnvelope | ErrorResponse | None:
    """Status of one avatar video (POST form)

     Returns the avatar video `_id` as a one-element list: status, progress and result address.

    Args:
        body (AvatarVideoIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarVideoListEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
