"""Local files the SDK writes or reads for a server: names, part files, upload sources.

Names: a file name made from anything a server sends (a task id, the suffix of a result
address) never leaves the folder the user chose. `local_stem` is the one rule:

1. every character but ASCII letters, digits, `.`, `_` and `-` becomes `_` (path separators,
   NUL, control characters, spaces, anything non-ASCII);
2. leading `.` and `-` (hidden files, `..`, names read as options) and trailing `.` go;
3. a name Windows reserves for a device (`CON`, `NUL`, `COM1`... before any dot) gets a
   leading `_`;
4. it is cut to `MAX_FILE_STEM` characters;
5. if any of this changed the id, `-` and the first 12 hex digits of the id's SHA-256 are
   appended, so two ids never share a file (an empty result is the digits alone).

An A2E task id (24 hex digits) passes unchanged. The suffix is taken from the address only
when it is a known media or text suffix (`.mp4`, `.png`, `.wav`, `.srt`...): a server cannot
make the SDK write a `.pth`, `.py` or `.exe`.

Part files: the SDK never writes through a link. A part file is continued only when it is a
regular file (not a symbolic link), with no other name (not a hard link), owned by the current
user; anything else under its name is removed (the link itself, never its target) and a new
file is made with O_EXCL and O_NOFOLLOW.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from . import defaults
from .errors import A2EError

MAX_FILE_STEM = defaults.MAX_FILE_STEM
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"{port}{n}" for port in ("COM", "LPT") for n in range(10))}
)
# Suffixes a result file may keep: what A2E makes (video, audio, images, captions, JSON).
RESULT_SUFFIXES = frozenset(
    {
        *("mp4", "mov", "m4v", "webm", "mkv", "avi", "flv", "mpg", "mpeg", "gif"),
        *("mp3", "wav", "m4a", "aac", "ogg", "oga", "opus", "flac", "weba"),
        *("png", "jpg", "jpeg", "webp", "bmp", "tif", "tiff", "heic", "heif", "avif"),
        *("srt", "vtt", "json", "txt"),
    }
)
_SUFFIX = re.compile(r"\.([A-Za-z0-9]{1,8})$")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def local_stem(task_id: str) -> str:
    """The file name (without suffix) a task id gives, by the module's rule."""
    stem = _UNSAFE.sub("_", task_id).lstrip(".-").rstrip(".")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    stem = stem[:MAX_FILE_STEM]
    if stem == task_id and stem:
        return stem
    digest = hashlib.sha256(task_id.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{stem.rstrip('.')}-{digest}" if stem else digest


def result_suffix(path: str) -> str:
    """The suffix (".mp4") of an address's path when it is a known result suffix, else ""."""
    found = _SUFFIX.search(path)
    suffix = found.group(1).lower() if found else ""
    return f".{suffix}" if suffix in RESULT_SUFFIXES else ""


def _ours(status: os.stat_result) -> bool:
    """A regular file with this one name, owned by the current user (where files have owners)."""
    owner = getattr(os, "getuid", None)
    return (
        stat.S_ISREG(status.st_mode)
        and status.st_nlink == 1
        and (owner is None or status.st_uid == owner())
    )


def saved_size(target: Path) -> int | None:
    """The size of a file saved under `target`, or None when no regular file is there (a link
    or anything else under the name does not count, and will be replaced)."""
    try:
        status = os.lstat(target)
    except FileNotFoundError:
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def part_size(part: Path) -> int:
    """The bytes a part file holds that a download may continue; 0 when there is none, or
    when what has its name may not be continued (it is replaced on writing)."""
    try:
        status = os.lstat(part)
    except FileNotFoundError:
        return 0
    return status.st_size if _ours(status) else 0


def open_part(part: Path, offset: int) -> BinaryIO:
    """The part file opened for writing at `offset`: appended to when `offset` is not 0 (it
    must still be the file `part_size` measured), else made anew, never through a link."""
    flags = os.O_WRONLY | _NOFOLLOW | _BINARY | getattr(os, "O_CLOEXEC", 0)
    if offset:
        descriptor = os.open(part, flags | os.O_APPEND)
        status = os.fstat(descriptor)
        if not _ours(status) or status.st_size != offset:
            os.close(descriptor)
            raise A2EError(
                f"{part.name} changed while the download ran (is another program saving it?)"
            )
        return os.fdopen(descriptor, "ab")
    with contextlib.suppress(FileNotFoundError):
        os.unlink(part)
    return os.fdopen(os.open(part, flags | os.O_CREAT | os.O_EXCL, 0o666), "wb")


def finish(part: Path, target: Path) -> None:
    """Give a complete part file its final name (a link under that name is replaced, not
    followed)."""
    os.replace(part, target)


def discard(part: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(part)


def synced(out: BinaryIO) -> None:
    """Flush a file to disk before it is renamed, so a crash never leaves a short final file."""
    out.flush()
    os.fsync(out.fileno())


def open_source(path: Path) -> tuple[os.stat_result | OSError, BinaryIO | None]:
    """(what the file is, the file opened for reading) of a file to upload. Only regular
    files and pipes are opened (a device such as /dev/zero or a terminal never is); the
    answer describes the opened file itself, so it cannot be swapped in between."""
    try:
        status = os.stat(path)
        if not (stat.S_ISREG(status.st_mode) or stat.S_ISFIFO(status.st_mode)):
            return status, None
        source = path.open("rb")
        return os.fstat(source.fileno()), source
    except OSError as error:
        return error, None
