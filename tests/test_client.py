"""a2e.Client: key and server resolution, headers, and never showing the key."""

from __future__ import annotations

import asyncio
import copy
import logging
import os
import pickle
import subprocess
import sys
from typing import Any

import httpx
import pytest

import a2e
from a2e.mock import MockA2E
from a2e_client import AuthenticatedClient
from a2e_client.api.face_swap import (
    delete_face_swap_task,
    get_face_swap_task,
    get_face_swap_task_status,
)

SECRET = "sk_live_do_not_print_me"


def test_missing_key_is_a_clear_error_before_any_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("A2E_API_KEY", raising=False)
    with pytest.raises(a2e.A2EError, match="A2E_API_KEY"):
        a2e.Client()
    with pytest.raises(a2e.A2EError, match="api_key"):
        a2e.Client("   ")


def test_key_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, base_url: str, mock: MockA2E
) -> None:
    monkeypatch.setenv("A2E_API_KEY", "sk_from_env")
    with a2e.Client(base_url=base_url) as client:
        get_face_swap_task_status.sync_detailed(client=client)
    assert mock.requests[-1].headers["authorization"] == "Bearer sk_from_env"


def test_regions_and_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("A2E_BASE_URL", raising=False)
    assert a2e.Client("sk_x").base_url == "https://video.a2e.ai"
    assert a2e.Client("sk_x", region="cn").base_url == "https://video.a2e.com.cn"
    monkeypatch.setenv("A2E_BASE_URL", "https://staging.example.com/")
    assert a2e.Client("sk_x").base_url == "https://staging.example.com"
    assert a2e.Client("sk_x", base_url="http://localhost:9000").base_url == "http://localhost:9000"


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"region": "mars"}, "region: unknown"),
        ({"region": "cn", "base_url": "https://x.example"}, "region: give base_url or region"),
        ({"base_url": "http://video.a2e.ai"}, "plain http"),
        ({"base_url": "ftp://video.a2e.ai"}, "not an http"),
        ({"base_url": "https://video.a2e.ai:99999"}, "base_url: .* not a valid URL"),
        ({"base_url": "https://video .a2e.ai"}, "base_url: .* space"),
        ({"base_url": "https://vidéo.a2e.ai"}, "base_url: .* non-ASCII"),
        ({"base_url": "https://video.a2e.ai/?x=1"}, "base_url: .* query"),
        ({"timeout": -1}, "timeout: must be a finite number of seconds > 0"),
        ({"timeout": 0}, "timeout: must be"),
        ({"timeout": float("nan")}, "timeout: must be"),
        ({"timeout": True}, "timeout: must be a number"),
        ({"timeout": httpx.Timeout(5, read=-1)}, "timeout.read"),
        ({"max_retries": -1}, "max_retries: must be >= 0"),
        ({"max_retries": 1.5}, "max_retries: must be an int"),
        ({"backoff_base": float("inf")}, "backoff_base: must be a finite number"),
        ({"retry_after_max": -1}, "retry_after_max: must be >= 0"),
        ({"language": "en\nUS"}, "language"),
        ({"headers": {"X-Trace": "a\r\nb"}}, "headers: the value of 'X-Trace'"),
        ({"headers": {"X Trace": "1"}}, "headers: 'X Trace' is not a valid header name"),
        ({"proxy": "ftp://proxy"}, "proxy"),
        ({"limits": 10}, "limits: expected"),
        (
            {"http_client": httpx.Client(), "proxy": "http://p:1"},
            "proxy: set these on the http_client",
        ),
    ],
)
def test_bad_configuration_is_refused_when_built(
    options: dict[str, Any], problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("A2E_BASE_URL", raising=False)
    with pytest.raises(a2e.ConfigurationError, match=problem) as raised:
        a2e.Client("sk_x", **options)
    assert isinstance(raised.value, ValueError), "one documented type, also a ValueError"


@pytest.mark.parametrize("inner", ["\n", "\r", "\0", " ", "é", "\x7f"])
def test_a_key_that_cannot_be_sent_is_refused_without_showing_it(inner: str) -> None:
    key = f"sk_live_{inner}do_not_print_me"
    with pytest.raises(a2e.ConfigurationError, match="api_key") as raised:
        a2e.Client(key)
    assert "do_not_print_me" not in str(raised.value) + repr(raised.value.args)


def test_surrounding_whitespace_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    client = a2e.Client("  sk_x\n", base_url=" https://video.a2e.ai/ ")
    assert client.token == "sk_x" and client.base_url == "https://video.a2e.ai"
    monkeypatch.setenv("A2E_BASE_URL", "https://staging.example.com")
    assert a2e.Client("sk_x", region="cn").base_url == "https://video.a2e.com.cn"


def test_user_agent_and_language_are_sent(base_url: str, mock: MockA2E) -> None:
    with a2e.Client("sk_x", base_url=base_url, language="en-US") as client:
        get_face_swap_task_status.sync_detailed(client=client)
    sent = mock.requests[-1].headers
    assert sent["user-agent"].startswith(f"a2e-python/{a2e.__version__}")
    assert sent["x-lang"] == "en-US"


def test_with_options_shares_the_pool_and_keeps_the_configuration(
    base_url: str, mock: MockA2E
) -> None:
    base = a2e.Client(SECRET, base_url=base_url, max_retries=5)
    derived = base.with_options(headers={"X-Trace": "1"}, timeout=5, backoff_base=0.1)
    get_face_swap_task_status.sync_detailed(client=derived)
    assert mock.requests[-1].headers["x-trace"] == "1"
    assert derived.retry_policy.max_retries == 5 and derived.retry_policy.backoff_base == 0.1
    assert derived.get_httpx_client().timeout == httpx.Timeout(5)
    assert derived.storage_client() is base.storage_client(), "one connection pool"
    assert derived.with_options(max_retries=0).storage_client() is base.storage_client()
    with pytest.raises(a2e.ConfigurationError, match="max_retries"):
        base.with_options(max_retries=-1)
    base.close()


def test_the_key_is_held_in_one_place(base_url: str) -> None:
    client = a2e.Client(SECRET, base_url=base_url).with_options(headers={"X-Trace": "1"})
    assert client.token == SECRET
    assert SECRET not in repr(vars(client)), "only the token field holds the key"


def test_with_headers_keeps_the_configuration(base_url: str, mock: MockA2E) -> None:
    base = a2e.Client(SECRET, base_url=base_url, max_retries=5)
    derived = base.with_headers({"X-Trace": "1"})
    get_face_swap_task_status.sync_detailed(client=derived)
    assert mock.requests[-1].headers["x-trace"] == "1"
    assert derived.retry_policy.max_retries == 5 and derived.base_url == base.base_url


def test_the_key_never_shows(base_url: str, caplog: pytest.LogCaptureFixture) -> None:
    client = a2e.Client(SECRET, base_url=base_url)
    client.get_httpx_client()
    client.get_async_httpx_client()
    generated = AuthenticatedClient(base_url=base_url, token=SECRET)
    generated.get_httpx_client()
    with caplog.at_level(logging.DEBUG, logger="a2e"):
        get_face_swap_task_status.sync_detailed(client=client)
    shown = [repr(client), str(client), repr(generated), str(generated), caplog.text]
    shown += [repr(client.get_httpx_client().headers)]
    assert caplog.text, "the request was logged"
    assert all(SECRET not in text for text in shown)


def test_errors_do_not_carry_the_key(base_url: str) -> None:
    client = a2e.Client(SECRET, base_url=base_url).with_headers({"X-Mock-Fault": "envelope"})
    with pytest.raises(a2e.APIError) as raised:
        get_face_swap_task_status.sync_detailed(client=client)
    assert SECRET not in str(raised.value) and SECRET not in repr(raised.value.__dict__)


def test_a_number_is_accepted_as_timeout() -> None:
    client = a2e.Client("sk_x", timeout=5)
    assert client.get_httpx_client().timeout == httpx.Timeout(5)


def test_a2e_log_shows_requests_without_the_key(base_url: str) -> None:
    script = (
        "import a2e\n"
        "from a2e_client.api.face_swap import get_face_swap_task_status\n"
        f"client = a2e.Client({SECRET!r}, base_url={base_url!r})\n"
        "get_face_swap_task_status.sync_detailed(client=client)\n"
    )
    env = {**os.environ, "A2E_LOG": "debug"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert "GET http://127.0.0.1" in result.stderr and "-> 200" in result.stderr
    assert "'authorization': '[redacted]'" in result.stderr
    assert SECRET not in result.stderr + result.stdout


def test_every_public_name_is_importable_and_documented() -> None:
    import inspect

    for name in a2e.__all__:
        value = getattr(a2e, name)
        assert name in dir(a2e)
        if callable(value):
            assert inspect.getdoc(value), f"{name} has no docstring"
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = a2e.no_such_name  # type: ignore[attr-defined]


def run_logged(script: str) -> str:
    env = {**os.environ, "A2E_LOG": "info"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return result.stderr


def test_a2e_log_in_an_app_that_configured_logging_prints_once(base_url: str) -> None:
    call = (
        f"client = a2e.Client('sk_x', base_url={base_url!r})\n"
        "get_face_swap_task_status.sync_detailed(client=client)\n"
    )
    imports = (
        "import logging, a2e\nfrom a2e_client.api.face_swap import get_face_swap_task_status\n"
    )
    configured_before = run_logged(
        imports + "logging.basicConfig(format='APP %(message)s')\n" + call
    )
    assert configured_before.count("-> 200") == 1 and "APP GET" in configured_before
    configured_after = run_logged(
        imports
        + call.replace("get_face", "logging.basicConfig(format='APP %(message)s')\nget_face", 1)
    )
    assert configured_after.count("-> 200") == 1 and "APP GET" in configured_after
    app_level = run_logged(
        imports + "logging.basicConfig()\nlogging.getLogger('a2e').setLevel('WARNING')\n" + call
    )
    assert "-> 200" not in app_level, "the application's level for 'a2e' wins"
    alone = run_logged(imports + call)
    assert alone.count("-> 200") == 1 and " a2e INFO " in alone


@pytest.mark.parametrize("task_id", [".", "..", "", "x" * 100_000])
def test_a_task_id_never_reaches_another_path(task_id: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 0, "data": {}})

    client = a2e.Client("sk_x", transport=httpx.MockTransport(answer))
    with pytest.raises(a2e.ConfigurationError, match="GET"):
        get_face_swap_task.sync_detailed(task_id, client=client)
    with pytest.raises(a2e.ConfigurationError, match="DELETE"):
        delete_face_swap_task.sync_detailed(task_id, client=client)
    with pytest.raises(a2e.ConfigurationError):
        asyncio.run(get_face_swap_task.asyncio_detailed(task_id, client=client))
    assert sent == []


def test_ids_with_slashes_are_encoded_into_one_segment() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(404, json={"success": False, "error": "not found"})

    client = a2e.Client("sk_x", transport=httpx.MockTransport(answer), max_retries=0)
    with pytest.raises(a2e.NotFoundError):
        get_face_swap_task.sync_detailed("../../userInfo", client=client)
    assert sent[0].url.raw_path == b"/api/v1/userFaceSwapTask/..%2F..%2FuserInfo"
    with pytest.raises(a2e.NotFoundError):
        client.get_httpx_client().get("https://storage.example.com/a//b")
    assert sent[1].url.path == "/a//b", "absolute URLs are the caller's own"


def test_a_client_is_not_copied_or_pickled_by_accident() -> None:
    client = a2e.Client("sk_x")
    for attempt in (copy.copy, copy.deepcopy, pickle.dumps):
        with pytest.raises(TypeError, match=r"with_options|build a new client"):
            attempt(client)
    assert repr(client).startswith("Client(")
