"""Load on the mock for `make bench`: distinct valid requests, as a test suite sends them.

Each request differs from the last: task reads cycle through many task ids, starts carry a
new body each, list reads ask for ever other pages. wrk (Debian's package) sends them from C,
so the figure is the mock's; without wrk, Python threads send them, and the figure is a lower
bound that measures the load generator as much as the mock.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from a2e.mock.server import announced_url

START = "/api/v1/userFaceSwapTask/add"
DETAIL = "/api/v1/userFaceSwapTask/"
RECORDS = "/api/v1/userFaceSwapTask/records"
TOKEN = "Bearer sk_bench"
# Tasks started before a run, whose ids the reads cycle through.
KNOWN_TASKS = 2000
CONNECTIONS = 16
# In a long run, every this many requests one body is over the mock's limit and one is not
# JSON: the refusals must not hold memory either.
BAD_EVERY = 500
OVERSIZED = 2 * 2**20


def body_of(n: int) -> str:
    return json.dumps(
        {"name": f"load {n}", "face_url": f"https://x/face{n}.jpg", "video_url": "https://x/v.mp4"}
    )


def request_at(n: int, ids: list[str], bad: bool) -> tuple[str, str, str]:
    """The n-th request of the mix: (method, path, body); the Lua script makes the same."""
    if bad and n % BAD_EVERY == 0:
        return "POST", START, "x" * OVERSIZED
    if bad and n % BAD_EVERY == 1:
        return "POST", START, '{"name": '
    kind = n % 3
    if kind == 0:
        return "GET", DETAIL + ids[n % len(ids)], ""
    if kind == 1:
        return "POST", START, body_of(n)
    return "GET", f"{RECORDS}?pageNum={n % 20 + 1}&pageSize={n * 7 % 10 + 1}", ""


LUA = """
local ids = {%(ids)s}
local bad = %(bad)s
local json = {["Content-Type"] = "application/json", ["Authorization"] = "%(token)s"}
local plain = {["Authorization"] = "%(token)s"}
local oversized = string.rep("x", %(oversized)d)
local n = 0
request = function()
  n = n + 1
  if bad and n %% %(every)d == 0 then
    return wrk.format("POST", "%(start)s", json, oversized)
  elseif bad and n %% %(every)d == 1 then
    return wrk.format("POST", "%(start)s", json, '{"name": ')
  end
  local kind = n %% 3
  if kind == 0 then
    return wrk.format("GET", "%(detail)s" .. ids[n %% #ids + 1], plain)
  elseif kind == 1 then
    local body = string.format(
      '{"name": "load %%d", "face_url": "https://x/face%%d.jpg", "video_url": "https://x/v.mp4"}', n, n)
    return wrk.format("POST", "%(start)s", json, body)
  end
  return wrk.format("GET", string.format(
    "%(records)s?pageNum=%%d&pageSize=%%d", n %% 20 + 1, n * 7 %% 10 + 1), plain)
end
"""


@dataclass(frozen=True)
class Load:
    requests: int
    seconds: float
    refused: int  # answers other than 2xx

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


@dataclass(frozen=True)
class MockServer:
    url: str
    pid: int


@contextmanager
def mock_server(*arguments: str) -> Iterator[MockServer]:
    """`python -m a2e.mock` in a process of its own, for as long as the block runs."""
    command = [sys.executable, "-m", "a2e.mock", "--port", "0", *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        yield MockServer(announced_url(process), process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def rss_megabytes(pid: int) -> float:
    """The resident memory of process `pid`, from /proc."""
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    if found is None:
        raise RuntimeError(f"no VmRSS for process {pid}")
    return int(found.group(1)) / 1024


def start_tasks(url: str, count: int = KNOWN_TASKS) -> list[str]:
    with httpx.Client(base_url=url, headers={"Authorization": TOKEN}) as client:
        return [
            client.post(START, content=body_of(n), headers={"Content-Type": "application/json"})
            .raise_for_status()
            .json()["data"]["_id"]
            for n in range(count)
        ]


class Loader:
    """Sends the mix of distinct requests to `url` for a while, with wrk when it is installed."""

    def __init__(self, url: str, ids: list[str], *, bad: bool = False) -> None:
        self.url = url
        self.ids = ids
        self.bad = bad
        self.with_wrk = shutil.which("wrk") is not None
        self.how = (
            f"wrk, {CONNECTIONS} connections"
            if self.with_wrk
            else "Python threads: a lower bound, install wrk"
        )
        self._folder = tempfile.TemporaryDirectory()
        self._script = Path(self._folder.name) / "distinct.lua"
        self._script.write_text(
            LUA
            % {
                "ids": ", ".join(f'"{i}"' for i in ids),
                "bad": "true" if bad else "false",
                "token": TOKEN,
                "oversized": OVERSIZED,
                "every": BAD_EVERY,
                "start": START,
                "detail": DETAIL,
                "records": RECORDS,
            }
        )
        self._sent = 0

    def close(self) -> None:
        self._folder.cleanup()

    def run(self, seconds: float) -> Load:
        return self._wrk(seconds) if self.with_wrk else self._threads(seconds)

    def repeated(self, seconds: float, path: str) -> Load:
        """One request sent over and over, for comparison with the distinct mix."""
        if not self.with_wrk:
            raise RuntimeError("the comparison with one repeated request needs wrk")
        return self._wrk(seconds, path=path)

    def _wrk(self, seconds: float, path: str | None = None) -> Load:
        command = [
            "wrk",
            "-t1",
            f"-c{CONNECTIONS}",
            f"-d{seconds:g}s",
            "-H",
            f"Authorization: {TOKEN}",
        ]
        command += [self.url + path] if path else ["-s", str(self._script), self.url]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        sent = re.search(r"(\d+) requests in ([\d.]+)(m?s)", output)
        if sent is None:
            raise RuntimeError(f"wrk did not report its requests:\n{output}")
        refused = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        elapsed = float(sent.group(2)) / (1000 if sent.group(3) == "ms" else 1)
        return Load(int(sent.group(1)), elapsed, int(refused.group(1)) if refused else 0)

    def _threads(self, seconds: float) -> Load:
        counts = [0] * 4
        refused = [0] * 4
        deadline = time.perf_counter() + seconds

        def load(slot: int) -> None:
            with httpx.Client(base_url=self.url, headers={"Authorization": TOKEN}) as client:
                n = slot
                while time.perf_counter() < deadline:
                    method, path, body = request_at(self._sent + n, self.ids, self.bad)
                    headers = {"Content-Type": "application/json"} if body else {}
                    try:
                        status = client.request(
                            method, path, content=body, headers=headers
                        ).status_code
                    except httpx.TransportError:  # a 413 closes the connection
                        status = 0
                    counts[slot] += 1
                    refused[slot] += not 200 <= status < 300
                    n += len(counts)

        threads = [threading.Thread(target=load, args=(slot,)) for slot in range(len(counts))]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self._sent += sum(counts) + len(counts)
        return Load(sum(counts), time.perf_counter() - started, sum(refused))
