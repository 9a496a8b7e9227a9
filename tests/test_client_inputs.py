"""Settings `a2e.Client` must refuse, and how: a ConfigurationError naming the field, raised
when the client is built, never showing a secret."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

import a2e
from a2e_client.api.face_swap import get_face_swap_task_status

KEY = "sk_test"
SECRET = "sk_secretkey"


@pytest.mark.parametrize(
    "url",
    [
        f"https://me:{SECRET}@video.a2e.ai",
        f"https://{SECRET}@video.a2e.ai",
        f"https://video.a2e.ai/?token={SECRET}",
        f"https://video.a2e.ai/?a=1&token={SECRET}",
        f"https://video.a2e.ai/?{SECRET}",
        f"https://video.a2e.ai/#{SECRET}",
        f"http://me:{SECRET}@example.com",
        f"https://me:{SECRET}@video.a2e.ai/a b",
        f"ftp://me:{SECRET}@video.a2e.ai",
        f"https://me:{SECRET}@video.a2e.ai:abc",
        f"https://me:{SECRET}@[::1",
    ],
)
def test_a_secret_in_base_url_is_never_shown(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(a2e.ConfigurationError, match="base_url") as raised:
        a2e.Client(KEY, base_url=url)
    assert SECRET not in str(raised.value)
    with pytest.raises(a2e.ConfigurationError, match="base_url") as raised:
        a2e.Client(KEY).with_options(base_url=url)
    assert SECRET not in str(raised.value)
    monkeypatch.setenv("A2E_BASE_URL", url)
    with pytest.raises(a2e.ConfigurationError, match="base_url") as raised:
        a2e.Client(KEY)
    assert SECRET not in str(raised.value)


def test_a_masked_url_still_says_what_was_wrong() -> None:
    with pytest.raises(a2e.ConfigurationError) as raised:
        a2e.Client(KEY, base_url=f"https://me:{SECRET}@video.a2e.ai/?token={SECRET}")
    assert "'https://me:[secure]@video.a2e.ai/?token=[secure]'" in str(raised.value)


@pytest.mark.parametrize("field", ["base_url", "api_key"])
@pytest.mark.parametrize("value", ["", "   ", "\t\n"])
def test_an_empty_argument_is_refused_not_replaced_by_a_default(
    field: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("A2E_API_KEY", KEY)
    monkeypatch.setenv("A2E_BASE_URL", "http://localhost:9")
    settings: dict[str, Any] = {"api_key": KEY, field: value}
    options: dict[str, Any] = {field: value}
    with pytest.raises(a2e.ConfigurationError, match=f"{field}: is empty"):
        a2e.Client(**settings)
    with pytest.raises(a2e.ConfigurationError, match=f"{field}: is empty"):
        a2e.Client(KEY).with_options(**options)


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_environment_variable_counts_as_unset(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("A2E_BASE_URL", "A2E_VALIDATE", "A2E_LOG"):
        monkeypatch.setenv(name, value)
    client = a2e.Client(KEY)
    assert client.base_url == "https://video.a2e.ai"
    assert client.drift_checks is None
    monkeypatch.setenv("A2E_API_KEY", value)
    with pytest.raises(a2e.ConfigurationError, match="no A2E API key"):
        a2e.Client()


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION"])
def test_an_authorization_header_is_refused(name: str) -> None:
    with pytest.raises(a2e.ConfigurationError, match="api_key") as raised:
        a2e.Client(KEY, headers={name: "Bearer sk_other"})
    assert "sk_other" not in str(raised.value)
    client = a2e.Client(KEY)
    with pytest.raises(a2e.ConfigurationError, match="api_key"):
        client.with_options(headers={name: "x"})
    with pytest.raises(a2e.ConfigurationError, match="api_key"):
        client.with_headers({name: "x"})


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "data": []})


def test_a_closed_client_raises_an_a2e_error(tmp_path: Path) -> None:
    client = a2e.Client(KEY, transport=httpx.MockTransport(_answer))
    derived = client.with_options(max_retries=0)
    get_face_swap_task_status.sync_detailed(client=client)
    client.close()
    for closed in (client, derived):
        with pytest.raises(a2e.ConfigurationError, match="closed"):
            get_face_swap_task_status.sync_detailed(client=closed)
    file = tmp_path / "a.txt"
    file.write_text("x")
    with pytest.raises(a2e.ConfigurationError, match="closed"):
        a2e.upload_file(client, file)


def test_a_closed_client_in_a_with_block_raises_an_a2e_error() -> None:
    with a2e.Client(KEY, transport=httpx.MockTransport(_answer)) as client:
        get_face_swap_task_status.sync_detailed(client=client)
    with pytest.raises(a2e.ConfigurationError, match="closed"):
        get_face_swap_task_status.sync_detailed(client=client)


def test_a_client_closed_before_its_first_call_raises_an_a2e_error() -> None:
    with a2e.Client(KEY, transport=httpx.MockTransport(_answer)) as client:
        pass
    with pytest.raises(a2e.ConfigurationError, match="closed"):
        get_face_swap_task_status.sync_detailed(client=client)


def test_an_async_client_closed_by_its_block_raises_an_a2e_error() -> None:
    mocked = httpx.MockTransport(_answer)

    async def block_then_again() -> None:
        async with a2e.Client(KEY, async_transport=mocked) as client:
            await get_face_swap_task_status.asyncio_detailed(client=client)
        with pytest.raises(a2e.ConfigurationError, match="closed"):
            await get_face_swap_task_status.asyncio_detailed(client=client)

    asyncio.run(block_then_again())


def test_a_closed_http_client_of_your_own_raises_an_a2e_error() -> None:
    own = httpx.Client(transport=httpx.MockTransport(_answer))
    own_async = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
    client = a2e.Client(KEY, http_client=own, async_http_client=own_async)
    own.close()
    asyncio.run(own_async.aclose())
    with pytest.raises(a2e.ConfigurationError, match="closed"):
        get_face_swap_task_status.sync_detailed(client=client)
    with pytest.raises(a2e.ConfigurationError, match="closed"):
        asyncio.run(get_face_swap_task_status.asyncio_detailed(client=client))


def test_a_verify_path_is_checked_when_the_client_is_built(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.pem")
    with pytest.raises(a2e.ConfigurationError, match=r"verify: .*missing\.pem"):
        a2e.Client(KEY, verify=missing)
    with pytest.raises(a2e.ConfigurationError, match="verify"):
        a2e.Client(KEY, verify="")
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    with pytest.raises(a2e.ConfigurationError, match=r"verify: .*not a readable CA bundle"):
        a2e.Client(KEY, verify=str(garbage))
    a2e.Client(KEY, verify=str(tmp_path))  # a directory of certificates


def test_a_real_ca_bundle_is_accepted() -> None:
    import certifi

    a2e.Client(KEY, verify=certifi.where())


def test_with_timeout_and_with_headers_take_what_with_options_takes() -> None:
    """Also a typing test: mypy --strict over this file refused a float and a Mapping."""
    from types import MappingProxyType

    client = a2e.Client(KEY)
    assert client.with_timeout(5.0).get_httpx_client().timeout == httpx.Timeout(5.0)
    assert client.with_timeout(7).get_httpx_client().timeout == httpx.Timeout(7.0)
    assert client.with_timeout(httpx.Timeout(3.0)).get_httpx_client().timeout.read == 3.0
    derived = client.with_headers(MappingProxyType({"X-Extra": "1"}))
    assert derived.get_httpx_client().headers["X-Extra"] == "1"
    with pytest.raises(a2e.ConfigurationError, match="timeout"):
        client.with_timeout(-1.0)
