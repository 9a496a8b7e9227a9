from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userVideoTwin/upload",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "upload_video_twin_file", Envelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "upload_video_twin_file")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope]:
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
) -> Response[Envelope]:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Envelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Envelope:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Envelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Envelope]:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Envelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Envelope:
    """Upload footage for a video twin

     The web app's upload step for video twin footage. A2E's catalog lists no request body (the file form
    is unknown), so this operation sends none; to train from a file, upload it with getUploadUrl and
    pass the address to startAvatarTraining. A2E's catalog declares a `{success, data, timestamp}`
    answer; this spec types it as A2E's usual envelope with `data` left open.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Envelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
