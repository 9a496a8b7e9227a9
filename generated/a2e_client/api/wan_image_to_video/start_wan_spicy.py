from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.start_wan_spicy_request import StartWanSpicyRequest
from ...models.wan_spicy_task_envelope import WanSpicyTaskEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: StartWanSpicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWanSpicy/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | WanSpicyTaskEnvelope | None:
    if response.status_code == 200:
        response_200 = WanSpicyTaskEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | WanSpicyTaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartWanSpicyRequest,
) -> Response[ErrorResponse | WanSpicyTaskEnvelope]:
    """Animate an image with Wan Spicy

     Starts a Wan Spicy image-to-video task, which A2E runs through an outside provider (mulerouter.ai /
    carrothub). wan2.7-i2v-spicy (the default) can add sound, renders 720p or 1080p and lasts 2 to 15
    seconds; wan2.2-i2v-spicy is silent, renders 480p or 720p and lasts 5 or 8 seconds. The answer is
    typed from the family's other operations (A2E publishes no schema for it). Follow it with
    getWanSpicyTask (family `wan_spicy`).

    Args:
        body (StartWanSpicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WanSpicyTaskEnvelope]
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
    body: StartWanSpicyRequest,
) -> ErrorResponse | WanSpicyTaskEnvelope | None:
    """Animate an image with Wan Spicy

     Starts a Wan Spicy image-to-video task, which A2E runs through an outside provider (mulerouter.ai /
    carrothub). wan2.7-i2v-spicy (the default) can add sound, renders 720p or 1080p and lasts 2 to 15
    seconds; wan2.2-i2v-spicy is silent, renders 480p or 720p and lasts 5 or 8 seconds. The answer is
    typed from the family's other operations (A2E publishes no schema for it). Follow it with
    getWanSpicyTask (family `wan_spicy`).

    Args:
        body (StartWanSpicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WanSpicyTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartWanSpicyRequest,
) -> Response[ErrorResponse | WanSpicyTaskEnvelope]:
    """Animate an image with Wan Spicy

     Starts a Wan Spicy image-to-video task, which A2E runs through an outside provider (mulerouter.ai /
    carrothub). wan2.7-i2v-spicy (the default) can add sound, renders 720p or 1080p and lasts 2 to 15
    seconds; wan2.2-i2v-spicy is silent, renders 480p or 720p and lasts 5 or 8 seconds. The answer is
    typed from the family's other operations (A2E publishes no schema for it). Follow it with
    getWanSpicyTask (family `wan_spicy`).

    Args:
        body (StartWanSpicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | WanSpicyTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartWanSpicyRequest,
) -> ErrorResponse | WanSpicyTaskEnvelope | None:
    """Animate an image with Wan Spicy

     Starts a Wan Spicy image-to-video task, which A2E runs through an outside provider (mulerouter.ai /
    carrothub). wan2.7-i2v-spicy (the default) can add sound, renders 720p or 1080p and lasts 2 to 15
    seconds; wan2.2-i2v-spicy is silent, renders 480p or 720p and lasts 5 or 8 seconds. The answer is
    typed from the family's other operations (A2E publishes no schema for it). Follow it with
    getWanSpicyTask (family `wan_spicy`).

    Args:
        body (StartWanSpicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | WanSpicyTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
