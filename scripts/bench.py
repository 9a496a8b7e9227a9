"""Benchmarks: import cost, mock throughput, per-call overhead of the generated client.

    python scripts/bench.py        prints a table; exit 1 if a target is missed

Targets: `import a2e` plus one operation module costs at most 1.5x `import httpx`; the mock
serves at least 1000 requests/s on loopback; a generated call costs at most 1.10x raw httpx.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

import a2e
from a2e.mock import mock_process
from a2e_client.api.face_swap import get_face_swap_task_status

ROOT = Path(__file__).resolve().parent.parent
RUNS = 9
IMPORT_TARGET = 1.5
THROUGHPUT_TARGET = 1000.0
OVERHEAD_TARGET = 1.10
OPERATION = "a2e_client.api.face_swap.get_face_swap_task"


def import_microseconds(statement: str) -> float:
    """Median total of top-level cumulative times reported by `python -X importtime`."""
    totals = []
    for _ in range(RUNS):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", statement],
            capture_output=True,
            text=True,
            check=True,
        )
        total = 0
        for line in result.stderr.splitlines():
            if not line.startswith("import time:") or "cumulative" in line:
                continue
            _, cumulative, name = line.removeprefix("import time:").split("|")
            if not name.startswith("  "):  # top level: indented by one space only
                total += int(cumulative)
        totals.append(total)
    return statistics.median(totals)


def per_second(call: Callable[[], object], seconds: float = 2.0) -> float:
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        call()
        count += 1
    return count / (time.perf_counter() - started)


def main() -> int:
    httpx_us = import_microseconds("import httpx")
    a2e_us = import_microseconds(f"import a2e, {OPERATION}")
    import_ratio = a2e_us / httpx_us
    path = "/api/v1/userFaceSwapTask/status"
    with mock_process() as url:
        headers = {"Authorization": "Bearer sk_bench"}
        with httpx.Client(base_url=url, headers=headers) as raw:
            raw_rate = per_second(lambda: raw.get(path).json())
        with a2e.Client("sk_bench", base_url=url) as client:
            client_rate = per_second(lambda: get_face_swap_task_status.sync_detailed(client=client))
    overhead = raw_rate / client_rate
    rows = [
        ("import httpx", f"{httpx_us / 1000:.1f} ms", ""),
        (
            "import a2e + one operation",
            f"{a2e_us / 1000:.1f} ms",
            f"{import_ratio:.2f}x httpx (target <= {IMPORT_TARGET}x)",
        ),
        (
            "mock, raw httpx, sequential",
            f"{raw_rate:.0f} req/s",
            f"target >= {THROUGHPUT_TARGET:.0f} req/s",
        ),
        (
            "mock, a2e.Client + generated op",
            f"{client_rate:.0f} req/s",
            f"{overhead:.2f}x raw per call (target <= {OVERHEAD_TARGET}x)",
        ),
    ]
    for name, value, note in rows:
        print(f"{name:<34} {value:>12}  {note}")
    missed = [
        name
        for name, ok in (
            ("import time", import_ratio <= IMPORT_TARGET),
            ("mock throughput", raw_rate >= THROUGHPUT_TARGET),
            ("client overhead", overhead <= OVERHEAD_TARGET),
        )
        if not ok
    ]
    if missed:
        print(f"missed targets: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
