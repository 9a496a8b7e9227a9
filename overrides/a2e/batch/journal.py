"""The journal of a bulk run: one SQLite file (the standard library's) with each job's state, so
that a run stopped at any moment (a crash, SIGKILL, Ctrl-C, a full disk) continues on a rerun
without starting a job twice.

A job's states: `pending`; `starting` (the intent to start, written before the POST, with the
marker the start carries); `started` (the task id, written as soon as A2E answers);
`finished` or `failed`; `unknown` (a start whose outcome cannot be found out: its family cannot
be looked up); `invalid` (a line the run skips).

Intents are committed with `synchronous=FULL`, on disk before the request leaves: an intent
lost to a power cut could start a job twice. Every other write uses NORMAL: losing one only
makes a rerun look the task up again.

One run at a time: a run holds SQLite's exclusive lock on `<journal>-lock`, which the system
releases however the process ends; `a2e batch status` reads without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import A2EError, ConfigurationError
from .jobs import Job, Target

FORMAT = "a2e-batch-journal 1"
STATES = ("pending", "starting", "started", "finished", "failed", "unknown", "invalid")
LOCK_SUFFIX = "-lock"

_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE jobs (
        line INTEGER PRIMARY KEY,
        key TEXT NOT NULL,
        name TEXT,
        state TEXT NOT NULL,
        attempt INTEGER NOT NULL DEFAULT 0,
        marker TEXT,
        intent_at REAL,
        task_id TEXT,
        status TEXT,
        cost REAL,
        earlier_cost REAL NOT NULL DEFAULT 0,
        error TEXT,
        error_code TEXT,
        urls TEXT NOT NULL DEFAULT '[]',
        result_id TEXT,
        files TEXT NOT NULL DEFAULT '[]',
        updated_at REAL
    )""",
    """CREATE TABLE uploads (
        path TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        url TEXT NOT NULL,
        PRIMARY KEY (path, size, mtime_ns)
    )""",
)
_COLUMNS = (
    "name",
    "state",
    "attempt",
    "marker",
    "intent_at",
    "task_id",
    "status",
    "cost",
    "earlier_cost",
    "error",
    "error_code",
    "urls",
    "result_id",
    "files",
    "updated_at",
)


class JournalError(A2EError):
    """The journal could not be written (a full disk, a file gone read-only): the run stops
    starting jobs, and a rerun continues from what it holds."""


@dataclass
class Row:
    """One job as the journal holds it."""

    line: int
    key: str
    name: str | None = None
    state: str = "pending"
    attempt: int = 0
    marker: str | None = None
    intent_at: float | None = None
    task_id: str | None = None
    status: str | None = None
    cost: float | None = None
    earlier_cost: float = 0.0  # what the job's earlier tasks cost (before --retry-failed...)
    error: str | None = None
    error_code: str | None = None
    urls: list[str] = field(default_factory=list)
    result_id: str | None = None
    files: list[str] = field(default_factory=list)
    updated_at: float | None = None

    def values(self) -> tuple[Any, ...]:
        shown = {"urls": json.dumps(self.urls), "files": json.dumps(self.files)}
        return tuple(shown.get(name, getattr(self, name)) for name in _COLUMNS)


def digest(jobs: Sequence[Job]) -> str:
    """What the journal knows a jobs file by: every job's position and content."""
    text = "\n".join(f"{job.line}:{job.key}" for job in jobs)
    return hashlib.sha256(text.encode()).hexdigest()


def marker(run_id: str, line: int, attempt: int) -> str:
    """The mark a start carries in its task's name: fixed per journal, job and attempt."""
    return hashlib.sha256(f"{run_id}:{line}:{attempt}".encode()).hexdigest()[:12]


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None, timeout=10.0)


def _refused(path: Path, why: str) -> ConfigurationError:
    return ConfigurationError(f"journal: {path}: {why}")


class Journal:
    """A run's journal, open for writing; `Journal.open` creates it or checks that it belongs
    to these jobs, and takes the run's lock. Use it as a context manager."""

    def __init__(self, path: Path, db: sqlite3.Connection, lock: sqlite3.Connection) -> None:
        self.path = path
        self._db = db
        self._lock = lock
        self._durable: bool | None = None
        self.meta = dict(db.execute("SELECT key, value FROM meta").fetchall())

    @property
    def run_id(self) -> str:
        return str(self.meta["run"])

    @classmethod
    def open(cls, path: str | os.PathLike[str], goal: Target, jobs: Sequence[Job]) -> Journal:
        path = Path(path)
        lock = _take_lock(path)
        try:
            db = _connect(path)
            try:
                _prepare(db, path, goal, jobs)
                return cls(path, db, lock)
            except BaseException:
                db.close()
                raise
        except BaseException:
            lock.close()
            raise

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        self._lock.close()

    def rows(self) -> list[Row]:
        return _rows(self._db)

    @contextmanager
    def _writing(self, durable: bool) -> Iterator[sqlite3.Connection]:
        """One transaction; JournalError if it cannot be written."""
        db = self._db
        try:
            if durable is not self._durable:
                db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
                self._durable = durable
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise JournalError(f"journal {self.path}: cannot write ({error})") from None

    def save(self, rows: Iterable[Row], *, durable: bool = False) -> None:
        """Write these rows' state; `durable`: on disk before returning (intents)."""
        now = time.time()
        changed = list(rows)
        for row in changed:
            row.updated_at = now
        if not changed:
            return
        assignments = ", ".join(f"{name} = ?" for name in _COLUMNS)
        with self._writing(durable) as db:
            db.executemany(
                f"UPDATE jobs SET {assignments} WHERE line = ?",
                [(*row.values(), row.line) for row in changed],
            )

    def uploaded(self, path: Path, size: int, mtime_ns: int) -> str | None:
        """The URL this file was uploaded to by this run, if it was (and has not changed)."""
        found = self._db.execute(
            "SELECT url FROM uploads WHERE path = ? AND size = ? AND mtime_ns = ?",
            (str(path), size, mtime_ns),
        ).fetchone()
        return str(found[0]) if found else None

    def save_upload(self, path: Path, size: int, mtime_ns: int, url: str) -> None:
        with self._writing(False) as db:
            db.execute(
                "INSERT OR REPLACE INTO uploads VALUES (?, ?, ?, ?)",
                (str(path), size, mtime_ns, url),
            )


