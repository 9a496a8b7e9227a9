from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.flux_2_task_page_envelope import Flux2TaskPageEnvelope
from ...models.list_flux_2_tasks_status import ListFlux2TasksStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListFlux2TasksStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/userFlux2/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Flux2TaskPageEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "list_flux_2_tasks", Flux2TaskPageEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    raise unexpected_answer(response, "list_flux_2_tasks")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Flux2TaskPageEnvelope]:
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListFlux2TasksStatus | Unset = UNSET,
) -> Response[Flux2TaskPageEnvelope]:
    """List Flux 2 tasks

     Pages through the caller's Flux 2 Pro tasks, newest first, with `page` and `page_size`, optionally
    only those in one status. A2E keeps tasks for 7 days. The page shape `{rows, count}` is assumed from
    A2E's other lists (A2E publishes no schema for it).

    Args:
        page (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Tasks per page, at most 100. A2E's default: 20.
        status (ListFlux2TasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Flux2TaskPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListFlux2TasksStatus | Unset = UNSET,
) -> Flux2TaskPageEnvelope:
    """List Flux 2 tasks

     Pages through the caller's Flux 2 Pro tasks, newest first, with `page` and `page_size`, optionally
    only those in one status. A2E keeps tasks for 7 days. The page shape `{rows, count}` is assumed from
    A2E's other lists (A2E publishes no schema for it).

    Args:
        page (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Tasks per page, at most 100. A2E's default: 20.
        status (ListFlux2TasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Flux2TaskPageEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListFlux2TasksStatus | Unset = UNSET,
) -> Response[Flux2TaskPageEnvelope]:
    """List Flux 2 tasks

     Pages through the caller's Flux 2 Pro tasks, newest first, with `page` and `page_size`, optionally
    only those in one status. A2E keeps tasks for 7 days. The page shape `{rows, count}` is assumed from
    A2E's other lists (A2E publishes no schema for it).

    Args:
        page (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Tasks per page, at most 100. A2E's default: 20.
        status (ListFlux2TasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[Flux2TaskPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: ListFlux2TasksStatus | Unset = UNSET,
) -> Flux2TaskPageEnvelope:
    """List Flux 2 tasks

     Pages through the caller's Flux 2 Pro tasks, newest first, with `page` and `page_size`, optionally
    only those in one status. A2E keeps tasks for 7 days. The page shape `{rows, count}` is assumed from
    A2E's other lists (A2E publishes no schema for it).

    Args:
        page (int | Unset): Page to return, counted from 1. A2E's default: 1.
        page_size (int | Unset): Tasks per page, at most 100. A2E's default: 20.
        status (ListFlux2TasksStatus | Unset): Return only tasks in this status.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Flux2TaskPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            status=status,
        )
    ).parsed
