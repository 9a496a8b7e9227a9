from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.envelope import Envelope
from ...models.rename_kling_omni_video_request import RenameKlingOmniVideoRequest
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: RenameKlingOmniVideoRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/klingOmni/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Envelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "rename_kling_omni_video", Envelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    if response.status_code == 404:
        raise refusal(response)
    raise unexpected_answer(response, "rename_kling_omni_video")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Envelope]:
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenameKlingOmniVideoRequest | Mapping[str, Any],
) -> Response[Envelope]:
    """Rename a Kling Omni video task

     Gives a Kling Omni video task a new name. A2E publishes no shape for the answer, so `data` is left
    untyped.

    Args:
        id (str): Id of the record, as A2E returned it in `_id`.
        body (RenameKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Envelope]
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
    body: RenameKlingOmniVideoRequest | Mapping[str, Any],
) -> Envelope:
    """Rename a Kling Omni video task

     Gives a Kling Omni video task a new name. A2E publishes no shape for the answer, so `data` is left
    untyped.

    Args:
        id (str): Id of the record, as A2E returned it in `_id`.
        body (RenameKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Envelope
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
    body: RenameKlingOmniVideoRequest | Mapping[str, Any],
) -> Response[Envelope]:
    """Rename a Kling Omni video task

     Gives a Kling Omni video task a new name. A2E publishes no shape for the answer, so `data` is left
    untyped.

    Args:
        id (str): Id of the record, as A2E returned it in `_id`.
        body (RenameKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Envelope]
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
    body: RenameKlingOmniVideoRequest | Mapping[str, Any],
) -> Envelope:
    """Rename a Kling Omni video task

     Gives a Kling Omni video task a new name. A2E publishes no shape for the answer, so `data` is left
    untyped.

    Args:
        id (str): Id of the record, as A2E returned it in `_id`.
        body (RenameKlingOmniVideoRequest | Mapping[str, Any]): The request: the model, or a
            mapping of A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Envelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
