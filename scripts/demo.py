"""The main job, end to end: start the mock A2E server, run a face swap through the client,
download its result, stop.

python scripts/demo.py                 uses a mock on a free port of 127.0.0.1
python scripts/demo.py --base-url URL  uses a server that is already running
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from typing import Any

import a2e
from a2e.mock import mock_process
from a2e_client.api.face_swap import start_face_swap_task
from a2e_client.models import StartFaceSwapTaskRequest

FACE = "https://dh24as48lv9ce.cloudfront.net/adam2eve/beta/face_swap/ab2fca41-90e5-41a6-aa66-08a960b035e4.jpg"
VIDEO = "https://dh24as48lv9ce.cloudfront.net/pbs_lite/stable/customer/645888fc89897e30c57e31f0/clipVideo/665d718eb8f6a5ee678aa392/1717400057881.mp4"


class Progress:
    """A task's status as it changes: rewritten in place on a terminal, a line each in a log."""

    def __init__(self) -> None:
        self.live = sys.stdout.isatty()
        self.last: str | None = None

    def __call__(self, task: Any) -> None:
        status = str(task.current_status)
        if status == self.last:
            return
        self.last = status
        if self.live:
            print(f"\r  status: {status:<12}", end="", flush=True)
        else:
            print(f"  status: {status}", flush=True)

    def done(self) -> None:
        if self.live:
            print()


def run(base_url: str) -> None:
    with a2e.Client(os.environ.get("A2E_API_KEY", "sk_demo_key"), base_url=base_url) as client:
        body = StartFaceSwapTaskRequest(name="demo", face_url=FACE, video_url=VIDEO)
        task = a2e.unwrap(start_face_swap_task.sync_detailed(client=client, body=body))
        print(f"started face swap task {task.id} ({task.current_status})")
        progress = Progress()
        done = a2e.wait(client, "face_swap", task.id, timeout=60, on_update=progress)
        progress.done()
        print(f"result: {done.result_url}")
        with tempfile.TemporaryDirectory() as folder:
            for saved in a2e.download(client, "face_swap", task.id, folder):
                print(f"downloaded: {saved.name} ({saved.stat().st_size} bytes)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--base-url", help="an A2E server already running (default: start the mock)"
    )
    args = parser.parse_args()
    if args.base_url:
        run(args.base_url)
        return 0
    with mock_process("--reads-per-stage", "2") as url:
        print(f"mock A2E server on {url}")
        run(url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
