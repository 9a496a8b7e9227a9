from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.happy_horse_video_task_envelope import HappyHorseVideoTaskEnvelope
from ...models.start_happy_horse_video_request import StartHappyHorseVideoRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartHappyHorseVideoRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userHappyhorseVideo/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HappyHorseVideoTaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "start_happy_horse_video",
            HappyHorseVideoTaskEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "start_happy_horse_video")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HappyHorseVideoTaskEnvelope]:
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
    body: StartHappyHorseVideoRequest | Mapping[str, Any],
) -> Response[HappyHorseVideoTaskEnvelope]:
    """Make a HappyHorse video

     Starts a HappyHorse video (the model runs on Alibaba DashScope) in one of four modes: t2v from
    `prompt`, i2v from the first frame `image_url`, r2v from 1-9 `reference_image_urls`, and video-edit
    of `edit_video_url` with up to 5 reference images. `prompt` is needed by every mode except i2v.
    `model_version` 1.1 is available for t2v, i2v and r2v; leaving it out selects the legacy 1.0, the
    only version video-edit has. Version 1.0 takes durations of 5, 10 or 15 seconds, 1.1 any value from
    3 to 15, and only 1.1 renders 480P. The answer is typed from the family's other operations (A2E
    publishes no schema for it). Follow it with getHappyHorseVideoTask (family `happy_horse_video`).

    Args:
        body (StartHappyHorseVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[HappyHorseVideoTaskEnvelope]
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
    body: StartHappyHorseVideoRequest | Mapping[str, Any],
) -> HappyHorseVideoTaskEnvelope:
    """Make a HappyHorse video

     Starts a HappyHorse video (the model runs on Alibaba DashScope) in one of four modes: t2v from
    `prompt`, i2v from the first frame `image_url`, r2v from 1-9 `reference_image_urls`, and video-edit
    of `edit_video_url` with up to 5 reference images. `prompt` is needed by every mode except i2v.
    `model_version` 1.1 is available for t2v, i2v and r2v; leaving it out selects the legacy 1.0, the
    only version video-edit has. Version 1.0 takes durations of 5, 10 or 15 seconds, 1.1 any value from
    3 to 15, and only 1.1 renders 480P. The answer is typed from the family's other operations (A2E
    publishes no schema for it). Follow it with getHappyHorseVideoTask (family `happy_horse_video`).

    Args:
        body (StartHappyHorseVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        HappyHorseVideoTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartHappyHorseVideoRequest | Mapping[str, Any],
) -> Response[HappyHorseVideoTaskEnvelope]:
    """Make a HappyHorse video

     Starts a HappyHorse video (the model runs on Alibaba DashScope) in one of four modes: t2v from
    `prompt`, i2v from the first frame `image_url`, r2v from 1-9 `reference_image_urls`, and video-edit
    of `edit_video_url` with up to 5 reference images. `prompt` is needed by every mode except i2v.
    `model_version` 1.1 is available for t2v, i2v and r2v; leaving it out selects the legacy 1.0, the
    only version video-edit has. Version 1.0 takes durations of 5, 10 or 15 seconds, 1.1 any value from
    3 to 15, and only 1.1 renders 480P. The answer is typed from the family's other operations (A2E
    publishes no schema for it). Follow it with getHappyHorseVideoTask (family `happy_horse_video`).

    Args:
        body (StartHappyHorseVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[HappyHorseVideoTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartHappyHorseVideoRequest | Mapping[str, Any],
) -> HappyHorseVideoTaskEnvelope:
    """Make a HappyHorse video

     Starts a HappyHorse video (the model runs on Alibaba DashScope) in one of four modes: t2v from
    `prompt`, i2v from the first frame `image_url`, r2v from 1-9 `reference_image_urls`, and video-edit
    of `edit_video_url` with up to 5 reference images. `prompt` is needed by every mode except i2v.
    `model_version` 1.1 is available for t2v, i2v and r2v; leaving it out selects the legacy 1.0, the
    only version video-edit has. Version 1.0 takes durations of 5, 10 or 15 seconds, 1.1 any value from
    3 to 15, and only 1.1 renders 480P. The answer is typed from the family's other operations (A2E
    publishes no schema for it). Follow it with getHappyHorseVideoTask (family `happy_horse_video`).

    Args:
        body (StartHappyHorseVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        HappyHorseVideoTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
