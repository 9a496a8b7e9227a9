from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.photobook_task_envelope import PhotobookTaskEnvelope
from ...models.start_photobook_request import StartPhotobookRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartPhotobookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userPhotobook/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PhotobookTaskEnvelope | None:
    if response.status_code == 200:
        response_200 = PhotobookTaskEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | PhotobookTaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartPhotobookRequest,
) -> Response[ErrorResponse | PhotobookTaskEnvelope]:
    """Make a photobook from a face photo

     Starts a photobook: 4, 8, 12 or 16 photos (`total_count`) of the person in `face_image_url`, placed
    in the scene and clothing the prompts describe. It runs in the background: follow it with
    getPhotobookTask (family `photobook`). The answer is typed from the family's other operations and
    A2E's other image families (A2E publishes no response schema for it).

    Args:
        body (StartPhotobookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhotobookTaskEnvelope]
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
    body: StartPhotobookRequest,
) -> ErrorResponse | PhotobookTaskEnvelope | None:
    """Make a photobook from a face photo

     Starts a photobook: 4, 8, 12 or 16 photos (`total_count`) of the person in `face_image_url`, placed
    in the scene and clothing the prompts describe. It runs in the background: follow it with
    getPhotobookTask (family `photobook`). The answer is typed from the family's other operations and
    A2E's other image families (A2E publishes no response schema for it).

    Args:
        body (StartPhotobookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhotobookTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartPhotobookRequest,
) -> Response[ErrorResponse | PhotobookTaskEnvelope]:
    """Make a photobook from a face photo

     Starts a photobook: 4, 8, 12 or 16 photos (`total_count`) of the person in `face_image_url`, placed
    in the scene and clothing the prompts describe. It runs in the background: follow it with
    getPhotobookTask (family `photobook`). The answer is typed from the family's other operations and
    A2E's other image families (A2E publishes no response schema for it).

    Args:
        body (StartPhotobookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhotobookTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartPhotobookRequest,
) -> ErrorResponse | PhotobookTaskEnvelope | None:
    """Make a photobook from a face photo

     Starts a photobook: 4, 8, 12 or 16 photos (`total_count`) of the person in `face_image_url`, placed
    in the scene and clothing the prompts describe. It runs in the background: follow it with
    getPhotobookTask (family `photobook`). The answer is typed from the family's other operations and
    A2E's other image families (A2E publishes no response schema for it).

    Args:
        body (StartPhotobookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhotobookTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
