from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.kling_omni_task_envelope import KlingOmniTaskEnvelope
from ...models.start_kling_omni_video_request import StartKlingOmniVideoRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartKlingOmniVideoRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/klingOmni/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> KlingOmniTaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "start_kling_omni_video", KlingOmniTaskEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "start_kling_omni_video")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[KlingOmniTaskEnvelope]:
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
    body: StartKlingOmniVideoRequest | Mapping[str, Any],
) -> Response[KlingOmniTaskEnvelope]:
    """Make a video with Kling's omni model

     Starts a 3 to 15 second video with Kling's v3 omni model. Up to seven reference images go in
    `image_list`, and the prompt points at them with tags such as `<<<image_1>>>`. With `multi_shot` the
    video is cut into several shots: `shot_type` intelligence lets the model plan them from `prompt`,
    customize takes a storyboard of one to six entries in `multi_prompt`. No field is required as such,
    but `prompt` is needed unless the shots come from a customized storyboard. Follow it with
    getKlingOmniVideo (family `kling_omni`). The answer is typed from A2E's other video families (A2E
    publishes no schema for it).

    Args:
        body (StartKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[KlingOmniTaskEnvelope]
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
    body: StartKlingOmniVideoRequest | Mapping[str, Any],
) -> KlingOmniTaskEnvelope:
    """Make a video with Kling's omni model

     Starts a 3 to 15 second video with Kling's v3 omni model. Up to seven reference images go in
    `image_list`, and the prompt points at them with tags such as `<<<image_1>>>`. With `multi_shot` the
    video is cut into several shots: `shot_type` intelligence lets the model plan them from `prompt`,
    customize takes a storyboard of one to six entries in `multi_prompt`. No field is required as such,
    but `prompt` is needed unless the shots come from a customized storyboard. Follow it with
    getKlingOmniVideo (family `kling_omni`). The answer is typed from A2E's other video families (A2E
    publishes no schema for it).

    Args:
        body (StartKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        KlingOmniTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartKlingOmniVideoRequest | Mapping[str, Any],
) -> Response[KlingOmniTaskEnvelope]:
    """Make a video with Kling's omni model

     Starts a 3 to 15 second video with Kling's v3 omni model. Up to seven reference images go in
    `image_list`, and the prompt points at them with tags such as `<<<image_1>>>`. With `multi_shot` the
    video is cut into several shots: `shot_type` intelligence lets the model plan them from `prompt`,
    customize takes a storyboard of one to six entries in `multi_prompt`. No field is required as such,
    but `prompt` is needed unless the shots come from a customized storyboard. Follow it with
    getKlingOmniVideo (family `kling_omni`). The answer is typed from A2E's other video families (A2E
    publishes no schema for it).

    Args:
        body (StartKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[KlingOmniTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartKlingOmniVideoRequest | Mapping[str, Any],
) -> KlingOmniTaskEnvelope:
    """Make a video with Kling's omni model

     Starts a 3 to 15 second video with Kling's v3 omni model. Up to seven reference images go in
    `image_list`, and the prompt points at them with tags such as `<<<image_1>>>`. With `multi_shot` the
    video is cut into several shots: `shot_type` intelligence lets the model plan them from `prompt`,
    customize takes a storyboard of one to six entries in `multi_prompt`. No field is required as such,
    but `prompt` is needed unless the shots come from a customized storyboard. Follow it with
    getKlingOmniVideo (family `kling_omni`). The answer is typed from A2E's other video families (A2E
    publishes no schema for it).

    Args:
        body (StartKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        KlingOmniTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
