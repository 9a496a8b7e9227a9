"""Benchmarks: generation time, import cost, mock throughput, per-call overhead of the client.

    python scripts/bench.py        prints a table; exit 1 if a target is missed

Targets: `import a2e` plus one operation module costs at most 1.5x `import httpx`; the mock
serves at least 1000 requests/s on loopback; a generated call costs at most 1.10x raw httpx;
`a2e.paginate` reads 1,000 records in at most 10 requests (pages of 100).
`a2e --help` and `a2e <section> --help` run in less than 2x `python -c "import httpx"`.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

import a2e
from a2e.mock import mock_process, running_mock
from a2e_client.api.face_swap import (
    get_face_swap_task_status,
    list_face_swap_tasks,
    start_face_swap_task,
)
from a2e_client.models import StartFaceSwapTaskRequest

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15
# Interleaved rounds; the median of each side, so both see the same machine conditions.
ROUNDS = 20
IMPORT_TARGET = 1.5
THROUGHPUT_TARGET = 1000.0
CLI_TARGET = 2.0
A2E_COMMAND = Path(sys.executable).with_name("a2e")
OVERHEAD_TARGET = 1.10
PAGED_RECORDS = 1000
PAGING_TARGET = 10
OPERATION = "a2e_client.api.face_swap.get_face_swap_task"
HEADERS = {"Authorization": "Bearer sk_bench"}


def _top_level_imports(statement: str) -> dict[str, int]:
    """Cumulative microseconds of each top-level import `python -X importtime` reports."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, int] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.removeprefix("import time:").split("|")
        if not name.startswith("  "):  # top level: indented by one space only
            found[name.strip()] = int(cumulative)
    return found


def import_microseconds(statement: str) -> float:
    """What `statement` costs to import, without what the interpreter imports at start-up.

    The least of several runs: the figure least disturbed by whatever else the machine does.
    """
    startup = set(_top_level_imports("pass"))
    totals = []
    for _ in range(RUNS):
        imported = _top_level_imports(statement)
        totals.append(sum(us for name, us in imported.items() if name not in startup))
    return min(totals)


def microseconds_per_call(call: Callable[[], object], calls: int = 300) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls * 1e6


