from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.batch_detail_request import BatchDetailRequest
from ...models.upscale_task_list_envelope import UpscaleTaskListEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: BatchDetailRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userUpscale/batchDetail",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpscaleTaskListEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "batch_get_upscale_tasks",
            UpscaleTaskListEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "batch_get_upscale_tasks")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpscaleTaskListEnvelope]:
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
    body: BatchDetailRequest | Mapping[str, Any],
) -> Response[UpscaleTaskListEnvelope]:
    """Read several upscale tasks at once

     Returns the upscale tasks whose ids are listed, in one request. Typed as a list of tasks (A2E
    publishes no schema for it).

    Args:
        body (BatchDetailRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[UpscaleTaskListEnvelope]
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
    body: BatchDetailRequest | Mapping[str, Any],
) -> UpscaleTaskListEnvelope:
    """Read several upscale tasks at once

     Returns the upscale tasks whose ids are listed, in one request. Typed as a list of tasks (A2E
    publishes no schema for it).

    Args:
        body (BatchDetailRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        UpscaleTaskListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDetailRequest | Mapping[str, Any],
) -> Response[UpscaleTaskListEnvelope]:
    """Read several upscale tasks at once

     Returns the upscale tasks whose ids are listed, in one request. Typed as a list of tasks (A2E
    publishes no schema for it).

    Args:
        body (BatchDetailRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[UpscaleTaskListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDetailRequest | Mapping[str, Any],
) -> UpscaleTaskListEnvelope:
    """Read several upscale tasks at once

     Returns the upscale tasks whose ids are listed, in one request. Typed as a list of tasks (A2E
    publishes no schema for it).

    Args:
        body (BatchDetailRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        UpscaleTaskListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
