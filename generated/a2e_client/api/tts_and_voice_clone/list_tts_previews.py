from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.tts_preview_list_envelope import TtsPreviewListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    current: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["current"] = current

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tts/preview/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TtsPreviewListEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "list_tts_previews", TtsPreviewListEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_tts_previews")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TtsPreviewListEnvelope]:
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
    page_size: int | Unset = UNSET,
    current: int | Unset = UNSET,
) -> Response[TtsPreviewListEnvelope]:
    """List recent speech previews

     Pages through the caller's text-to-speech previews of the last 24 hours that were not deleted,
    newest first. Note the paging names: `current` and `pageSize`. A2E publishes no schema for the
    answer; it is typed as a plain list, as the one program that reads it expects, and each record keeps
    whatever fields A2E sends.

    Args:
        page_size (int | Unset): Records per page. A2E's default: 20.
        current (int | Unset): Page to return, counted from 1. A2E's default: 1.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[TtsPreviewListEnvelope]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        current=current,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    current: int | Unset = UNSET,
) -> TtsPreviewListEnvelope:
    """List recent speech previews

     Pages through the caller's text-to-speech previews of the last 24 hours that were not deleted,
    newest first. Note the paging names: `current` and `pageSize`. A2E publishes no schema for the
    answer; it is typed as a plain list, as the one program that reads it expects, and each record keeps
    whatever fields A2E sends.

    Args:
        page_size (int | Unset): Records per page. A2E's default: 20.
        current (int | Unset): Page to return, counted from 1. A2E's default: 1.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        TtsPreviewListEnvelope
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        current=current,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    current: int | Unset = UNSET,
) -> Response[TtsPreviewListEnvelope]:
    """List recent speech previews

     Pages through the caller's text-to-speech previews of the last 24 hours that were not deleted,
    newest first. Note the paging names: `current` and `pageSize`. A2E publishes no schema for the
    answer; it is typed as a plain list, as the one program that reads it expects, and each record keeps
    whatever fields A2E sends.

    Args:
        page_size (int | Unset): Records per page. A2E's default: 20.
        current (int | Unset): Page to return, counted from 1. A2E's default: 1.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[TtsPreviewListEnvelope]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        current=current,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    current: int | Unset = UNSET,
) -> TtsPreviewListEnvelope:
    """List recent speech previews

     Pages through the caller's text-to-speech previews of the last 24 hours that were not deleted,
    newest first. Note the paging names: `current` and `pageSize`. A2E publishes no schema for the
    answer; it is typed as a plain list, as the one program that reads it expects, and each record keeps
    whatever fields A2E sends.

    Args:
        page_size (int | Unset): Records per page. A2E's default: 20.
        current (int | Unset): Page to return, counted from 1. A2E's default: 1.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        TtsPreviewListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            current=current,
        )
    ).parsed
