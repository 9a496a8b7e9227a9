"""Where a run stands, read from its journal alone (`a2e batch status`)."""

from __future__ import annotations

import os

from .journal import read
from .runner import JobResult, Summary


def status(journal: str | os.PathLike[str]) -> Summary:
    """The journal's jobs and the credits their tasks said they cost; nothing is sent."""
    snapshot = read(journal)
    jobs = tuple(JobResult.of(row) for row in snapshot.rows)
    target = f"{snapshot.meta['section']}.{snapshot.meta['method']}"
    return Summary(snapshot.path, target, jobs, sum(job.cost or 0.0 for job in jobs))
