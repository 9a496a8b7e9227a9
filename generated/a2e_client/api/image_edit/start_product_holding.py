from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.product_holding_task_envelope import ProductHoldingTaskEnvelope
from ...models.start_image_edit_request import StartImageEditRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartImageEditRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userImageEdit/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProductHoldingTaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "start_product_holding",
            ProductHoldingTaskEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "start_product_holding")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProductHoldingTaskEnvelope]:
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
    body: StartImageEditRequest | Mapping[str, Any],
) -> Response[ProductHoldingTaskEnvelope]:
    """Put a product or an outfit on a person

     Starts combining the photos in `image_urls`: a product held by the person (`product`) or clothing
    worn (`clothing`). Follow it with getProductHoldingTask (family `product_holding`).

    Args:
        body (StartImageEditRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[ProductHoldingTaskEnvelope]
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
    body: StartImageEditRequest | Mapping[str, Any],
) -> ProductHoldingTaskEnvelope:
    """Put a product or an outfit on a person

     Starts combining the photos in `image_urls`: a product held by the person (`product`) or clothing
    worn (`clothing`). Follow it with getProductHoldingTask (family `product_holding`).

    Args:
        body (StartImageEditRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        ProductHoldingTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartImageEditRequest | Mapping[str, Any],
) -> Response[ProductHoldingTaskEnvelope]:
    """Put a product or an outfit on a person

     Starts combining the photos in `image_urls`: a product held by the person (`product`) or clothing
    worn (`clothing`). Follow it with getProductHoldingTask (family `product_holding`).

    Args:
        body (StartImageEditRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[ProductHoldingTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartImageEditRequest | Mapping[str, Any],
) -> ProductHoldingTaskEnvelope:
    """Put a product or an outfit on a person

     Starts combining the photos in `image_urls`: a product held by the person (`product`) or clothing
    worn (`clothing`). Follow it with getProductHoldingTask (family `product_holding`).

    Args:
        body (StartImageEditRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        ProductHoldingTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
