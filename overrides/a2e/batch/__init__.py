"""Bulk runs with a journal: thousands of tasks from a file, resumable after any stop.

    summary = a2e.batch.run(client, "jobs.jsonl", section="face_swap",
                            journal="run.db", out="results")

`run` (with `a2e.Client`) and `run_async` (with `a2e.AsyncClient`) start each job with the
section's start method, follow the tasks with one batch read per round, save the results,
and keep every step in a SQLite journal, so that a rerun after a crash, a kill or Ctrl-C
continues without starting a job twice. `status(journal)` reads where a run stands without
touching the network. See the README's "Bulk runs".
"""

from .drivers import run, run_async
from .jobs import Job, Target, read_jobs, target
from .journal import STATES, JournalError
from .runner import JobResult, Progress, Summary
from .status import status

__all__ = [
    "STATES",
    "Job",
    "JobResult",
    "JournalError",
    "Progress",
    "Summary",
    "Target",
    "read_jobs",
    "run",
    "run_async",
    "status",
    "target",
]
