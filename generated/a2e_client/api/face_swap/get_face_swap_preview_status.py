from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.face_swap_preview_envelope import FaceSwapPreviewEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["_id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/userFaceSwapPreview/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FaceSwapPreviewEnvelope | None:
    if response.status_code == 200:
        response_200 = FaceSwapPreviewEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | FaceSwapPreviewEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[ErrorResponse | FaceSwapPreviewEnvelope]:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FaceSwapPreviewEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> ErrorResponse | FaceSwapPreviewEnvelope | None:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FaceSwapPreviewEnvelope
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[ErrorResponse | FaceSwapPreviewEnvelope]:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FaceSwapPreviewEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> ErrorResponse | FaceSwapPreviewEnvelope | None:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FaceSwapPreviewEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
