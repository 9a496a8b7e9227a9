"""Local files a hostile server or a hostile file meets (issue #16, rows 1 to 6, 9 and 10):
result files keep to the chosen folder, never write through a link, never grow past the cap
or expand from a compressed body; a file to upload that changes while read, or is no file at
all, is a typed error. The command line's side is in test_cli_hostile.py."""

from __future__ import annotations

import gzip
import os
import threading
from pathlib import Path

import httpx
import pytest
from hostile import (
    KEY,
    SYNC_ASYNC,
    VIDEO,
    a2e_with_storage,
    answering,
    completed,
    endless,
    ranged,
    save,
    streamed,
    upload,
    whole,
)

import a2e
from a2e.localfiles import local_stem
from a2e.mock import MockA2E
from a2e.uploads import CHUNK
from a2e_client.models import FaceSwapTask

ODD_IDS = [
    "../escaped",
    "/abs/path/evil",
    "a\x00b",
    "..\\windows\\evil",
    "a/b/../../c",
    "..",
    ".",
    "",
    ".bashrc",
    "-rf",
    "CON",
    "nul.txt",
    "x" * 300,
    "\x1b]0;title\x07\u202e",
    "é/ü",
]


@SYNC_ASYNC
@pytest.mark.parametrize("task_id", ODD_IDS, ids=repr)
def test_a_file_name_from_a_server_never_leaves_the_chosen_folder(
    tmp_path: Path, use_async: bool, task_id: str
) -> None:
    folder = tmp_path / "chosen"
    client = a2e_with_storage(whole, completed(task_id, "https://storage.example.com/evil.pth"))
    task = FaceSwapTask.from_dict(completed(task_id, "https://storage.example.com/evil.pth"))
    [path] = save(client, folder, use_async=use_async, task_id=task_id, task=task)
    assert path.parent == folder and path.is_file() and not path.is_symlink()
    assert [p.relative_to(tmp_path) for p in tmp_path.rglob("*")] == [
        Path("chosen"),
        Path("chosen", path.name),
    ]
    assert path.suffix != ".pth" and not path.name.startswith((".", "-"))
    assert len(path.name) <= 100 and path.name.isascii() and path.name.isprintable()
    assert path.read_bytes() == VIDEO
    assert task.id == task_id, "the record keeps the id as A2E sent it"
    assert not Path("/abs").exists()


@SYNC_ASYNC
def test_ids_read_from_the_server_are_kept_inside_too(tmp_path: Path, use_async: bool) -> None:
    client = a2e_with_storage(whole, completed("../escaped"))
    [path] = save(client, tmp_path / "in", use_async=use_async, task_id="../escaped")
    assert path.parent == tmp_path / "in" and not (tmp_path / "escaped.mp4").exists()


def test_the_naming_rule() -> None:
    assert local_stem("6674f1765699df7e9d25311a") == "6674f1765699df7e9d25311a"
    assert local_stem("a/b") != local_stem("a_b") == "a_b", "a changed id never takes another's"
    assert local_stem("CON").startswith("_CON-") and local_stem("com1.x").startswith("_com1.x-")
    assert local_stem("..") != local_stem(".") and local_stem("").isalnum()
    assert len({local_stem("x" * n) for n in range(60, 80)}) == 20


