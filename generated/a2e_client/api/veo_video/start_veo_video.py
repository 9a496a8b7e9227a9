from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.start_veo_video_request import StartVeoVideoRequest
from ...models.veo_video_task_envelope import VeoVideoTaskEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: StartVeoVideoRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/veoVideo/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VeoVideoTaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "start_veo_video", VeoVideoTaskEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "start_veo_video")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VeoVideoTaskEnvelope]:
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
    body: StartVeoVideoRequest | Mapping[str, Any],
) -> Response[VeoVideoTaskEnvelope]:
    """Make a video with Veo 3.1

     Starts a Veo 3.1 video from the prompt alone (TEXT_2_VIDEO), from a first and optionally a last
    frame (FIRST_AND_LAST_FRAMES_2_VIDEO, 1-2 images) or from reference images (REFERENCE_2_VIDEO, 1-3
    images). `prompt` must be sent but may be empty, in which case A2E substitutes a stock prompt. Only
    16:9 videos can later be fetched in 1080p with getVeoVideo1080p. Follow it with getVeoVideo (family
    `veo_video`). The answer is typed from A2E's other video families (A2E publishes no schema for it).
    The ratio is sent as the catalog spells it, `aspectRatio`; one program's notes send `aspect_ratio`
    instead, which is not declared.

    Args:
        body (StartVeoVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[VeoVideoTaskEnvelope]
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
    body: StartVeoVideoRequest | Mapping[str, Any],
) -> VeoVideoTaskEnvelope:
    """Make a video with Veo 3.1

     Starts a Veo 3.1 video from the prompt alone (TEXT_2_VIDEO), from a first and optionally a last
    frame (FIRST_AND_LAST_FRAMES_2_VIDEO, 1-2 images) or from reference images (REFERENCE_2_VIDEO, 1-3
    images). `prompt` must be sent but may be empty, in which case A2E substitutes a stock prompt. Only
    16:9 videos can later be fetched in 1080p with getVeoVideo1080p. Follow it with getVeoVideo (family
    `veo_video`). The answer is typed from A2E's other video families (A2E publishes no schema for it).
    The ratio is sent as the catalog spells it, `aspectRatio`; one program's notes send `aspect_ratio`
    instead, which is not declared.

    Args:
        body (StartVeoVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        VeoVideoTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartVeoVideoRequest | Mapping[str, Any],
) -> Response[VeoVideoTaskEnvelope]:
    """Make a video with Veo 3.1

     Starts a Veo 3.1 video from the prompt alone (TEXT_2_VIDEO), from a first and optionally a last
    frame (FIRST_AND_LAST_FRAMES_2_VIDEO, 1-2 images) or from reference images (REFERENCE_2_VIDEO, 1-3
    images). `prompt` must be sent but may be empty, in which case A2E substitutes a stock prompt. Only
    16:9 videos can later be fetched in 1080p with getVeoVideo1080p. Follow it with getVeoVideo (family
    `veo_video`). The answer is typed from A2E's other video families (A2E publishes no schema for it).
    The ratio is sent as the catalog spells it, `aspectRatio`; one program's notes send `aspect_ratio`
    instead, which is not declared.

    Args:
        body (StartVeoVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[VeoVideoTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartVeoVideoRequest | Mapping[str, Any],
) -> VeoVideoTaskEnvelope:
    """Make a video with Veo 3.1

     Starts a Veo 3.1 video from the prompt alone (TEXT_2_VIDEO), from a first and optionally a last
    frame (FIRST_AND_LAST_FRAMES_2_VIDEO, 1-2 images) or from reference images (REFERENCE_2_VIDEO, 1-3
    images). `prompt` must be sent but may be empty, in which case A2E substitutes a stock prompt. Only
    16:9 videos can later be fetched in 1080p with getVeoVideo1080p. Follow it with getVeoVideo (family
    `veo_video`). The answer is typed from A2E's other video families (A2E publishes no schema for it).
    The ratio is sent as the catalog spells it, `aspectRatio`; one program's notes send `aspect_ratio`
    instead, which is not declared.

    Args:
        body (StartVeoVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        VeoVideoTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
