from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.avatar_training_page_envelope import AvatarTrainingPageEnvelope
from ...models.list_avatar_trainings_status import (
    ListAvatarTrainingsStatus,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListAvatarTrainingsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNum"] = page_num

    params["pageSize"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/userVideoTwin/records",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AvatarTrainingPageEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response,
            client,
            "list_avatar_trainings",
            AvatarTrainingPageEnvelope.from_dict,
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_avatar_trainings")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AvatarTrainingPageEnvelope]:
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
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListAvatarTrainingsStatus | Unset = UNSET,
) -> Response[AvatarTrainingPageEnvelope]:
    """List avatar trainings

     Pages through the caller's avatar trainings, optionally only those in one status.

    Args:
        page_num (int | Unset): Page to return, counted from 1.
        page_size (int | Unset): Records per page.
        status (ListAvatarTrainingsStatus | Unset): Only trainings in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[AvatarTrainingPageEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListAvatarTrainingsStatus | Unset = UNSET,
) -> AvatarTrainingPageEnvelope:
    """List avatar trainings

     Pages through the caller's avatar trainings, optionally only those in one status.

    Args:
        page_num (int | Unset): Page to return, counted from 1.
        page_size (int | Unset): Records per page.
        status (ListAvatarTrainingsStatus | Unset): Only trainings in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        AvatarTrainingPageEnvelope
    """

    return sync_detailed(
        client=client,
        page_num=page_num,
        page_size=page_size,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListAvatarTrainingsStatus | Unset = UNSET,
) -> Response[AvatarTrainingPageEnvelope]:
    """List avatar trainings

     Pages through the caller's avatar trainings, optionally only those in one status.

    Args:
        page_num (int | Unset): Page to return, counted from 1.
        page_size (int | Unset): Records per page.
        status (ListAvatarTrainingsStatus | Unset): Only trainings in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[AvatarTrainingPageEnvelope]
    """

    kwargs = _get_kwargs(
        page_num=page_num,
        page_size=page_size,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_num: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListAvatarTrainingsStatus | Unset = UNSET,
) -> AvatarTrainingPageEnvelope:
    """List avatar trainings

     Pages through the caller's avatar trainings, optionally only those in one status.

    Args:
        page_num (int | Unset): Page to return, counted from 1.
        page_size (int | Unset): Records per page.
        status (ListAvatarTrainingsStatus | Unset): Only trainings in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        AvatarTrainingPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_num=page_num,
            page_size=page_size,
            status=status,
        )
    ).parsed
