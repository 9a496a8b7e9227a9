from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_training_envelope import AvatarTrainingEnvelope
from ...models.avatar_training_id_request import AvatarTrainingIdRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AvatarTrainingIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userVideoTwin/continueTraining",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarTrainingEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AvatarTrainingEnvelope.from_dict(response.json())

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
) -> Response[AvatarTrainingEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarTrainingIdRequest,
) -> Response[AvatarTrainingEnvelope | ErrorResponse]:
    """Train a personalised lip-sync model

     Optional second step after startAvatarTraining: trains a lip-sync model for this avatar so its
    videos look more natural. Costs one diamond; the model is ready after about two hours.

    Args:
        body (AvatarTrainingIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarTrainingEnvelope | ErrorResponse]
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
    body: AvatarTrainingIdRequest,
) -> AvatarTrainingEnvelope | ErrorResponse | None:
    """Train a personalised lip-sync model

     Optional second step after startAvatarTraining: trains a lip-sync model for this avatar so its
    videos look more natural. Costs one diamond; the model is ready after about two hours.

    Args:
        body (AvatarTrainingIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarTrainingEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarTrainingIdRequest,
) -> Response[AvatarTrainingEnvelope | ErrorResponse]:
    """Train a personalised lip-sync model

     Optional second step after startAvatarTraining: trains a lip-sync model for this avatar so its
    videos look more natural. Costs one diamond; the model is ready after about two hours.

    Args:
        body (AvatarTrainingIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AvatarTrainingEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AvatarTrainingIdRequest,
) -> AvatarTrainingEnvelope | ErrorResponse | None:
    """Train a personalised lip-sync model

     Optional second step after startAvatarTraining: trains a lip-sync model for this avatar so its
    videos look more natural. Costs one diamond; the model is ready after about two hours.

    Args:
        body (AvatarTrainingIdRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AvatarTrainingEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
