"""The run times `a2e` has learned, kept between runs: each run is a new process, and a wait
plans its reads better with the run times of the tasks seen before (see `a2e.durations`).

They live in a small JSON file in the user's cache directory: `$XDG_CACHE_HOME/a2e/` when set,
else `~/Library/Caches/a2e/` on macOS, `%LOCALAPPDATA%\\a2e\\Cache\\` on Windows and
`~/.cache/a2e/` elsewhere. It is only a cache: one that cannot be read (missing, damaged, too
large) counts as empty, and one that cannot be written is left as it was; waits work either way.
Run times seen on a local server (the mock, on whatever port) are not kept: they say nothing
about A2E, and would crowd out what was learned of it.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from a2e.durations import Durations

FILE_NAME = "durations.json"
# A few kilobytes per server and family; anything near this is not a file a2e wrote.
MAX_BYTES = 1 << 20


def cache_directory() -> Path:
    given = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(given):
        return Path(given) / "a2e"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "a2e"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "a2e" / "Cache"
    return Path.home() / ".cache" / "a2e"


def cache_file() -> Path:
    return cache_directory() / FILE_NAME


def _read(path: Path) -> object:
    try:
        with path.open("rb") as file:
            content = file.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(content) > MAX_BYTES:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def load(durations: Durations) -> None:
    """Add the run times kept in the cache file to `durations`."""
    durations.merge(_read(cache_file()))


def _local(server: str) -> bool:
    host = urlsplit(server).hostname or ""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def save(durations: Durations) -> None:
    """Keep `durations` in the cache file, with what other runs wrote there meanwhile."""
    path = cache_file()
    both = Durations(durations.kept, durations.servers)
    both.merge({k: v for k, v in durations.export().items() if not _local(k)})
    both.merge(_read(path))  # counted as older than this run's
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Written aside, then moved over the old file: a run cut short leaves it whole.
        descriptor, written = tempfile.mkstemp(dir=path.parent, prefix=f".{FILE_NAME}.")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(both.export(), file, separators=(",", ":"))
        os.replace(written, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(written)
