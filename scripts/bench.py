"""Benchmarks: generation time, import cost, mock throughput and memory, client overhead.

    python scripts/bench.py        prints a table; exit 1 if a target is missed

Targets: `import a2e` plus one operation module costs at most 1.5x `import httpx`; a process
that imports a2e, builds a client and reaches `client.face_swap` at most 1.4x one that imports
httpx, and a call through a resource at most 1.10x raw httpx; the mock
serves at least 2000 distinct valid requests/s on loopback (measured with Debian's `wrk`);
100,000 requests leave the mock's memory within 64 MB of where it started, and the second
50,000 add at most 8 MB; a generated call costs at most 1.10x raw httpx; `a2e.paginate` reads
1,000 records in at most 10 requests (pages of 100); `a2e --help` and `a2e <section> --help`
run in less than 2x `python -c "import httpx"`. Then how soon waits see finished tasks, and at
what cost: today's fixed schedule against the fitted one (scripts/bench_waits.py, which also
runs alone).

Timings that compare two things run in interleaved rounds and take medians, so both sides see
the same machine; each line states its spread (lowest to highest round).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import bench_waits
import httpx
from mock_load import DETAIL, Loader, mock_server, rss_megabytes, start_tasks

import a2e
from a2e.mock import running_mock
from a2e_client.api.face_swap import (
    get_face_swap_task_status,
    list_face_swap_tasks,
    start_face_swap_task,
)
from a2e_client.models import StartFaceSwapTaskRequest

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15
# Interleaved rounds; the median of each side, so both see the same machine conditions.
ROUNDS = 30
IMPORT_TARGET = 1.5
CLI_TARGET = 2.0
A2E_COMMAND = Path(sys.executable).with_name("a2e")
THROUGHPUT_TARGET = 2000.0
THROUGHPUT_ROUNDS = 5
ROUND_SECONDS = 2.0
LONG_RUN = 100_000
LONG_RUN_STEP_SECONDS = 5.0
MEMORY_BOUND_MB = 64.0
SECOND_HALF_MB = 8.0
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


def spread(values: list[float], unit: str, digits: int = 0) -> str:
    return (
        f"spread {min(values):.{digits}f}-{max(values):.{digits}f}{unit} over {len(values)} rounds"
    )


def mock_throughput() -> tuple[list[float], list[float], str]:
    """Distinct valid requests per second, per round; one request repeated, per round (wrk).

    Interleaved, so both see the same machine; `Loader` says how the load was sent.
    """
    # Room for every task the rounds start, so the ids read stay known (no 404s).
    with mock_server("--max-tasks", "1000000") as server:
        ids = start_tasks(server.url)
        loader = Loader(server.url, ids)
        try:
            distinct: list[float] = []
            repeated: list[float] = []
            for _ in range(THROUGHPUT_ROUNDS):
                load = loader.run(ROUND_SECONDS)
                if load.refused:
                    raise SystemExit(f"the mock refused {load.refused} valid requests")
                distinct.append(load.rate)
                if loader.with_wrk:
                    repeated.append(loader.repeated(ROUND_SECONDS, DETAIL + ids[0]).rate)
        finally:
            loader.close()
    return distinct, repeated, loader.how


def long_run() -> tuple[float, float, float, int]:
    """The mock's memory (MB) after warming up, after half of LONG_RUN requests and after all,
    with a bad body (over the size limit, or not JSON) every few hundred requests."""
    with mock_server() as server:
        loader = Loader(server.url, start_tasks(server.url, 200), bad=True)
        try:
            loader.run(2)
            first = rss_megabytes(server.pid)
            sent, half = 0, 0.0
            while sent < LONG_RUN:
                sent += loader.run(LONG_RUN_STEP_SECONDS).requests
                if not half and sent >= LONG_RUN // 2:
                    half = rss_megabytes(server.pid)
            return first, half, rss_megabytes(server.pid), sent
        finally:
            loader.close()


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


RESOURCE_IMPORT_TARGET = 1.4
FUNCTION_LAYER = (
    "import a2e; from a2e_client.api.face_swap import get_face_swap_task; "
    "a2e.Client('sk_bench', base_url='http://127.0.0.1:9')"
)
RESOURCE_LAYER = "import a2e; a2e.Client('sk_bench', base_url='http://127.0.0.1:9').face_swap"


def resource_rows() -> tuple[list[tuple[str, str, str]], list[tuple[str, bool]]]:
    """The resource layer beside the function layer: a whole process that imports a2e, builds
    a client and reaches `client.face_swap`, and one call through a resource, each against
    `import httpx` and raw httpx."""
    starts = start_seconds(
        {
            "httpx": [sys.executable, "-c", "import httpx"],
            "function layer": [sys.executable, "-c", FUNCTION_LAYER],
            "resource": [sys.executable, "-c", RESOURCE_LAYER],
        }
    )
    path = "/api/v1/userFaceSwapTask/status"
    with (
        mock_server() as server,
        httpx.Client(base_url=server.url, headers=HEADERS) as raw,
        a2e.Client("sk_bench", base_url=server.url) as client,
    ):
        raw_times, function_times, resource_times = [], [], []
        for _ in range(ROUNDS):
            raw_times.append(microseconds_per_call(lambda: raw.get(path).json()))
            function_times.append(
                microseconds_per_call(lambda: get_face_swap_task_status.sync(client=client))
            )
            resource_times.append(microseconds_per_call(client.face_swap.get_status))
    ratios = [r / w for r, w in zip(resource_times, raw_times, strict=True)]
    function_ratios = [f / w for f, w in zip(function_times, raw_times, strict=True)]
    start_ratio = starts["resource"] / starts["httpx"]
    overhead = statistics.median(ratios)
    rows = [
        (
            "import a2e + client, function layer (process)",
            f"{starts['function layer'] * 1000:.0f} ms",
            f"{starts['function layer'] / starts['httpx']:.2f}x httpx process",
        ),
        (
            "import a2e + client + client.face_swap",
            f"{starts['resource'] * 1000:.0f} ms",
            f"{start_ratio:.2f}x httpx process (target <= {RESOURCE_IMPORT_TARGET}x)",
        ),
        (
            "one call, function layer (sync())",
            f"{statistics.median(function_times):.0f} us",
            f"{statistics.median(function_ratios):.2f}x raw httpx",
        ),
        (
            "one call, resource (client.face_swap.get_status)",
            f"{statistics.median(resource_times):.0f} us",
            f"{overhead:.2f}x raw httpx (target <= {OVERHEAD_TARGET}x); {spread(ratios, 'x', 2)}",
        ),
    ]
    return rows, [
        ("resource import", start_ratio <= RESOURCE_IMPORT_TARGET),
        ("resource overhead", overhead <= OVERHEAD_TARGET),
    ]


BATCH_JOBS = 1000
BATCH_CONCURRENCY = 50
BATCH_REQUESTS_TARGET = 3.0
BATCH_ASYNC = """
import asyncio, sys
import a2e, a2e.batch
async def main():
    async with a2e.AsyncClient() as client:
        await a2e.batch.run_async(client, sys.argv[1], section="face-swap", journal=sys.argv[2],
            out=sys.argv[3], concurrency=int(sys.argv[4]), schedule=a2e.PollSchedule(0.01, 1.5, 0.05))
