from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx
from a2e.answers import parse_answer, refusal, unexpected_answer

from ...client import AuthenticatedClient, Client
from ...models.head_swap_task_envelope import HeadSwapTaskEnvelope
from ...models.start_head_swap_request import StartHeadSwapRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartHeadSwapRequest | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/headSwap/start",
    }

    _kwargs["json"] = dict(body) if isinstance(body, Mapping) else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HeadSwapTaskEnvelope:
    if response.status_code == 200:
        return parse_answer(
            response, client, "start_head_swap", HeadSwapTaskEnvelope.from_dict
        )
    if response.status_code == 400:
        raise refusal(response)
    if response.status_code == 401:
        raise refusal(response)
    if response.status_code == 403:
        raise refusal(response)
    raise unexpected_answer(response, "start_head_swap")


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HeadSwapTaskEnvelope]:
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
    body: StartHeadSwapRequest | Mapping[str, Any],
) -> Response[HeadSwapTaskEnvelope]:
    """Put one person's head onto another image or video

     Starts a head swap: the head of `image_url` is placed on the person of `target_image_url`, which may
    be an image or a video of up to 15 seconds. A2E screens for minors and refuses with 403: code 1003
    when it finds a child under 10, code 1004 when it suspects someone aged 10-14 (send
    `minor_suspected_skip: true` to go ahead in that case). A 400 can also mean the account lacks
    credits. The task goes initialized, sent, processing, then completed or failed; follow it with
    getHeadSwapTask (family `head_swap`). The answer is typed from the family's other operations (A2E
    publishes no schema for it).

    Args:
        body (StartHeadSwapRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[HeadSwapTaskEnvelope]
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
    body: StartHeadSwapRequest | Mapping[str, Any],
) -> HeadSwapTaskEnvelope:
    """Put one person's head onto another image or video

     Starts a head swap: the head of `image_url` is placed on the person of `target_image_url`, which may
    be an image or a video of up to 15 seconds. A2E screens for minors and refuses with 403: code 1003
    when it finds a child under 10, code 1004 when it suspects someone aged 10-14 (send
    `minor_suspected_skip: true` to go ahead in that case). A 400 can also mean the account lacks
    credits. The task goes initialized, sent, processing, then completed or failed; follow it with
    getHeadSwapTask (family `head_swap`). The answer is typed from the family's other operations (A2E
    publishes no schema for it).

    Args:
        body (StartHeadSwapRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        HeadSwapTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartHeadSwapRequest | Mapping[str, Any],
) -> Response[HeadSwapTaskEnvelope]:
    """Put one person's head onto another image or video

     Starts a head swap: the head of `image_url` is placed on the person of `target_image_url`, which may
    be an image or a video of up to 15 seconds. A2E screens for minors and refuses with 403: code 1003
    when it finds a child under 10, code 1004 when it suspects someone aged 10-14 (send
    `minor_suspected_skip: true` to go ahead in that case). A 400 can also mean the account lacks
    credits. The task goes initialized, sent, processing, then completed or failed; follow it with
    getHeadSwapTask (family `head_swap`). The answer is typed from the family's other operations (A2E
    publishes no schema for it).

    Args:
        body (StartHeadSwapRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        Response[HeadSwapTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartHeadSwapRequest | Mapping[str, Any],
) -> HeadSwapTaskEnvelope:
    """Put one person's head onto another image or video

     Starts a head swap: the head of `image_url` is placed on the person of `target_image_url`, which may
    be an image or a video of up to 15 seconds. A2E screens for minors and refuses with 403: code 1003
    when it finds a child under 10, code 1004 when it suspects someone aged 10-14 (send
    `minor_suspected_skip: true` to go ahead in that case). A 400 can also mean the account lacks
    credits. The task goes initialized, sent, processing, then completed or failed; follow it with
    getHeadSwapTask (family `head_swap`). The answer is typed from the family's other operations (A2E
    publishes no schema for it).

    Args:
        body (StartHeadSwapRequest | Mapping[str, Any]): The request: the model, or a mapping of
            A2E's field names, sent as given without checks.

    Raises:
        a2e.InvalidResponseError: If the answer is not what the spec describes (not JSON, a missing
            or mistyped field, an undocumented success or redirect status); it names the operation
            and the field.
        a2e.A2EError: Every refusal: a subclass per HTTP status and for an envelope whose `code` is
            not 0 (`a2e.APIError`); with `a2e.Client` also `a2e.APIConnectionError` /
            `a2e.APITimeoutError` when A2E cannot be reached in time.

    Returns:
        HeadSwapTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
