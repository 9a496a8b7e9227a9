from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.start_virtual_try_on_request import StartVirtualTryOnRequest
from ...models.virtual_try_on_task_envelope import VirtualTryOnTaskEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: StartVirtualTryOnRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/virtualTryOn/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VirtualTryOnTaskEnvelope | None:
    if response.status_code == 200:
        response_200 = VirtualTryOnTaskEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | VirtualTryOnTaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartVirtualTryOnRequest,
) -> Response[ErrorResponse | VirtualTryOnTaskEnvelope]:
    """Dress a person in a garment

     Starts dressing the person of the first image in the clothing of the second. A2E's catalog describes
    two addresses (person, clothing); the programs seen calling it send four: person, person mask,
    clothing, clothing mask. Follow it with getVirtualTryOnTask (family `virtual_try_on`).

    Args:
        body (StartVirtualTryOnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VirtualTryOnTaskEnvelope]
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
    body: StartVirtualTryOnRequest,
) -> ErrorResponse | VirtualTryOnTaskEnvelope | None:
    """Dress a person in a garment

     Starts dressing the person of the first image in the clothing of the second. A2E's catalog describes
    two addresses (person, clothing); the programs seen calling it send four: person, person mask,
    clothing, clothing mask. Follow it with getVirtualTryOnTask (family `virtual_try_on`).

    Args:
        body (StartVirtualTryOnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VirtualTryOnTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartVirtualTryOnRequest,
) -> Response[ErrorResponse | VirtualTryOnTaskEnvelope]:
    """Dress a person in a garment

     Starts dressing the person of the first image in the clothing of the second. A2E's catalog describes
    two addresses (person, clothing); the programs seen calling it send four: person, person mask,
    clothing, clothing mask. Follow it with getVirtualTryOnTask (family `virtual_try_on`).

    Args:
        body (StartVirtualTryOnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VirtualTryOnTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartVirtualTryOnRequest,
) -> ErrorResponse | VirtualTryOnTaskEnvelope | None:
    """Dress a person in a garment

     Starts dressing the person of the first image in the clothing of the second. A2E's catalog describes
    two addresses (person, clothing); the programs seen calling it send four: person, person mask,
    clothing, clothing mask. Follow it with getVirtualTryOnTask (family `virtual_try_on`).

    Args:
        body (StartVirtualTryOnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VirtualTryOnTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
