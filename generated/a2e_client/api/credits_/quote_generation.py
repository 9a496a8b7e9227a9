from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generation_quote_envelope import GenerationQuoteEnvelope
from ...models.quote_generation_request import QuoteGenerationRequest
from ...types import Response


def _get_kwargs(
    *,
    body: QuoteGenerationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/generation/quote",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenerationQuoteEnvelope | None:
    if response.status_code == 200:
        response_200 = GenerationQuoteEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GenerationQuoteEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteGenerationRequest,
) -> Response[ErrorResponse | GenerationQuoteEnvelope]:
    """Estimate what a generation would cost

     Prices a generation request before it is sent: give the path of a start operation in `endpoint` and
    the exact body you would send it in `requestBody`. Free: no task is made, no provider is called,
    nothing is charged. Only the fields that affect the price are read, so a quote does not prove that
    the request itself is valid (`generationRequestValidated` false says so). The older flat quote body
    is still accepted by A2E but not described here. Only `generationRequestValidated` is named by A2E;
    the estimate's other fields are kept as sent.

    Args:
        body (QuoteGenerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerationQuoteEnvelope]
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
    body: QuoteGenerationRequest,
) -> ErrorResponse | GenerationQuoteEnvelope | None:
    """Estimate what a generation would cost

     Prices a generation request before it is sent: give the path of a start operation in `endpoint` and
    the exact body you would send it in `requestBody`. Free: no task is made, no provider is called,
    nothing is charged. Only the fields that affect the price are read, so a quote does not prove that
    the request itself is valid (`generationRequestValidated` false says so). The older flat quote body
    is still accepted by A2E but not described here. Only `generationRequestValidated` is named by A2E;
    the estimate's other fields are kept as sent.

    Args:
        body (QuoteGenerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerationQuoteEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteGenerationRequest,
) -> Response[ErrorResponse | GenerationQuoteEnvelope]:
    """Estimate what a generation would cost

     Prices a generation request before it is sent: give the path of a start operation in `endpoint` and
    the exact body you would send it in `requestBody`. Free: no task is made, no provider is called,
    nothing is charged. Only the fields that affect the price are read, so a quote does not prove that
    the request itself is valid (`generationRequestValidated` false says so). The older flat quote body
    is still accepted by A2E but not described here. Only `generationRequestValidated` is named by A2E;
    the estimate's other fields are kept as sent.

    Args:
        body (QuoteGenerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerationQuoteEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QuoteGenerationRequest,
) -> ErrorResponse | GenerationQuoteEnvelope | None:
    """Estimate what a generation would cost

     Prices a generation request before it is sent: give the path of a start operation in `endpoint` and
    the exact body you would send it in `requestBody`. Free: no task is made, no provider is called,
    nothing is charged. Only the fields that affect the price are read, so a quote does not prove that
    the request itself is valid (`generationRequestValidated` false says so). The older flat quote body
    is still accepted by A2E but not described here. Only `generationRequestValidated` is named by A2E;
    the estimate's other fields are kept as sent.

    Args:
        body (QuoteGenerationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerationQuoteEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
