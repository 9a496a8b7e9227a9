from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.streaming_empty_envelope import StreamingEmptyEnvelope
from ...models.streaming_text_request import StreamingTextRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StreamingTextRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/streaming-avatar/set-qa-context",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StreamingEmptyEnvelope | None:
    if response.status_code == 200:
        response_200 = StreamingEmptyEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | StreamingEmptyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StreamingTextRequest,
) -> Response[ErrorResponse | StreamingEmptyEnvelope]:
    """Give the avatar knowledge to answer from

     Sets the text the avatar answers askStreamingAvatar questions from, for this session. For your own
    retrieval or LLM logic, use speakStreamingAvatar instead.

    Args:
        body (StreamingTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StreamingEmptyEnvelope]
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
    body: StreamingTextRequest,
) -> ErrorResponse | StreamingEmptyEnvelope | None:
    """Give the avatar knowledge to answer from

     Sets the text the avatar answers askStreamingAvatar questions from, for this session. For your own
    retrieval or LLM logic, use speakStreamingAvatar instead.

    Args:
        body (StreamingTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StreamingEmptyEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StreamingTextRequest,
) -> Response[ErrorResponse | StreamingEmptyEnvelope]:
    """Give the avatar knowledge to answer from

     Sets the text the avatar answers askStreamingAvatar questions from, for this session. For your own
    retrieval or LLM logic, use speakStreamingAvatar instead.

    Args:
        body (StreamingTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StreamingEmptyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StreamingTextRequest,
) -> ErrorResponse | StreamingEmptyEnvelope | None:
    """Give the avatar knowledge to answer from

     Sets the text the avatar answers askStreamingAvatar questions from, for this session. For your own
    retrieval or LLM logic, use speakStreamingAvatar instead.

    Args:
        body (StreamingTextRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StreamingEmptyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
