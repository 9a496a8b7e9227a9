from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_detail_request import BatchDetailRequest
from ...models.error_response import ErrorResponse
from ...models.happy_horse_video_task_list_envelope import (
    HappyHorseVideoTaskListEnvelope,
)
from ...types import Response


def _get_kwargs(
    *,
    body: BatchDetailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userHappyhorseVideo/batchDetail",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HappyHorseVideoTaskListEnvelope | None:
    if response.status_code == 200:
        response_200 = HappyHorseVideoTaskListEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | HappyHorseVideoTaskListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDetailRequest,
) -> Response[ErrorResponse | HappyHorseVideoTaskListEnvelope]:
    """Read several HappyHorse video tasks at once

     Returns the HappyHorse video tasks whose ids are listed, in one request. Up to 200 ids per call. The
    answer is typed as a list of tasks (A2E publishes no schema for it).

    Args:
        body (BatchDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HappyHorseVideoTaskListEnvelope]
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
    body: BatchDetailRequest,
) -> ErrorResponse | HappyHorseVideoTaskListEnvelope | None:
    """Read several HappyHorse video tasks at once

     Returns the HappyHorse video tasks whose ids are listed, in one request. Up to 200 ids per call. The
    answer is typed as a list of tasks (A2E publishes no schema for it).

    Args:
        body (BatchDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HappyHorseVideoTaskListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDetailRequest,
) -> Response[ErrorResponse | HappyHorseVideoTaskListEnvelope]:
    """Read several HappyHorse video tasks at once

     Returns the HappyHorse video tasks whose ids are listed, in one request. Up to 200 ids per call. The
    answer is typed as a list of tasks (A2E publishes no schema for it).

    Args:
        body (BatchDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HappyHorseVideoTaskListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDetailRequest,
) -> ErrorResponse | HappyHorseVideoTaskListEnvelope | None:
    """Read several HappyHorse video tasks at once

     Returns the HappyHorse video tasks whose ids are listed, in one request. Up to 200 ids per call. The
    answer is typed as a list of tasks (A2E publishes no schema for it).

    Args:
        body (BatchDetailRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HappyHorseVideoTaskListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
