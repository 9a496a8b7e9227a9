"""`a2e-mock --port N`: serve the mock A2E API on 127.0.0.1 in the foreground."""

from __future__ import annotations

import argparse

import uvicorn

from .app import create_app
from .spec import load_spec


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="a2e-mock", description=__doc__)
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765)")
    parser.add_argument(
        "--spec", help="OpenAPI file to serve (default: the one shipped with a2e_client)"
    )
    parser.add_argument(
        "--reads-per-stage",
        type=int,
        default=1,
        help="reads of a task before it moves to its next status (default 1)",
    )
    parser.add_argument(
        "--stage-seconds",
        type=float,
        default=0.05,
        help="tasks given a webhook_url move one status this often by themselves (default 0.05)",
    )
    parser.add_argument(
        "--fault",
        help="a fault for the whole run: 429, 500, 502, 503, drop, malformed, envelope or latency=<s>",
    )
    parser.add_argument(
        "--fault-rate",
        type=float,
        default=1.0,
        help="share of requests that get --fault, from 0 to 1 (default 1)",
    )
    parser.add_argument("--seed", type=int, help="seed for choosing which requests get --fault")
    args = parser.parse_args(argv)
    app = create_app(
        load_spec(args.spec),
        reads_per_stage=args.reads_per_stage,
        stage_seconds=args.stage_seconds,
        fault=args.fault,
        fault_rate=args.fault_rate,
        seed=args.seed,
    )
    print(
        f"mock A2E API on http://127.0.0.1:{args.port} (any bearer token that starts with sk_ is accepted)",
        flush=True,
    )
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
