"""a2e.Client: key and server resolution, headers, and never showing the key."""

from __future__ import annotations

import logging

import httpx
import pytest

import a2e
from a2e.mock import MockA2E
from a2e_client import AuthenticatedClient
from a2e_client.api.face_swap import get_face_swap_task_status

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
        ({"region": "mars"}, "region"),
        ({"base_url": "http://video.a2e.ai"}, "plain http"),
        ({"base_url": "ftp://video.a2e.ai"}, "not an http"),
    ],
)
def test_bad_configuration_names_the_field(
    options: dict[str, str], problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("A2E_BASE_URL", raising=False)
    with pytest.raises(a2e.A2EError, match=problem):
        a2e.Client("sk_x", base_url=options.get("base_url"), region=options.get("region", "global"))


def test_user_agent_and_language_are_sent(base_url: str, mock: MockA2E) -> None:
    with a2e.Client("sk_x", base_url=base_url, language="en-US") as client:
        get_face_swap_task_status.sync_detailed(client=client)
    sent = mock.requests[-1].headers
    assert sent["user-agent"].startswith(f"a2e-python/{a2e.__version__}")
    assert sent["x-lang"] == "en-US"


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
    import os
    import subprocess
    import sys

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
