from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.system_voice_list_envelope import SystemVoiceListEnvelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/anchor/tts_list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SystemVoiceListEnvelope | None:
    if response.status_code == 200:
        response_200 = SystemVoiceListEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | SystemVoiceListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SystemVoiceListEnvelope]:
    """List A2E's system TTS voices

     Returns the preset voices of A2E's text-to-speech as a flat list; a voice's `_id` is what
    generateTts takes as `tts_id`. No body is needed (clients send `{}` or nothing). A2E publishes no
    schema for the answer: the item fields are the ones a third-party program reads (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SystemVoiceListEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SystemVoiceListEnvelope | None:
    """List A2E's system TTS voices

     Returns the preset voices of A2E's text-to-speech as a flat list; a voice's `_id` is what
    generateTts takes as `tts_id`. No body is needed (clients send `{}` or nothing). A2E publishes no
    schema for the answer: the item fields are the ones a third-party program reads (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SystemVoiceListEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SystemVoiceListEnvelope]:
    """List A2E's system TTS voices

     Returns the preset voices of A2E's text-to-speech as a flat list; a voice's `_id` is what
    generateTts takes as `tts_id`. No body is needed (clients send `{}` or nothing). A2E publishes no
    schema for the answer: the item fields are the ones a third-party program reads (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SystemVoiceListEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SystemVoiceListEnvelope | None:
    """List A2E's system TTS voices

     Returns the preset voices of A2E's text-to-speech as a flat list; a voice's `_id` is what
    generateTts takes as `tts_id`. No body is needed (clients send `{}` or nothing). A2E publishes no
    schema for the answer: the item fields are the ones a third-party program reads (unverified).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SystemVoiceListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
