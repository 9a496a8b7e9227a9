from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.qa_context_envelope import QaContextEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    avatar_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["avatar_id"] = avatar_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/streaming-avatar/get_qa_context",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> QaContextEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "get_streaming_qa_context", QaContextEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "get_streaming_qa_context")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[QaContextEnvelope]:
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
    avatar_id: str,
) -> Response[QaContextEnvelope]:
    """Read the avatar's knowledge text

     Returns the text set with setStreamingQaContext.
    Unverified: only one third-party client calls this path; no A2E page shows it.

    Args:
        avatar_id (str): The streaming avatar.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[QaContextEnvelope]
    """

    kwargs = _get_kwargs(
        avatar_id=avatar_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    avatar_id: str,
) -> QaContextEnvelope:
    """Read the avatar's knowledge text

     Returns the text set with setStreamingQaContext.
    Unverified: only one third-party client calls this path; no A2E page shows it.

    Args:
        avatar_id (str): The streaming avatar.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        QaContextEnvelope
    """

    return sync_detailed(
        client=client,
        avatar_id=avatar_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    avatar_id: str,
) -> Response[QaContextEnvelope]:
    """Read the avatar's knowledge text

     Returns the text set with setStreamingQaContext.
    Unverified: only one third-party client calls this path; no A2E page shows it.

    Args:
        avatar_id (str): The streaming avatar.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[QaContextEnvelope]
    """

    kwargs = _get_kwargs(
        avatar_id=avatar_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    avatar_id: str,
) -> QaContextEnvelope:
    """Read the avatar's knowledge text

     Returns the text set with setStreamingQaContext.
    Unverified: only one third-party client calls this path; no A2E page shows it.

    Args:
        avatar_id (str): The streaming avatar.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        QaContextEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            avatar_id=avatar_id,
        )
    ).parsed
