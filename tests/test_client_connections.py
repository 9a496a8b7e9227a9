"""How a2e.Client connects: environment proxies, proxy/verify/limits, a user's own httpx client
or transport, one pool shared by derived clients, any number of event loops."""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import a2e
from a2e.mock import MockA2E
from a2e_client.api.face_swap import get_face_swap_task_status
from forward_proxy import ForwardProxy

STATUS = "/api/v1/userFaceSwapTask/status"
# Nothing listens on port 9 of this machine: only a proxy can answer for this address.
UNREACHABLE = "http://localhost:9"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def proxy(base_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[ForwardProxy]:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    server = ForwardProxy(base_url)
    yield server
    server.close()


def test_environment_proxies_are_honoured(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with a2e.Client("sk_x", base_url=UNREACHABLE) as client:
        assert a2e.unwrap(get_face_swap_task_status.sync_detailed(client=client)) is not None
        picture = tmp_path / "face.png"
        picture.write_bytes(b"\x89PNG not really")
        a2e.upload_file(client, picture)
    assert f"GET {UNREACHABLE}{STATUS}" in proxy.seen
    assert any(line.startswith("PUT http://127.0.0.1") for line in proxy.seen), "uploads too"


async def test_environment_proxies_are_honoured_async(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    async with a2e.Client("sk_x", base_url=UNREACHABLE) as client:
        await get_face_swap_task_status.asyncio_detailed(client=client)
        picture = tmp_path / "face.png"
        picture.write_bytes(b"\x89PNG not really")
        await a2e.upload_file_async(client, picture)
    assert f"GET {UNREACHABLE}{STATUS}" in proxy.seen
    assert any(line.startswith("PUT http://127.0.0.1") for line in proxy.seen)


def test_an_explicit_proxy_and_connection_settings(proxy: ForwardProxy) -> None:
    client = a2e.Client(
        "sk_x",
        base_url=UNREACHABLE,
        proxy=proxy.url,
        verify=False,
        limits=httpx.Limits(max_connections=2),
    )
    get_face_swap_task_status.sync_detailed(client=client)
    assert proxy.seen == [f"GET {UNREACHABLE}{STATUS}"]
    client.close()


def test_retries_still_apply_through_a_proxy(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client = a2e.Client("sk_x", base_url=UNREACHABLE, backoff_base=0.001).with_options(
        headers={"X-Mock-Fault": "503", "X-Mock-Fault-Times": "1", "X-Mock-Fault-Id": "proxy"}
    )
    get_face_swap_task_status.sync_detailed(client=client)
    assert proxy.seen.count(f"GET {UNREACHABLE}{STATUS}") == 2


def test_a_users_own_httpx_clients(base_url: str, mock: MockA2E) -> None:
    seen: list[str] = []
    asynchronous: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def record_async(request: httpx.Request) -> None:
        asynchronous.append(request.url.path)

    own = httpx.Client(event_hooks={"request": [record]})
    own_async = httpx.AsyncClient(event_hooks={"request": [record_async]})
    client = a2e.Client("sk_x", base_url=base_url, http_client=own, async_http_client=own_async)
    get_face_swap_task_status.sync_detailed(client=client)
    asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))
    assert seen == [STATUS] and asynchronous == [STATUS]
    assert mock.requests[-1].headers["authorization"] == "Bearer sk_x"
    client.close()
    assert not own.is_closed, "a client the user passed is the user's to close"
    own.close()


def test_a_users_transport_keeps_retries_and_errors() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json={"code": 0, "data": []})])
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return next(answers)

    client = a2e.Client("sk_x", transport=httpx.MockTransport(answer), backoff_base=0.001)
    get_face_swap_task_status.sync_detailed(client=client)
    assert len(calls) == 2 and calls[0].url.host == "video.a2e.ai"

    refused = a2e.Client("sk_x", transport=httpx.MockTransport(lambda r: httpx.Response(401)))
    with pytest.raises(a2e.AuthenticationError):
        asyncio.run(get_face_swap_task_status.asyncio_detailed(client=refused))


def test_a_sync_only_transport_says_what_async_needs() -> None:
    client = a2e.Client("sk_x", transport=httpx.HTTPTransport())
    with pytest.raises(a2e.ConfigurationError, match="async_transport"):
        asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))


def test_one_client_serves_one_event_loop_after_another(base_url: str, mock: MockA2E) -> None:
    client = a2e.Client("sk_x", base_url=base_url)
    before = mock.calls("GET", STATUS)
    for _ in range(3):
        asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))
    assert mock.calls("GET", STATUS) - before == 3


def test_derived_clients_share_one_pool_and_the_parent_closes_it(base_url: str) -> None:
    parent = a2e.Client("sk_x", base_url=base_url)
    children = [parent.with_options(headers={"X-N": str(n)}) for n in range(3)]
    for child in children:
        get_face_swap_task_status.sync_detailed(client=child)
    assert {id(child.storage_client()) for child in children} == {id(parent.storage_client())}
    children[0].close()
    assert not parent.storage_client().is_closed, "a derived client does not close the pool"
    parent.close()
    for closed in (parent, *children):
        with pytest.raises(a2e.ConfigurationError, match="closed"):
            closed.storage_client()


def test_each_event_loop_closes_its_own_pool_and_the_next_loop_gets_one(base_url: str) -> None:
    client = a2e.Client("sk_loops", base_url=base_url)

    async def job() -> None:
        async with client:
            await get_face_swap_task_status.asyncio_detailed(client=client)
        with pytest.raises(a2e.ConfigurationError, match="closed"):
            await get_face_swap_task_status.asyncio_detailed(client=client)

    gc.collect()  # what earlier tests left, so that only this test's sockets count below
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)
        asyncio.run(job())
        asyncio.run(job())  # a later loop: a pool of its own, closed by its own block
        gc.collect()
    get_face_swap_task_status.sync_detailed(client=client)  # the sync pool is another matter
    client.close()
