"""Where a server may send the SDK (issue #16, rows 8 and 13): result downloads and uploads
go to https hosts on the public internet, the base URL's own host, or hosts the user allows;
errors name host and path, never a signed query."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
from hostile import (
    KEY,
    SIGNED,
    STORAGE,
    SYNC_ASYNC,
    VIDEO,
    a2e_with_storage,
    answering,
    completed,
    envelope,
    save,
    upload,
    whole,
)

import a2e
from a2e.addresses import AddressRules
from a2e_client.models import FaceSwapTask


@SYNC_ASYNC
@pytest.mark.parametrize(
    "url",
    [
        f"https://storage.example.com:99999/r/a.mp4{SIGNED}",
        f"http://storage.example.com/r/a.mp4{SIGNED}",
        f"https://user:pass@169.254.169.254/r/a.mp4{SIGNED}",
    ],
    ids=["bad-port", "plain-http", "metadata-host"],
)
def test_errors_name_host_and_path_never_a_signature(
    tmp_path: Path, use_async: bool, url: str
) -> None:
    client = a2e_with_storage(lambda r: pytest.fail("fetched"), completed("t1", url))
    with pytest.raises(a2e.InvalidResponseError) as caught:
        save(client, tmp_path, use_async=use_async)
    text = f"{caught.value} {caught.value.seen}"
    assert "/r/a.mp4" in text and "deadbeef" not in text and "AKIDEXAMPLE" not in text
    assert "pass" not in text


INSIDE = [
    "http://storage.example.com/r.mp4",
    "https://169.254.169.254/latest/meta-data/",
    "https://127.0.0.1/r.mp4",
    "https://10.1.2.3/r.mp4",
    "https://[::1]/r.mp4",
    "https://[::ffff:127.0.0.1]/r.mp4",
    "https://[64:ff9b::a9fe:a9fe]/r.mp4",
    "https://2130706433/r.mp4",
    "https://0x7f.1/r.mp4",
    "https://localhost/r.mp4",
    "https://printer.local/r.mp4",
    "https://metadata.google.internal/r.mp4",
    "https://intranet/r.mp4",
    "https://224.0.0.1/r.mp4",
]


@SYNC_ASYNC
@pytest.mark.parametrize("url", INSIDE)
def test_results_are_fetched_from_public_https_hosts_only(
    tmp_path: Path, use_async: bool, url: str
) -> None:
    client = a2e_with_storage(lambda r: pytest.fail(f"fetched {r.url}"), completed("t1", url))
    with pytest.raises(a2e.InvalidResponseError, match="result address"):
        save(client, tmp_path, use_async=use_async)
    assert list(tmp_path.iterdir()) == []


@SYNC_ASYNC
def test_a_redirect_into_the_network_is_refused(tmp_path: Path, use_async: bool) -> None:
    fetched: list[str] = []

    def storage(request: httpx.Request) -> httpx.Response:
        fetched.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest"})

    with pytest.raises(a2e.InvalidResponseError, match="is not https"):
        save(a2e_with_storage(storage), tmp_path, use_async=use_async)
    assert fetched == [STORAGE]


@SYNC_ASYNC
@pytest.mark.parametrize("allowed", [["127.0.0.1"], ["*"]])
def test_the_user_may_allow_other_hosts(
    tmp_path: Path, use_async: bool, allowed: list[str]
) -> None:
    client = a2e_with_storage(
        whole, completed("t1", "http://127.0.0.1:9/r.mp4"), storage_hosts=allowed
    )
    [path] = save(client, tmp_path, use_async=use_async)
    assert path.read_bytes() == VIDEO
    derived = client.with_options(timeout=5)
    assert derived.storage_hosts == client.storage_hosts


@SYNC_ASYNC
def test_a_name_resolving_into_the_network_is_refused(
    base_url: str, tmp_path: Path, use_async: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(variable, raising=False)
    real = socket.getaddrinfo

    def resolve(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebound.example.com":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 0))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    client = a2e.Client("sk_test", base_url=base_url)  # connects directly: names are looked up
    task = FaceSwapTask.from_dict(completed("t1", "https://rebound.example.com/r.mp4"))
    with pytest.raises(a2e.InvalidResponseError, match="resolves to a private or local address"):
        save(client, tmp_path, use_async=use_async, task=task)


@SYNC_ASYNC
def test_an_upload_address_inside_the_network_is_refused(tmp_path: Path, use_async: bool) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        data = {
            "uploadUrl": f"https://169.254.169.254/put{SIGNED}",
            "cdnUrl": "https://cdn.example.com/f.png",
            "key": "f",
            "bucket": "b",
            "expiresIn": 3600,
        }
        return envelope(data)

    picture = tmp_path / "f.png"
    picture.write_bytes(b"png")
    with pytest.raises(a2e.InvalidResponseError, match="uploadUrl points at a private") as caught:
        upload(answering(answer), picture, use_async=use_async)
    assert len(sent) == 1, "only the presign call: the bytes went nowhere"
    assert "deadbeef" not in str(caught.value)


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("cdn.example.com", True),
        ("100.64.0.1", False),
        ("192.168.1.1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("0.0.0.0", False),
        ("2002:7f00:1::", False),  # 6to4 around 127.0.0.1
        ("017700000001", False),  # octal 127.0.0.1
        ("127.1", False),
    ],
)
def test_address_rules_by_form(host: str, allowed: bool) -> None:
    shown = f"[{host}]" if ":" in host else host
    rules = AddressRules()
    if allowed:
        rules.check(f"https://{shown}/x", "the address")
    else:
        with pytest.raises(a2e.InvalidResponseError):
            rules.check(f"https://{shown}/x", "the address")


def test_the_base_urls_own_host_is_allowed() -> None:
    rules = AddressRules(home=("http", "127.0.0.1"))
    assert rules.check("http://127.0.0.1:1234/__mock__/results/x.mp4", "r") is None
    # A base URL on this machine allows this machine under any of its names.
    assert rules.check("http://localhost:1234/x.mp4", "r") is None
    assert rules.check("http://[::1]:1234/x.mp4", "r") is None
    with pytest.raises(a2e.InvalidResponseError):
        rules.check("http://10.0.0.1/x.mp4", "r")
    public = AddressRules(home=("https", "video.a2e.ai"))
    assert public.check("https://video.a2e.ai/r.mp4", "r") is None
    for elsewhere in ("http://video.a2e.ai/r.mp4", "https://127.0.0.1/r.mp4"):
        with pytest.raises(a2e.InvalidResponseError):
            public.check(elsewhere, "r")


def test_storage_hosts_is_checked() -> None:
    wrongs: list[Any] = ["a.example.com", ["https://a.example.com/"], [""], [3]]
    for wrong in wrongs:
        with pytest.raises(a2e.ConfigurationError, match="storage_hosts"):
            a2e.Client(KEY, storage_hosts=wrong)
