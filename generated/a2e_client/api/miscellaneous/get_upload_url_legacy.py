from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.presigned_upload_envelope import PresignedUploadEnvelope
from ...models.upload_presigned_url_request import UploadPresignedUrlRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UploadPresignedUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/r2/get_upload_presigned_url",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PresignedUploadEnvelope | None:
    if response.status_code == 200:
        response_200 = PresignedUploadEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | PresignedUploadEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPresignedUrlRequest,
) -> Response[ErrorResponse | PresignedUploadEnvelope]:
    """Get an upload address (older path)

     The older path of getUploadUrl, with the same body and answer. One program reports that this path
    can answer without `cdnUrl`; the current path is the one `a2e.upload_file` uses.

    Args:
        body (UploadPresignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PresignedUploadEnvelope]
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
    body: UploadPresignedUrlRequest,
) -> ErrorResponse | PresignedUploadEnvelope | None:
    """Get an upload address (older path)

     The older path of getUploadUrl, with the same body and answer. One program reports that this path
    can answer without `cdnUrl`; the current path is the one `a2e.upload_file` uses.

    Args:
        body (UploadPresignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PresignedUploadEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPresignedUrlRequest,
) -> Response[ErrorResponse | PresignedUploadEnvelope]:
    """Get an upload address (older path)

     The older path of getUploadUrl, with the same body and answer. One program reports that this path
    can answer without `cdnUrl`; the current path is the one `a2e.upload_file` uses.

    Args:
        body (UploadPresignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PresignedUploadEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPresignedUrlRequest,
) -> ErrorResponse | PresignedUploadEnvelope | None:
    """Get an upload address (older path)

     The older path of getUploadUrl, with the same body and answer. One program reports that this path
    can answer without `cdnUrl`; the current path is the one `a2e.upload_file` uses.

    Args:
        body (UploadPresignedUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PresignedUploadEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
