"""The run times `a2e` learns are kept between runs in the user's cache directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from a2e.cli import learned
from a2e.durations import Durations
from a2e.mock import RunningMock

A2E = Path(sys.executable).with_name("a2e")
AUTH = {"Authorization": "Bearer sk_test"}
BODY = {"name": "cli", "face_url": "https://x/f.jpg", "video_url": "https://x/v.mp4"}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "a2e" / learned.FILE_NAME


def test_what_one_run_learns_the_next_one_knows(cache: Path) -> None:
    first = Durations()
    first.record("https://video.a2e.ai", "face_swap", "a", 95.0)
    learned.save(first)
    later = Durations()
    learned.load(later)
    assert later.seen("https://video.a2e.ai", "face_swap") == [95.0]
    assert oct(cache.parent.stat().st_mode & 0o777) == oct(0o700)


def test_two_runs_that_save_keep_both_and_this_run_s_figures_last(cache: Path) -> None:
    other = Durations()
    other.record("s", "face_swap", "theirs", 10.0)
    other.record("s", "face_swap", "both", 20.0)
    learned.save(other)
    mine = Durations()
    mine.record("s", "face_swap", "both", 25.0)
    mine.record("s", "face_swap", "mine", 30.0)
    learned.save(mine)
    kept = Durations()
    learned.load(kept)
    assert kept.seen("s", "face_swap") == [10.0, 25.0, 30.0]


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b'{"s": {"face_swap": {"a": "ninety"}}}',
        b'{"s": ["face_swap"]}',
        b"[" * 100_000,
        b" " * (learned.MAX_BYTES + 1),
    ],
    ids=["text", "a string", "a list", "deep", "too large"],
)
def test_a_damaged_cache_counts_as_empty(cache: Path, content: bytes) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_bytes(content)
    found = Durations()
    learned.load(found)
    assert found.export() == {}
    found.record("s", "face_swap", "a", 5.0)
    learned.save(found)  # and is replaced by a good one
    assert json.loads(cache.read_text()) == {"s": {"face_swap": {"a": 5.0}}}


def test_a_cache_that_cannot_be_written_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # a file where a directory should be
    kept = Durations()
    kept.record("s", "face_swap", "a", 5.0)
    learned.save(kept)
    learned.load(kept)
    assert kept.seen("s", "face_swap") == [5.0]
    assert blocked.read_text() == ""


def test_run_times_seen_on_a_local_server_are_not_kept(cache: Path) -> None:
    seen = Durations()
    for server in ("http://127.0.0.1:8765", "http://localhost:1234", "http://[::1]:80"):
        seen.record(server, "face_swap", "mock", 0.01)
    seen.record("https://video.a2e.ai", "face_swap", "real", 95.0)
    learned.save(seen)
    assert list(json.loads(cache.read_text())) == ["https://video.a2e.ai"]


def test_a2e_wait_saves_its_cache(a2e_mock: RunningMock, cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_text('{"https://video.a2e.ai": {"face_swap": {"earlier": 95.0}}, "damaged"')
    url = a2e_mock.base_url
    start = f"{url}/api/v1/userFaceSwapTask/add"
    task_id = httpx.post(start, json=BODY, headers=AUTH).json()["data"]["_id"]
    environment = {**os.environ, "A2E_API_KEY": "sk_cli", "A2E_BASE_URL": url}
    result = subprocess.run(
        [str(A2E), "wait", "face_swap", task_id],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Rewritten whole: the damaged file counted as empty, and the mock is not remembered.
    assert json.loads(cache.read_text()) == {}
