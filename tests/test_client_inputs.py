"""Settings `a2e.Client` must refuse, and how: a ConfigurationError naming the field, raised
when the client is built, never showing a secret."""

from __future__ import annotations

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