def mock_throughput(url: str, path: str) -> tuple[float, str]:
    """Requests per second the mock serves, and how that was measured.

    wrk (Debian's package) loads the server from C and so measures the mock, not the load
    generator; without it a Python load in threads gives a lower bound.
    """
    if shutil.which("wrk"):
        command = [
            "wrk",
            "-t1",
            "-c16",
            "-d3s",
            "-H",
            f"Authorization: {HEADERS['Authorization']}",
            url + path,
        ]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        found = re.search(r"Requests/sec:\s+([\d.]+)", output)
        if found is None or "Non-2xx" in output:
            raise SystemExit(f"wrk did not report clean results:\n{output}")
        return float(found.group(1)), "wrk, 16 connections"
    counts = [0] * 4
    deadline = time.perf_counter() + 3

    def load(slot: int) -> None:
        with httpx.Client(base_url=url, headers=HEADERS) as connection:
            while time.perf_counter() < deadline:
                connection.get(path).raise_for_status()
                counts[slot] += 1

    threads = [threading.Thread(target=load, args=(slot,)) for slot in range(len(counts))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(counts) / (
        time.perf_counter() - started
    ), "Python threads: a lower bound, install wrk"


def paging_requests() -> tuple[int, float]:
    """Requests `a2e.paginate` sends to read 1,000 face swap tasks at its default page size,
    and the seconds it takes, against a mock of its own holding exactly those tasks."""
    body = StartFaceSwapTaskRequest(
        name="bench", face_url="https://example.com/f.jpg", video_url="https://example.com/v.mp4"
    )
    path = "/api/v1/userFaceSwapTask/records"
    with running_mock() as (url, mock), a2e.Client("sk_bench", base_url=url) as client:
        for _ in range(PAGED_RECORDS):
            start_face_swap_task.sync_detailed(client=client, body=body)
        started = time.perf_counter()
        records = sum(1 for _ in a2e.paginate(list_face_swap_tasks, client=client))
        seconds = time.perf_counter() - started
        if records != PAGED_RECORDS:
            raise SystemExit(f"a2e.paginate read {records} of {PAGED_RECORDS} records")
        return mock.calls("GET", path), seconds


def start_seconds(commands: dict[str, list[str]]) -> dict[str, float]:
    """Wall time from start to exit of each command: the least of interleaved runs, so that
    every command sees the same machine conditions."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            times[name].append(time.perf_counter() - started)
    return {name: min(found) for name, found in times.items()}


def generate_seconds() -> float:
    """Wall time of a full regeneration (into a temporary folder, compared with generated/)."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def validation_cost(url: str, path: str) -> tuple[float, float]:
    """Median microseconds per generated call with drift checks off and on, interleaved."""
    off_times, on_times = [], []
    with (
        a2e.Client("sk_bench", base_url=url, validate="off") as off,
        a2e.Client("sk_bench", base_url=url, validate="warn") as on,
    ):
        for _ in range(ROUNDS):
            off_times.append(
                microseconds_per_call(lambda: get_face_swap_task_status.sync_detailed(client=off))
            )
            on_times.append(
                microseconds_per_call(lambda: get_face_swap_task_status.sync_detailed(client=on))
            )
    return statistics.median(off_times), statistics.median(on_times)


def main() -> int:
    generation = generate_seconds()
    httpx_us = import_microseconds("import httpx")
    a2e_us = import_microseconds(f"import a2e, {OPERATION}")
    import_ratio = a2e_us / httpx_us
    starts = start_seconds(
        {
            "import httpx": [sys.executable, "-c", "import httpx"],
            "a2e --help": [str(A2E_COMMAND), "--help"],
            "a2e face-swap --help": [str(A2E_COMMAND), "face-swap", "--help"],
        }
    )
    cli_ratios = {
        name: seconds / starts["import httpx"]
        for name, seconds in starts.items()
        if name != "import httpx"
    }
    path = "/api/v1/userFaceSwapTask/status"
    with mock_process() as url:
        served, how = mock_throughput(url, path)
        with (
            httpx.Client(base_url=url, headers=HEADERS) as raw,
            a2e.Client("sk_bench", base_url=url) as client,
        ):
            raw_times, client_times = [], []
            for _ in range(ROUNDS):
                raw_times.append(microseconds_per_call(lambda: raw.get(path).json()))
                client_times.append(
                    microseconds_per_call(
                        lambda: get_face_swap_task_status.sync_detailed(client=client)
                    )
                )
            raw_us, client_us = statistics.median(raw_times), statistics.median(client_times)
        validate_off_us, validate_on_us = validation_cost(url, path)
    overhead = client_us / raw_us
    pages, paging_seconds = paging_requests()
    rows = [
        ("make generate (all operations, families, docs)", f"{generation:.1f} s", ""),
        ("import httpx", f"{httpx_us / 1000:.1f} ms", ""),
        (
            "import a2e + one operation",
            f"{a2e_us / 1000:.1f} ms",
            f"{import_ratio:.2f}x httpx (target <= {IMPORT_TARGET}x)",
        ),
        ("python -c 'import httpx' (whole process)", f"{starts['import httpx'] * 1000:.0f} ms", ""),
        *(
            (
                name,
                f"{starts[name] * 1000:.0f} ms",
                f"{ratio:.2f}x httpx process (target < {CLI_TARGET}x)",
            )
            for name, ratio in cli_ratios.items()
        ),
        (f"mock ({how})", f"{served:.0f} req/s", f"target >= {THROUGHPUT_TARGET:.0f} req/s"),
        ("one call, raw httpx", f"{raw_us:.0f} us", ""),
        (
            "one call, a2e.Client + generated operation",
            f"{client_us:.0f} us",
            f"{overhead:.2f}x raw per call (target <= {OVERHEAD_TARGET}x)",
        ),
        (
            "a2e.paginate: requests per 1,000 records",
            f"{pages}",
            f"target <= {PAGING_TARGET}; {paging_seconds * 1000:.0f} ms against the mock",
        ),
    ]
    rows += [
        ("one call, drift checks off (default)", f"{validate_off_us:.0f} us", ""),
        (
            "one call, drift checks on (validate='warn')",
            f"{validate_on_us:.0f} us",
            f"+{validate_on_us - validate_off_us:.0f} us per call",
        ),
    ]
    for name, value, note in rows:
        print(f"{name:<48} {value:>12}  {note}")
    missed = [
        name
        for name, ok in (
            ("import time", import_ratio <= IMPORT_TARGET),
            ("mock throughput", served >= THROUGHPUT_TARGET),
            ("client overhead", overhead <= OVERHEAD_TARGET),
            ("paging requests", pages <= PAGING_TARGET),
            *((f"{name} start", ratio < CLI_TARGET) for name, ratio in cli_ratios.items()),
        )
        if not ok
    ]
    if missed:
        print(f"missed targets: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
