from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.voice_option_list_envelope import VoiceOptionListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    voice_map_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    params["region"] = region

    params["voice_map_type"] = voice_map_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/anchor/voice_list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VoiceOptionListEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "list_voices", VoiceOptionListEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_voices")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VoiceOptionListEnvelope]:
    # Parsed first: an undocumented status (520, 299...) must end in a2e's error, not in
    # HTTPStatus refusing a number it does not know.
    parsed = _parse_response(client=client, response=response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    voice_map_type: str | Unset = UNSET,
) -> Response[VoiceOptionListEnvelope]:
    """List A2E's public TTS voices

     Lists the public voices for a locale, grouped (for example by gender). The `value` of a voice is the
    `tts_id` that generateTts takes. The answer is typed from the fields clients read; A2E published no
    example.

    Args:
        country (str | Unset): Language part of the locale. A2E's default: 'en'.
        region (str | Unset): Region part of the locale. A2E's default: 'US'.
        voice_map_type (str | Unset): Locale the voices are mapped to. A2E's default: 'en-US'.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[VoiceOptionListEnvelope]
    """

    kwargs = _get_kwargs(
        country=country,
        region=region,
        voice_map_type=voice_map_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    voice_map_type: str | Unset = UNSET,
) -> VoiceOptionListEnvelope:
    """List A2E's public TTS voices

     Lists the public voices for a locale, grouped (for example by gender). The `value` of a voice is the
    `tts_id` that generateTts takes. The answer is typed from the fields clients read; A2E published no
    example.

    Args:
        country (str | Unset): Language part of the locale. A2E's default: 'en'.
        region (str | Unset): Region part of the locale. A2E's default: 'US'.
        voice_map_type (str | Unset): Locale the voices are mapped to. A2E's default: 'en-US'.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        VoiceOptionListEnvelope
    """

    return sync_detailed(
        client=client,
        country=country,
        region=region,
        voice_map_type=voice_map_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    voice_map_type: str | Unset = UNSET,
) -> Response[VoiceOptionListEnvelope]:
    """List A2E's public TTS voices

     Lists the public voices for a locale, grouped (for example by gender). The `value` of a voice is the
    `tts_id` that generateTts takes. The answer is typed from the fields clients read; A2E published no
    example.

    Args:
        country (str | Unset): Language part of the locale. A2E's default: 'en'.
        region (str | Unset): Region part of the locale. A2E's default: 'US'.
        voice_map_type (str | Unset): Locale the voices are mapped to. A2E's default: 'en-US'.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[VoiceOptionListEnvelope]
    """

    kwargs = _get_kwargs(
        country=country,
        region=region,
        voice_map_type=voice_map_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    region: str | Unset = UNSET,
    voice_map_type: str | Unset = UNSET,
) -> VoiceOptionListEnvelope:
    """List A2E's public TTS voices

     Lists the public voices for a locale, grouped (for example by gender). The `value` of a voice is the
    `tts_id` that generateTts takes. The answer is typed from the fields clients read; A2E published no
    example.

    Args:
        country (str | Unset): Language part of the locale. A2E's default: 'en'.
        region (str | Unset): Region part of the locale. A2E's default: 'US'.
        voice_map_type (str | Unset): Locale the voices are mapped to. A2E's default: 'en-US'.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        VoiceOptionListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            region=region,
            voice_map_type=voice_map_type,
        )
    ).parsed
