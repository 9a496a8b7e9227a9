from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.flux_2_task_envelope import Flux2TaskEnvelope
from ...models.start_flux_2_request import StartFlux2Request
from ...types import Response


def _get_kwargs(
    *,
    body: StartFlux2Request | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userFlux2/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Flux2TaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "start_flux_2", Flux2TaskEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "start_flux_2")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Flux2TaskEnvelope]:
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
    body: StartFlux2Request | Mapping[str, Any],
) -> Response[Flux2TaskEnvelope]:
    """Make or edit an image with Flux 2 Pro

     Queues a Flux 2 Pro task: text-to-image from `prompt`, or image-to-image when `input_images` is
    sent. It usually takes 20 to 60 seconds; follow it with getFlux2Task (family `flux_2`) or pass
    `webhook_url`. The images expire after 7 days. A2E answers 402 when the account lacks credits. A2E
    may also answer 200 when its content check flags the request as NSFW instead of starting it;
    `force_generate` decides whether it goes ahead anyway. The answer is typed as the family's task (A2E
    publishes no schema for it).

    Args:
        body (StartFlux2Request | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Flux2TaskEnvelope]
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
    body: StartFlux2Request | Mapping[str, Any],
) -> Flux2TaskEnvelope:
    """Make or edit an image with Flux 2 Pro

     Queues a Flux 2 Pro task: text-to-image from `prompt`, or image-to-image when `input_images` is
    sent. It usually takes 20 to 60 seconds; follow it with getFlux2Task (family `flux_2`) or pass
    `webhook_url`. The images expire after 7 days. A2E answers 402 when the account lacks credits. A2E
    may also answer 200 when its content check flags the request as NSFW instead of starting it;
    `force_generate` decides whether it goes ahead anyway. The answer is typed as the family's task (A2E
    publishes no schema for it).

    Args:
        body (StartFlux2Request | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Flux2TaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartFlux2Request | Mapping[str, Any],
) -> Response[Flux2TaskEnvelope]:
    """Make or edit an image with Flux 2 Pro

     Queues a Flux 2 Pro task: text-to-image from `prompt`, or image-to-image when `input_images` is
    sent. It usually takes 20 to 60 seconds; follow it with getFlux2Task (family `flux_2`) or pass
    `webhook_url`. The images expire after 7 days. A2E answers 402 when the account lacks credits. A2E
    may also answer 200 when its content check flags the request as NSFW instead of starting it;
    `force_generate` decides whether it goes ahead anyway. The answer is typed as the family's task (A2E
    publishes no schema for it).

    Args:
        body (StartFlux2Request | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Flux2TaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartFlux2Request | Mapping[str, Any],
) -> Flux2TaskEnvelope:
    """Make or edit an image with Flux 2 Pro

     Queues a Flux 2 Pro task: text-to-image from `prompt`, or image-to-image when `input_images` is
    sent. It usually takes 20 to 60 seconds; follow it with getFlux2Task (family `flux_2`) or pass
    `webhook_url`. The images expire after 7 days. A2E answers 402 when the account lacks credits. A2E
    may also answer 200 when its content check flags the request as NSFW instead of starting it;
    `force_generate` decides whether it goes ahead anyway. The answer is typed as the family's task (A2E
    publishes no schema for it).

    Args:
        body (StartFlux2Request | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Flux2TaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