def _take_lock(path: Path) -> sqlite3.Connection:
    lock_path = path.with_name(path.name + LOCK_SUFFIX)
    try:
        lock = sqlite3.connect(lock_path, isolation_level=None, timeout=0)
    except sqlite3.Error as error:
        raise _refused(path, f"cannot open its lock file {lock_path} ({error})") from None
    try:
        lock.execute("PRAGMA locking_mode=EXCLUSIVE")
        lock.execute("BEGIN EXCLUSIVE")
    except sqlite3.Error as error:
        lock.close()
        if "locked" in str(error):
            raise _refused(path, "another run is using this journal now") from None
        raise _refused(path, f"cannot take its lock {lock_path} ({error})") from None
    return lock


def _tables(db: sqlite3.Connection) -> set[str]:
    return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _prepare(db: sqlite3.Connection, path: Path, goal: Target, jobs: Sequence[Job]) -> None:
    """Create the journal for `jobs`, or check that it was made from them."""
    try:
        db.execute("PRAGMA journal_mode=WAL")
        tables = _tables(db)
    except sqlite3.DatabaseError as error:
        raise _refused(path, f"not a batch journal ({error})") from None
    if not tables:
        _create(db, path, goal, jobs)
        return
    if tables != {"meta", "jobs", "uploads"}:
        raise _refused(path, "not a batch journal (an SQLite file with other tables)")
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("format") != FORMAT:
        raise _refused(path, f"written in another format ({meta.get('format')!r}, not {FORMAT!r})")
    made_for = f"{meta['section']}.{meta['method']}"
    if made_for != goal.label:
        raise _refused(path, f"made for {made_for}, not {goal.label}; use another journal")
    if meta["digest"] != digest(jobs):
        raise _refused(path, _difference(db, jobs))


def _difference(db: sqlite3.Connection, jobs: Sequence[Job]) -> str:
    journaled = [(int(line), str(key)) for line, key in db.execute("SELECT line, key FROM jobs")]
    journaled.sort()
    given = [(job.line, job.key) for job in jobs]
    first = next(
        (i for i, (a, b) in enumerate(zip(journaled, given, strict=False)) if a != b),
        min(len(journaled), len(given)),
    )
    lines = [line for line, _ in journaled[first : first + 1] + given[first : first + 1]]
    where = f"; they differ from line {min(lines)} on" if lines else ""
    return (
        f"made from another jobs file ({len(journaled)} jobs there, {len(given)} here{where}); "
        "rerun with the file it was made from, or give this file a new journal"
    )


def _create(db: sqlite3.Connection, path: Path, goal: Target, jobs: Sequence[Job]) -> None:
    meta = {
        "format": FORMAT,
        "run": uuid.uuid4().hex,
        "section": goal.section,
        "method": goal.method,
        "family": goal.family.name,
        "digest": digest(jobs),
        "created": str(time.time()),
    }
    try:
        db.execute("PRAGMA synchronous=FULL")
        db.execute("BEGIN IMMEDIATE")
        for statement in _SCHEMA:
            db.execute(statement)
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.executemany(
            "INSERT INTO jobs (line, key, name, state, error) VALUES (?, ?, ?, ?, ?)",
            [
                (job.line, job.key, job.name, "invalid" if job.problem else "pending", job.problem)
                for job in jobs
            ],
        )
        db.execute("COMMIT")
    except sqlite3.Error as error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise JournalError(f"journal {path}: cannot write ({error})") from None


def _rows(db: sqlite3.Connection) -> list[Row]:
    columns = ("line", "key", *_COLUMNS)
    rows = []
    for found in db.execute(f"SELECT {', '.join(columns)} FROM jobs ORDER BY line"):
        values = dict(zip(columns, found, strict=True))
        values["urls"] = json.loads(values["urls"])
        values["files"] = json.loads(values["files"])
        rows.append(Row(**values))
    return rows


@dataclass(frozen=True)
class Snapshot:
    """A journal as read by `a2e batch status`: what it was made for, its jobs, and whether a
    run is using it now."""

    path: Path
    meta: dict[str, str]
    rows: list[Row]
    running: bool


def read(path: str | os.PathLike[str]) -> Snapshot:
    """Read a journal without writing it or taking its lock; ConfigurationError if there is no
    journal at `path`."""
    path = Path(path)
    if not path.is_file():
        raise _refused(path, "no such file")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error as error:
        raise _refused(path, f"cannot be read ({error})") from None
    try:
        if _tables(db) != {"meta", "jobs", "uploads"}:
            raise _refused(path, "not a batch journal")
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        rows = _rows(db)
    except sqlite3.DatabaseError as error:
        raise _refused(path, f"not a batch journal ({error})") from None
    finally:
        db.close()
    return Snapshot(path, meta, rows, _in_use(path))


def _in_use(path: Path) -> bool:
    lock_path = path.with_name(path.name + LOCK_SUFFIX)
    if not lock_path.exists():
        return False
    try:
        probe = sqlite3.connect(lock_path, isolation_level=None, timeout=0)
    except sqlite3.Error:
        return False
    try:
        probe.execute("BEGIN EXCLUSIVE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()
