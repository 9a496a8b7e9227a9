from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
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
) -> FaceSwapPreviewEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "get_face_swap_preview_status",
            FaceSwapPreviewEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    if response.status_code == 404:
        raise refusal(response)
    raise unexpected_answer(response, "get_face_swap_preview_status")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FaceSwapPreviewEnvelope]:
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
    id: str,
) -> Response[FaceSwapPreviewEnvelope]:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str): Id of the preview task, as returned by startFaceSwapPreview.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[FaceSwapPreviewEnvelope]
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
) -> FaceSwapPreviewEnvelope:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str): Id of the preview task, as returned by startFaceSwapPreview.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        FaceSwapPreviewEnvelope
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[FaceSwapPreviewEnvelope]:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str): Id of the preview task, as returned by startFaceSwapPreview.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[FaceSwapPreviewEnvelope]
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
) -> FaceSwapPreviewEnvelope:
    """Read the state of a face swap preview

     Returns one preview task by id. The catalog requires the `_id` query parameter; no A2E
    page shows the answer, so it is typed like the answer of startFaceSwapPreview
    (uncertain).

    Args:
        id (str): Id of the preview task, as returned by startFaceSwapPreview.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        FaceSwapPreviewEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
