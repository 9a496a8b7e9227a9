"""Crash safety: a bulk run killed with SIGKILL at random moments, restarted each time, never
starts a job twice and loses none."""

from __future__ import annotations

import json
import multiprocessing
import random
import time
from collections import Counter
from pathlib import Path

import batch_crash_child as child

import a2e
import a2e.batch
from a2e.mock import MockA2E, running_mock
from a2e.tasks import NANO_BANANA

JOBS = 16
KILLS = 20
# A kill waiting for a start to be under way gives up waiting after this long.
START_WAIT = 3.0


def starts(mock: MockA2E) -> int:
    return sum(1 for r in mock.requests if r.method == "POST" and r.path == child.START)


def states(journal: Path) -> Counter[str]:
    try:
        return Counter(job.state for job in a2e.batch.status(journal).jobs)
    except a2e.ConfigurationError:  # killed before the journal was made
        return Counter()


def test_sigkill_at_twenty_random_moments_never_starts_twice_nor_loses_a_job(
    tmp_path: Path,
) -> None:
    seed = time.time_ns()
    draw = random.Random(seed)
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(
        "".join(json.dumps({"name": f"job {i}", "prompt": "p"}) + "\n" for i in range(JOBS))
    )
    journal, out = tmp_path / "run.db", tmp_path / "out"
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["batch_crash_child"])
    between = 0  # kills that left a job between its intent and its task id
    with running_mock(request_log=100_000) as (base_url, mock):
        for kill in range(KILLS):
            before = starts(mock)
            process = context.Process(
                target=child.run_batch,
                args=(base_url, str(jobs), str(journal), str(out), seed + kill, kill % 2 == 1),
            )
            process.start()
            if kill % 3 == 0:
                time.sleep(draw.uniform(0.05, 1.0))
            else:
                # Inside a start: the mock holds it for 0.3 s.
                deadline = time.monotonic() + START_WAIT
                while starts(mock) == before and process.is_alive():
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.005)
                time.sleep(draw.uniform(0.0, 0.25))
            process.kill()
            process.join()
            between += states(journal)["starting"] > 0
        sent = starts(mock)
        with child.quick_client(base_url) as client:
            summary = child.run_sync(client, str(jobs), str(journal), str(out))
        names = Counter(
            t.record["name"].rsplit(" [a2e:", 1)[0] for t in mock.tasks.of_family(NANO_BANANA)
        )
    duplicates = sum(count - 1 for count in names.values())
    finished = [job for job in summary.jobs if job.state == "finished"]
    lost = JOBS - len(finished)
    print(
        f"\ncrash test (seed {seed}): {KILLS} kills, {between} between intent and task id, "
        f"{sent} starts sent before the last run, {sum(names.values())} tasks at the mock, "
        f"{duplicates} duplicate starts, {lost} jobs lost"
    )
    assert duplicates == 0 and lost == 0
    assert names == Counter(f"job {i}" for i in range(JOBS))
    assert len({job.task_id for job in finished}) == JOBS
    assert all(Path(job.files[0]).is_file() for job in finished)
    assert between >= KILLS // 4, "too few kills landed inside a start to prove anything"