asyncio.run(main())
"""


def _measured(
    command: list[str], environment: dict[str, str], log: Path
) -> tuple[float, int, float]:
    """Run `command`: (wall seconds, exit code, peak resident MB of its process). The peak is
    the process's own VmHWM, read as it runs: a child's ru_maxrss would count the memory of
    the process it was forked from."""
    import re

    peak = 0.0
    with open(log, "w") as errors:
        started = time.perf_counter()
        child = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=errors)
        while child.poll() is None:
            try:
                status = Path(f"/proc/{child.pid}/status").read_text()
            except OSError:
                break
            found = re.search(r"VmHWM:\s+(\d+) kB", status)
            peak = max(peak, int(found.group(1)) / 1024 if found else 0.0)
            time.sleep(0.02)
        code = child.wait()
    return time.perf_counter() - started, code, peak


def batch_rows(verdicts: list[tuple[str, bool]]) -> list[tuple[str, str, str]]:
    """1,000 face swaps at concurrency 50 through `a2e batch run` (the sync driver) and
    `a2e.batch.run_async`, each in a process of its own against the mock: wall time, requests
    to A2E per job (start, reads, lookups, credits; the result downloads beside them), and the
    runner's peak resident memory. Appends its verdicts to `verdicts`."""
    import json
    import os
    import tempfile

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        jobs = Path(folder, "jobs.jsonl")
        line = {"face_url": "https://x/face.jpg", "video_url": "https://x/clip.mp4"}
        jobs.write_text(
            "".join(json.dumps({"name": f"swap {i}", **line}) + "\n" for i in range(BATCH_JOBS))
        )
        sync = [str(A2E_COMMAND), "batch", "run", str(jobs), "--section", "face-swap"]
        sync += ["--journal", f"{folder}/sync.db", "--out", f"{folder}/sync"]
        sync += ["--concurrency", str(BATCH_CONCURRENCY), "--poll-interval", "0.01"]
        concurrent = [sys.executable, "-c", BATCH_ASYNC, str(jobs), f"{folder}/async.db"]
        concurrent += [f"{folder}/async", str(BATCH_CONCURRENCY)]
        for name, command in {"a2e batch run": sync, "a2e.batch.run_async": concurrent}.items():
            with running_mock(request_log=20 * BATCH_JOBS) as (url, mock):
                environment = {**os.environ, "A2E_API_KEY": "sk_bench", "A2E_BASE_URL": url}
                seconds, code, peak = _measured(command, environment, Path(folder, "stderr"))
                sent = [(r.method, r.path) for r in mock.requests]
            downloads = sum(1 for _, path in sent if path.startswith("/__mock__/results/"))
            starts = sent.count(("POST", "/api/v1/userFaceSwapTask/add"))
            reads = sum(
                1
                for method, path in sent
                if path == "/api/v1/userFaceSwapTask/batchDetail"
                or (method == "GET" and path.startswith(DETAIL) and path.count("/") == 4)
            )
            per_job = (len(sent) - downloads) / BATCH_JOBS
            ok = code == 0 and starts == BATCH_JOBS and per_job < BATCH_REQUESTS_TARGET
            verdicts.append((f"{name}, 1,000 jobs", ok))
            rows.append(
                (
                    f"{name}: {BATCH_JOBS:,} jobs, concurrency {BATCH_CONCURRENCY}",
                    f"{seconds:.1f} s",
                    f"{per_job:.2f} requests/job to A2E (target < {BATCH_REQUESTS_TARGET:g}: "
                    f"{starts} starts, {reads} reads, {len(sent) - downloads - starts - reads} "
                    f"other) + {downloads} downloads; peak RSS {peak:.0f} MB; exit {code}",
                )
            )
        few = Path(folder, "few.jsonl")
        few.write_text("".join(jobs.read_text().splitlines(keepends=True)[:10]))
        small = [str(A2E_COMMAND), "batch", "run", str(few), "--section", "face-swap"]
        small += ["--journal", f"{folder}/few.db", "--out", f"{folder}/few"]
        with running_mock() as (url, mock):
            environment = {**os.environ, "A2E_API_KEY": "sk_bench", "A2E_BASE_URL": url}
            _, _, baseline = _measured(small, environment, Path(folder, "stderr"))
        rows.append(("a2e batch run: 10 jobs (for comparison)", "", f"peak RSS {baseline:.0f} MB"))
    return rows


