from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.start_wan_video_request import StartWanVideoRequest
from ...models.wan_video_task_envelope import WanVideoTaskEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: StartWanVideoRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWan25/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WanVideoTaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "start_wan_video", WanVideoTaskEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "start_wan_video")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WanVideoTaskEnvelope]:
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
    body: StartWanVideoRequest | Mapping[str, Any],
) -> Response[WanVideoTaskEnvelope]:
    """Make a Wan 2.5, 2.6 or 2.7 video

     Starts a video on one of Alibaba's Wan models. wan2.5-i2v-preview (the default) and the two Wan 2.6
    models animate `image_url`; the Wan 2.6 and 2.7 models are for VIP and Max accounts. wan2.7-i2v adds
    `task_type`: text_to_video (prompt only), first_frame (`image_url`), first_last_frame (`image_url`
    and `last_frame_url`), reference_image (1-5 `reference_media`, or the older `reference_image_urls`),
    video_extend (`first_clip_url`) and video_edit (`edit_video_url` plus up to 3
    `reference_image_urls`). Allowed durations depend on the model and mode: 5 or 10 s on Wan 2.5; 5, 10
    or 15 s on Wan 2.6 and on most Wan 2.7 modes; 2-15 s for reference_image; 5-10 s for video_edit. The
    answer is typed from the family's other operations (A2E declares only an untyped object). Follow it
    with getWanVideoTask (family `wan_video`).

    Args:
        body (StartWanVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[WanVideoTaskEnvelope]
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
    body: StartWanVideoRequest | Mapping[str, Any],
) -> WanVideoTaskEnvelope:
    """Make a Wan 2.5, 2.6 or 2.7 video

     Starts a video on one of Alibaba's Wan models. wan2.5-i2v-preview (the default) and the two Wan 2.6
    models animate `image_url`; the Wan 2.6 and 2.7 models are for VIP and Max accounts. wan2.7-i2v adds
    `task_type`: text_to_video (prompt only), first_frame (`image_url`), first_last_frame (`image_url`
    and `last_frame_url`), reference_image (1-5 `reference_media`, or the older `reference_image_urls`),
    video_extend (`first_clip_url`) and video_edit (`edit_video_url` plus up to 3
    `reference_image_urls`). Allowed durations depend on the model and mode: 5 or 10 s on Wan 2.5; 5, 10
    or 15 s on Wan 2.6 and on most Wan 2.7 modes; 2-15 s for reference_image; 5-10 s for video_edit. The
    answer is typed from the family's other operations (A2E declares only an untyped object). Follow it
    with getWanVideoTask (family `wan_video`).

    Args:
        body (StartWanVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        WanVideoTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartWanVideoRequest | Mapping[str, Any],
) -> Response[WanVideoTaskEnvelope]:
    """Make a Wan 2.5, 2.6 or 2.7 video

     Starts a video on one of Alibaba's Wan models. wan2.5-i2v-preview (the default) and the two Wan 2.6
    models animate `image_url`; the Wan 2.6 and 2.7 models are for VIP and Max accounts. wan2.7-i2v adds
    `task_type`: text_to_video (prompt only), first_frame (`image_url`), first_last_frame (`image_url`
    and `last_frame_url`), reference_image (1-5 `reference_media`, or the older `reference_image_urls`),
    video_extend (`first_clip_url`) and video_edit (`edit_video_url` plus up to 3
    `reference_image_urls`). Allowed durations depend on the model and mode: 5 or 10 s on Wan 2.5; 5, 10
    or 15 s on Wan 2.6 and on most Wan 2.7 modes; 2-15 s for reference_image; 5-10 s for video_edit. The
    answer is typed from the family's other operations (A2E declares only an untyped object). Follow it
    with getWanVideoTask (family `wan_video`).

    Args:
        body (StartWanVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[WanVideoTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartWanVideoRequest | Mapping[str, Any],
) -> WanVideoTaskEnvelope:
    """Make a Wan 2.5, 2.6 or 2.7 video

     Starts a video on one of Alibaba's Wan models. wan2.5-i2v-preview (the default) and the two Wan 2.6
    models animate `image_url`; the Wan 2.6 and 2.7 models are for VIP and Max accounts. wan2.7-i2v adds
    `task_type`: text_to_video (prompt only), first_frame (`image_url`), first_last_frame (`image_url`
    and `last_frame_url`), reference_image (1-5 `reference_media`, or the older `reference_image_urls`),
    video_extend (`first_clip_url`) and video_edit (`edit_video_url` plus up to 3
    `reference_image_urls`). Allowed durations depend on the model and mode: 5 or 10 s on Wan 2.5; 5, 10
    or 15 s on Wan 2.6 and on most Wan 2.7 modes; 2-15 s for reference_image; 5-10 s for video_edit. The
    answer is typed from the family's other operations (A2E declares only an untyped object). Follow it
    with getWanVideoTask (family `wan_video`).

    Args:
        body (StartWanVideoRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        WanVideoTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
