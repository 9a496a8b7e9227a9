from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_url_envelope import AudioUrlEnvelope
from ...models.error_response import ErrorResponse
from ...models.generate_tts_request import GenerateTtsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GenerateTtsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/send_tts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudioUrlEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AudioUrlEnvelope.from_dict(response.json())

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
) -> Response[AudioUrlEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTtsRequest,
) -> Response[AudioUrlEnvelope | ErrorResponse]:
    """Turn text into speech

     Speaks `msg` with a public voice (`tts_id`, from listVoices) or a cloned one (`user_voice_id`, with
    `country` and `region`); one of the two is needed. API callers may send up to 1000 characters. The
    answer's `data` is the address of the audio file. The captcha fields are for A2E's web app only.

    Args:
        body (GenerateTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioUrlEnvelope | ErrorResponse]
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
    body: GenerateTtsRequest,
) -> AudioUrlEnvelope | ErrorResponse | None:
    """Turn text into speech

     Speaks `msg` with a public voice (`tts_id`, from listVoices) or a cloned one (`user_voice_id`, with
    `country` and `region`); one of the two is needed. API callers may send up to 1000 characters. The
    answer's `data` is the address of the audio file. The captcha fields are for A2E's web app only.

    Args:
        body (GenerateTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioUrlEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTtsRequest,
) -> Response[AudioUrlEnvelope | ErrorResponse]:
    """Turn text into speech

     Speaks `msg` with a public voice (`tts_id`, from listVoices) or a cloned one (`user_voice_id`, with
    `country` and `region`); one of the two is needed. API callers may send up to 1000 characters. The
    answer's `data` is the address of the audio file. The captcha fields are for A2E's web app only.

    Args:
        body (GenerateTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioUrlEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateTtsRequest,
) -> AudioUrlEnvelope | ErrorResponse | None:
    """Turn text into speech

     Speaks `msg` with a public voice (`tts_id`, from listVoices) or a cloned one (`user_voice_id`, with
    `country` and `region`); one of the two is needed. API callers may send up to 1000 characters. The
    answer's `data` is the address of the audio file. The captcha fields are for A2E's web app only.

    Args:
        body (GenerateTtsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioUrlEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
