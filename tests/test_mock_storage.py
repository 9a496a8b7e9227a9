"""The mock's storage takes and serves a file under any key, whatever characters it holds."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

import a2e

AUTH = {"Authorization": "Bearer sk_test"}
PRESIGN = "/api/v1/r2/upload-presigned-url"
# Each needs percent-encoding in a URL's path (`#` and `?` would end it, `%` starts an escape).
AWKWARD_NAMES = ["a#b.jpg", "a?b.jpg", "a%b.jpg", "a%2Fb.jpg", "a b.jpg", "é.jpg", "a\\b.jpg"]


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_upload_file_takes_any_file_name(client: a2e.Client, tmp_path: Path, name: str) -> None:
    picture = tmp_path / name
    picture.write_bytes(name.encode())
    url = a2e.upload_file(client, picture)
    assert url.isascii() and " " not in url
    assert httpx.get(url).content == name.encode()


@pytest.mark.parametrize(
    "key", [*AWKWARD_NAMES, "../up.bin", "a/./b", "a/%2E%2E/b", "a//b", "~x;y=z,&+$!'()*@:"]
)
def test_upload_addresses_percent_encode_the_key(base_url: str, key: str) -> None:
    """Dot segments too: a client would drop them from the address, and miss the key."""
    presigned = httpx.post(f"{base_url}{PRESIGN}", json={"key": key}, headers=AUTH).json()["data"]
    assert presigned["key"] == f"mock/{key}"
    for address in (presigned["uploadUrl"], presigned["cdnUrl"]):
        assert address.isascii() and " " not in address and "#" not in address
    assert httpx.put(presigned["uploadUrl"], content=key.encode()).status_code == 200
    assert httpx.get(presigned["cdnUrl"]).content == key.encode()
