from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.start_wan_30_video_request import StartWan30VideoRequest
from ...models.wan_30_video_start_envelope import Wan30VideoStartEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: StartWan30VideoRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWan30/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Wan30VideoStartEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "start_wan_30_video", Wan30VideoStartEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    if response.status_code == 503:
        raise refusal(response)
    raise unexpected_answer(response, "start_wan_30_video")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Wan30VideoStartEnvelope]:
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
    body: StartWan30VideoRequest | Mapping[str, Any],
) -> Response[Wan30VideoStartEnvelope]:
    """Make a Wan 3.0 video

     Starts a video on Wan 3.0, one model for four modes (`mode`): from text, from a first frame, between
    a first and a last frame, or from references. References go in `input.media` and may be images,
    clips of 3 to 15 seconds, audio, files or web pages. wan3.0-video-prime is faster and dearer than
    wan3.0-video. There is no negative prompt. A2E answers 503 when the provider or the Wan 3.0 prices
    are not set up on its side.

    A2E's catalog has no operation that reads, lists or deletes a Wan 3.0 task, and does not say that
    another family's operations do, so this is not a task family: pass `webhook_url` and wait for the
    `taskFinished` webhook. The answer's `data` is typed loosely from the other start operations (A2E
    declares only an untyped object).

    Args:
        body (StartWan30VideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Wan30VideoStartEnvelope]
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
    body: StartWan30VideoRequest | Mapping[str, Any],
) -> Wan30VideoStartEnvelope:
    """Make a Wan 3.0 video

     Starts a video on Wan 3.0, one model for four modes (`mode`): from text, from a first frame, between
    a first and a last frame, or from references. References go in `input.media` and may be images,
    clips of 3 to 15 seconds, audio, files or web pages. wan3.0-video-prime is faster and dearer than
    wan3.0-video. There is no negative prompt. A2E answers 503 when the provider or the Wan 3.0 prices
    are not set up on its side.

    A2E's catalog has no operation that reads, lists or deletes a Wan 3.0 task, and does not say that
    another family's operations do, so this is not a task family: pass `webhook_url` and wait for the
    `taskFinished` webhook. The answer's `data` is typed loosely from the other start operations (A2E
    declares only an untyped object).

    Args:
        body (StartWan30VideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Wan30VideoStartEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartWan30VideoRequest | Mapping[str, Any],
) -> Response[Wan30VideoStartEnvelope]:
    """Make a Wan 3.0 video

     Starts a video on Wan 3.0, one model for four modes (`mode`): from text, from a first frame, between
    a first and a last frame, or from references. References go in `input.media` and may be images,
    clips of 3 to 15 seconds, audio, files or web pages. wan3.0-video-prime is faster and dearer than
    wan3.0-video. There is no negative prompt. A2E answers 503 when the provider or the Wan 3.0 prices
    are not set up on its side.

    A2E's catalog has no operation that reads, lists or deletes a Wan 3.0 task, and does not say that
    another family's operations do, so this is not a task family: pass `webhook_url` and wait for the
    `taskFinished` webhook. The answer's `data` is typed loosely from the other start operations (A2E
    declares only an untyped object).

    Args:
        body (StartWan30VideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Wan30VideoStartEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartWan30VideoRequest | Mapping[str, Any],
) -> Wan30VideoStartEnvelope:
    """Make a Wan 3.0 video

     Starts a video on Wan 3.0, one model for four modes (`mode`): from text, from a first frame, between
    a first and a last frame, or from references. References go in `input.media` and may be images,
    clips of 3 to 15 seconds, audio, files or web pages. wan3.0-video-prime is faster and dearer than
    wan3.0-video. There is no negative prompt. A2E answers 503 when the provider or the Wan 3.0 prices
    are not set up on its side.

    A2E's catalog has no operation that reads, lists or deletes a Wan 3.0 task, and does not say that
    another family's operations do, so this is not a task family: pass `webhook_url` and wait for the
    `taskFinished` webhook. The answer's `data` is typed loosely from the other start operations (A2E
    declares only an untyped object).

    Args:
        body (StartWan30VideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Wan30VideoStartEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