def main() -> int:
    generation = generate_seconds()
    surface, surface_verdicts = resource_rows()
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
    distinct, repeated, how = mock_throughput()
    served = statistics.median(distinct)
    first_mb, half_mb, last_mb, sent = long_run()
    grown, second_half = last_mb - first_mb, last_mb - half_mb
    path = "/api/v1/userFaceSwapTask/status"
    with (
        mock_server() as server,
        httpx.Client(base_url=server.url, headers=HEADERS) as raw,
        a2e.Client("sk_bench", base_url=server.url) as client,
    ):
        ratios, raw_times, client_times = [], [], []
        for _ in range(ROUNDS):
            raw_times.append(microseconds_per_call(lambda: raw.get(path).json()))
            client_times.append(
                microseconds_per_call(
                    lambda: get_face_swap_task_status.sync_detailed(client=client)
                )
            )
            ratios.append(client_times[-1] / raw_times[-1])
        raw_us, client_us = statistics.median(raw_times), statistics.median(client_times)
        validate_off_us, validate_on_us = validation_cost(server.url, path)
    overhead = statistics.median(ratios)
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
        (
            f"mock, distinct valid requests ({how})",
            f"{served:.0f} req/s",
            f"median, target >= {THROUGHPUT_TARGET:.0f} req/s; {spread(distinct, ' req/s')}",
        ),
        *(
            [
                (
                    "mock, one request repeated (for comparison)",
                    f"{statistics.median(repeated):.0f} req/s",
                    spread(repeated, " req/s"),
                )
            ]
            if repeated
            else []
        ),
        (
            f"mock memory, {sent:,} requests",
            f"+{grown:.0f} MB",
            f"{first_mb:.0f} -> {half_mb:.0f} -> {last_mb:.0f} MB; target <= +{MEMORY_BOUND_MB:.0f} MB, "
            f"second half <= +{SECOND_HALF_MB:.0f} MB",
        ),
        ("one call, raw httpx", f"{raw_us:.0f} us", ""),
        (
            "one call, a2e.Client + generated operation",
            f"{client_us:.0f} us",
            f"{overhead:.2f}x raw per call, median of rounds (target <= {OVERHEAD_TARGET}x); "
            f"{spread(ratios, 'x', 2)}",
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
    rows += surface
    rows += batch_rows(surface_verdicts)
    for name, value, note in rows:
        print(f"{name:<48} {value:>12}  {note}")
    missed = [
        name
        for name, ok in (
            ("import time", import_ratio <= IMPORT_TARGET),
            ("mock throughput", served >= THROUGHPUT_TARGET or not shutil.which("wrk")),
            ("mock memory", grown <= MEMORY_BOUND_MB and second_half <= SECOND_HALF_MB),
            ("client overhead", overhead <= OVERHEAD_TARGET),
            ("paging requests", pages <= PAGING_TARGET),
            *((f"{name} start", ratio < CLI_TARGET) for name, ratio in cli_ratios.items()),
            *surface_verdicts,
        )
        if not ok
    ]
    print()
    missed += [*bench_waits.simulated_tables(), *bench_waits.real_time_run()]
    if missed:
        print(f"missed targets: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