@SYNC_ASYNC
@pytest.mark.parametrize("link", ["symlink", "hardlink", "dangling", "final-symlink"])
def test_a_download_never_writes_through_a_link(tmp_path: Path, use_async: bool, link: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious " * 10)
    folder = tmp_path / "out"
    folder.mkdir()
    part = folder / "t1.mp4.part"
    if link == "symlink":
        part.symlink_to(victim)
    elif link == "hardlink":
        os.link(victim, part)
    elif link == "dangling":
        part.symlink_to(tmp_path / "made-by-the-download")
    else:
        (folder / "t1.mp4").symlink_to(victim)
    seen: list[httpx.Request] = []

    def storage(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ranged(request)

    [path] = save(a2e_with_storage(storage), folder, use_async=use_async)
    assert victim.read_bytes() == b"precious " * 10
    assert not (tmp_path / "made-by-the-download").exists()
    assert path == folder / "t1.mp4" and not path.is_symlink() and path.read_bytes() == VIDEO
    assert [r.headers.get("range") for r in seen] == [None], "a link is never continued"


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs chown (root)")
def test_a_part_file_of_another_user_is_not_continued(tmp_path: Path) -> None:
    part = tmp_path / "t1.mp4.part"
    part.write_bytes(VIDEO[:1000])
    os.chown(part, 65534, 65534)
    seen: list[httpx.Request] = []

    def storage(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ranged(request)

    [path] = save(a2e_with_storage(storage), tmp_path, use_async=False)
    assert "range" not in seen[0].headers and path.read_bytes() == VIDEO
    assert path.stat().st_uid == 0


BOMB = gzip.compress(b"\0" * 2**24)  # 16 KB on the wire, 16 MiB once expanded


@SYNC_ASYNC
def test_a_result_encoded_against_the_request_is_refused(tmp_path: Path, use_async: bool) -> None:
    def bomb(request: httpx.Request) -> httpx.Response:
        assert request.headers["accept-encoding"] == "identity"
        return streamed(BOMB, **{"Content-Encoding": "gzip"})

    with pytest.raises(a2e.InvalidResponseError, match=r"t1\.mp4 encoded \(gzip\)"):
        save(a2e_with_storage(bomb), tmp_path, use_async=use_async)
    assert list(tmp_path.iterdir()) == []


@SYNC_ASYNC
def test_a_result_that_never_ends_stops_at_the_cap(tmp_path: Path, use_async: bool) -> None:
    with pytest.raises(a2e.InvalidResponseError, match="more than 1048576 bytes") as caught:
        save(a2e_with_storage(endless), tmp_path, use_async=use_async, max_size=2**20)
    assert list(tmp_path.iterdir()) == [], "the part file is removed"
    assert caught.value.expected == "at most 1048576 bytes"


@SYNC_ASYNC
def test_a_result_announced_larger_than_the_cap_is_refused_before_writing(
    tmp_path: Path, use_async: bool
) -> None:
    def huge(request: httpx.Request) -> httpx.Response:
        return streamed(b"x", **{"Content-Length": str(2**40)})

    with pytest.raises(a2e.InvalidResponseError, match="more than"):
        save(a2e_with_storage(huge), tmp_path, use_async=use_async)
    assert list(tmp_path.iterdir()) == []


@SYNC_ASYNC
@pytest.mark.parametrize("change", ["grows", "shrinks"])
def test_a_file_that_changes_while_it_is_sent_is_a_typed_error(
    client: a2e.Client, mock: MockA2E, tmp_path: Path, use_async: bool, change: str
) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"\1" * (CHUNK + CHUNK // 2))
    changed: list[int] = []

    def progress(sent: int, size: int) -> None:
        if sent and not changed:
            changed.append(sent)
            with path.open("ab" if change == "grows" else "r+b") as file:
                file.write(b"\2" * 1000) if change == "grows" else file.truncate(CHUNK + 100)

    how = "grew" if change == "grows" else "shrank"
    with pytest.raises(a2e.ConfigurationError, match=rf"clip\.mp4' {how} while it was read"):
        upload(client, path, use_async=use_async, on_progress=progress)
    assert mock.storage.files == {}, "nothing was stored"


@SYNC_ASYNC
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_file_whose_size_says_nothing_is_read_whole_first(
    client: a2e.Client, use_async: bool
) -> None:
    url = upload(client, Path("/proc/self/status"), use_async=use_async)
    assert httpx.get(url).content.startswith(b"Name:")


@SYNC_ASYNC
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_read_whole_first(client: a2e.Client, tmp_path: Path, use_async: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("wb") as end:
            end.write(b"from a pipe")

    writer = threading.Thread(target=write)
    writer.start()
    url = upload(client, fifo, use_async=use_async)
    writer.join()
    assert httpx.get(url).content == b"from a pipe"


@SYNC_ASYNC
@pytest.mark.parametrize("path", ["/dev/null", "/dev/zero", "."])
def test_a_device_or_folder_is_refused_before_any_request(
    tmp_path: Path, use_async: bool, path: str
) -> None:
    client = answering(lambda r: pytest.fail("sent"))
    with pytest.raises(a2e.ConfigurationError, match="not a regular file or a pipe"):
        upload(client, Path(path), use_async=use_async)


def test_max_size_is_checked() -> None:
    with pytest.raises(a2e.ConfigurationError, match="max_size"):
        a2e.download(a2e.Client(KEY), "face_swap", "t1", max_size=0)
