from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.error_response import ErrorResponse
from ...models.unpublished_fields_request import UnpublishedFieldsRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: UnpublishedFieldsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/custom_avatar/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Envelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedFieldsRequest | Unset = UNSET,
) -> Response[Envelope | ErrorResponse]:
    """Change an avatar in the caller's library

     Updates the fields sent and keeps the others. A2E's catalog lists no body fields, so the body is an
    open object passed through as given. A2E's catalog declares a `{success, data, timestamp}` answer;
    this spec types it as A2E's usual envelope, as for the other operations, with `data` left open.

    Args:
        id (str):
        body (UnpublishedFieldsRequest | Unset): A body whose fields A2E does not publish;
            whatever fields are given are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedFieldsRequest | Unset = UNSET,
) -> Envelope | ErrorResponse | None:
    """Change an avatar in the caller's library

     Updates the fields sent and keeps the others. A2E's catalog lists no body fields, so the body is an
    open object passed through as given. A2E's catalog declares a `{success, data, timestamp}` answer;
    this spec types it as A2E's usual envelope, as for the other operations, with `data` left open.

    Args:
        id (str):
        body (UnpublishedFieldsRequest | Unset): A body whose fields A2E does not publish;
            whatever fields are given are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedFieldsRequest | Unset = UNSET,
) -> Response[Envelope | ErrorResponse]:
    """Change an avatar in the caller's library

     Updates the fields sent and keeps the others. A2E's catalog lists no body fields, so the body is an
    open object passed through as given. A2E's catalog declares a `{success, data, timestamp}` answer;
    this spec types it as A2E's usual envelope, as for the other operations, with `data` left open.

    Args:
        id (str):
        body (UnpublishedFieldsRequest | Unset): A body whose fields A2E does not publish;
            whatever fields are given are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Envelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnpublishedFieldsRequest | Unset = UNSET,
) -> Envelope | ErrorResponse | None:
    """Change an avatar in the caller's library

     Updates the fields sent and keeps the others. A2E's catalog lists no body fields, so the body is an
    open object passed through as given. A2E's catalog declares a `{success, data, timestamp}` answer;
    this spec types it as A2E's usual envelope, as for the other operations, with `data` left open.

    Args:
        id (str):
        body (UnpublishedFieldsRequest | Unset): A body whose fields A2E does not publish;
            whatever fields are given are sent as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Envelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
