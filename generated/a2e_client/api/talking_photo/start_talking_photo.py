from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.start_talking_photo_request import StartTalkingPhotoRequest
from ...models.talking_photo_task_envelope import TalkingPhotoTaskEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: StartTalkingPhotoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/talkingPhoto/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TalkingPhotoTaskEnvelope | None:
    if response.status_code == 200:
        response_200 = TalkingPhotoTaskEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | TalkingPhotoTaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartTalkingPhotoRequest,
) -> Response[ErrorResponse | TalkingPhotoTaskEnvelope]:
    """Make a photo speak

     Starts a video of the person in `image_url` speaking `audio_url`, guided by `prompt`. Follow it with
    getTalkingPhotoTask (family `talking_photo`).

    Args:
        body (StartTalkingPhotoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TalkingPhotoTaskEnvelope]
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
    body: StartTalkingPhotoRequest,
) -> ErrorResponse | TalkingPhotoTaskEnvelope | None:
    """Make a photo speak

     Starts a video of the person in `image_url` speaking `audio_url`, guided by `prompt`. Follow it with
    getTalkingPhotoTask (family `talking_photo`).

    Args:
        body (StartTalkingPhotoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TalkingPhotoTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartTalkingPhotoRequest,
) -> Response[ErrorResponse | TalkingPhotoTaskEnvelope]:
    """Make a photo speak

     Starts a video of the person in `image_url` speaking `audio_url`, guided by `prompt`. Follow it with
    getTalkingPhotoTask (family `talking_photo`).

    Args:
        body (StartTalkingPhotoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TalkingPhotoTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartTalkingPhotoRequest,
) -> ErrorResponse | TalkingPhotoTaskEnvelope | None:
    """Make a photo speak

     Starts a video of the person in `image_url` speaking `audio_url`, guided by `prompt`. Follow it with
    getTalkingPhotoTask (family `talking_photo`).

    Args:
        body (StartTalkingPhotoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TalkingPhotoTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
