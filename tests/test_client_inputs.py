"""Settings `a2e.Client` must refuse, and how: a ConfigurationError naming the field, raised
when the client is built, never showing a secret."""

from __future__ import annotations

from typing import Any

import pytest

import a2e

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
