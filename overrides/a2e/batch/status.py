"""Where a run stands, read from its journal alone (`a2e batch status`)."""

from __future__ import annotations

import os

from .journal import read
from .runner import JobResult, Summary


def status(journal: str | os.PathLike[str]) -> Summary:
    """The journal's jobs, the credits their tasks said they cost, and whether a run is using
    it now; nothing is sent."""
    snapshot = read(journal)
    jobs = tuple(JobResult.of(row) for row in snapshot.rows)
    target = f"{snapshot.meta['section']}.{snapshot.meta['method']}"
    spent = sum(row.earlier_cost + (row.cost or 0.0) for row in snapshot.rows)
    return Summary(snapshot.path, target, jobs, spent, in_use=snapshot.running)
