from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.avatar_list_envelope import AvatarListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["user_video_twin_id"] = user_video_twin_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/anchor/character_list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarListEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "list_avatars", AvatarListEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_avatars")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AvatarListEnvelope]:
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
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> Response[AvatarListEnvelope]:
    """List avatars

     Lists the public avatars or the caller's own, or the ones one avatar training produced.
    Unverified: no A2E page documents this operation; its path comes from third-party programs.

    Args:
        type_ (str | Unset): custom for the caller's avatars, default for public ones (programs
            also send 0 or 1, with no documented meaning).
        user_video_twin_id (str | Unset): Only avatars made by this avatar training.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[AvatarListEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        user_video_twin_id=user_video_twin_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> AvatarListEnvelope:
    """List avatars

     Lists the public avatars or the caller's own, or the ones one avatar training produced.
    Unverified: no A2E page documents this operation; its path comes from third-party programs.

    Args:
        type_ (str | Unset): custom for the caller's avatars, default for public ones (programs
            also send 0 or 1, with no documented meaning).
        user_video_twin_id (str | Unset): Only avatars made by this avatar training.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        AvatarListEnvelope
    """

    return sync_detailed(
        client=client,
        type_=type_,
        user_video_twin_id=user_video_twin_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> Response[AvatarListEnvelope]:
    """List avatars

     Lists the public avatars or the caller's own, or the ones one avatar training produced.
    Unverified: no A2E page documents this operation; its path comes from third-party programs.

    Args:
        type_ (str | Unset): custom for the caller's avatars, default for public ones (programs
            also send 0 or 1, with no documented meaning).
        user_video_twin_id (str | Unset): Only avatars made by this avatar training.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[AvatarListEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
        user_video_twin_id=user_video_twin_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    user_video_twin_id: str | Unset = UNSET,
) -> AvatarListEnvelope:
    """List avatars

     Lists the public avatars or the caller's own, or the ones one avatar training produced.
    Unverified: no A2E page documents this operation; its path comes from third-party programs.

    Args:
        type_ (str | Unset): custom for the caller's avatars, default for public ones (programs
            also send 0 or 1, with no documented meaning).
        user_video_twin_id (str | Unset): Only avatars made by this avatar training.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        AvatarListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            user_video_twin_id=user_video_twin_id,
        )
    ).parsed
