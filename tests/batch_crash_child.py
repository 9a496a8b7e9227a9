"""The bulk run the crash test kills: `a2e.batch.run` or `run_async` in a process of its own,
its starts slowed down by the mock so that kills land between sending and recording."""

from __future__ import annotations

import asyncio
import random

import httpx

import a2e
import a2e.batch

START = "/api/v1/userNanoBanana/start"
# latency: the mock waits, then reads the start (a kill meanwhile: never received); slow: it
# starts the task, then waits to answer (a kill meanwhile: started, the answer lost).
FAULTS = ("latency=0.3", "slow=0.3")
# Starts give up after a second and are not retried: an unknown start is decided absent after
# 3 s (connect + write + read), which keeps the test short.
TIMEOUT = 1.0
SCHEDULE = a2e.PollSchedule(initial=0.005, maximum=0.02)


def quick_client(base_url: str, http_client: httpx.Client | None = None) -> a2e.Client:
    return a2e.Client(
        "sk_test", base_url=base_url, timeout=TIMEOUT, max_retries=0, http_client=http_client
    )


def run_sync(client: a2e.Client, jobs: str, journal: str, out: str) -> a2e.batch.Summary:
    return a2e.batch.run(
        client,
        jobs,
        section="nano-banana",
        journal=journal,
        out=out,
        concurrency=4,
        schedule=SCHEDULE,
    )


def run_batch(base_url: str, jobs: str, journal: str, out: str, seed: int, use_async: bool) -> None:
    draw = random.Random(seed)

    def fault(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path == START:
            request.headers["X-Mock-Fault"] = draw.choice(FAULTS)

    async def fault_async(request: httpx.Request) -> None:
        fault(request)

    if not use_async:
        client = quick_client(base_url, httpx.Client(event_hooks={"request": [fault]}))
        run_sync(client, jobs, journal, out)
        return

    async def main() -> None:
        own = httpx.AsyncClient(event_hooks={"request": [fault_async]})
        client = a2e.AsyncClient(
            "sk_test", base_url=base_url, timeout=TIMEOUT, max_retries=0, async_http_client=own
        )
        await a2e.batch.run_async(
            client,
            jobs,
            section="nano-banana",
            journal=journal,
            out=out,
            concurrency=4,
            schedule=SCHEDULE,
        )

    asyncio.run(main())
