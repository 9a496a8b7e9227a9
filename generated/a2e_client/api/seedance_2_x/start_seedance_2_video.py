from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.seedance_2_video_task_envelope import Seedance2VideoTaskEnvelope
from ...models.start_seedance_2_video_request import StartSeedance2VideoRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartSeedance2VideoRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/seedance2Video/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Seedance2VideoTaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "start_seedance_2_video",
            Seedance2VideoTaskEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "start_seedance_2_video")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Seedance2VideoTaskEnvelope]:
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
    body: StartSeedance2VideoRequest | Mapping[str, Any],
) -> Response[Seedance2VideoTaskEnvelope]:
    """Generate a Seedance 2.x video

     Starts a Seedance 2.0 (standard, mini or fast) or Seedance 2.5 video from a prompt, a first frame,
    two frames, or reference images, videos and audio. Media must be public http(s) addresses (no
    `asset://`). Seedance 2.5 allows longer videos (up to 30 s) and more references than 2.0. Follow it
    with getSeedance2VideoTask (family `seedance2_video`). The answer is typed as the new task, like
    A2E's other start operations (A2E publishes no schema for it).

    Args:
        body (StartSeedance2VideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Seedance2VideoTaskEnvelope]
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
    body: StartSeedance2VideoRequest | Mapping[str, Any],
) -> Seedance2VideoTaskEnvelope:
    """Generate a Seedance 2.x video

     Starts a Seedance 2.0 (standard, mini or fast) or Seedance 2.5 video from a prompt, a first frame,
    two frames, or reference images, videos and audio. Media must be public http(s) addresses (no
    `asset://`). Seedance 2.5 allows longer videos (up to 30 s) and more references than 2.0. Follow it
    with getSeedance2VideoTask (family `seedance2_video`). The answer is typed as the new task, like
    A2E's other start operations (A2E publishes no schema for it).

    Args:
        body (StartSeedance2VideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Seedance2VideoTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartSeedance2VideoRequest | Mapping[str, Any],
) -> Response[Seedance2VideoTaskEnvelope]:
    """Generate a Seedance 2.x video

     Starts a Seedance 2.0 (standard, mini or fast) or Seedance 2.5 video from a prompt, a first frame,
    two frames, or reference images, videos and audio. Media must be public http(s) addresses (no
    `asset://`). Seedance 2.5 allows longer videos (up to 30 s) and more references than 2.0. Follow it
    with getSeedance2VideoTask (family `seedance2_video`). The answer is typed as the new task, like
    A2E's other start operations (A2E publishes no schema for it).

    Args:
        body (StartSeedance2VideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Seedance2VideoTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartSeedance2VideoRequest | Mapping[str, Any],
) -> Seedance2VideoTaskEnvelope:
    """Generate a Seedance 2.x video

     Starts a Seedance 2.0 (standard, mini or fast) or Seedance 2.5 video from a prompt, a first frame,
    two frames, or reference images, videos and audio. Media must be public http(s) addresses (no
    `asset://`). Seedance 2.5 allows longer videos (up to 30 s) and more references than 2.0. Follow it
    with getSeedance2VideoTask (family `seedance2_video`). The answer is typed as the new task, like
    A2E's other start operations (A2E publishes no schema for it).

    Args:
        body (StartSeedance2VideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Seedance2VideoTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
