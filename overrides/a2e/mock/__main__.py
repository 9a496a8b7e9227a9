"""`a2e-mock --port N`: serve the mock A2E API on 127.0.0.1 in the foreground.

Bad options end it at once with one line and exit status 2, before anything is served; the
announcement line is printed only once the port is listening.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from typing import NoReturn

from . import MissingExtraError, require_extra

PROGRAM = "a2e-mock"


def _checked(kind: type, test: Callable[[float], bool], wanted: str) -> Callable[[str], float]:
    def read(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {wanted}, got {text!r}") from None
        if not (math.isfinite(value) and test(value)):
            raise argparse.ArgumentTypeError(f"expected {wanted}, got {text!r}")
        return float(value) if kind is float else value

    return read


def _fault(text: str) -> str:
    from .faults import BadInput, Fault

    try:
        Fault.parse(text)
    except BadInput as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def _fail(message: str) -> NoReturn:
    """One line and exit status 2: a YAML error spans several lines, with a caret."""
    sys.stderr.write(f"{PROGRAM}: error: {' '.join(message.split())}\n")
    raise SystemExit(2)


def parser() -> argparse.ArgumentParser:
    from .app import BODY_BYTES, REQUEST_LOG
    from .store import TASKS_KEPT

    read = argparse.ArgumentParser(prog=PROGRAM, description=__doc__.split("\n\n")[0])
    read.add_argument(
        "--port",
        type=_checked(int, lambda p: 0 <= p <= 65535, "a port from 0 to 65535"),
        default=8765,
        help="port on 127.0.0.1 (default 8765; 0 picks a free one and prints it)",
    )
    read.add_argument(
        "--spec", help="OpenAPI file to serve (default: the one shipped with a2e_client)"
    )
    read.add_argument(
        "--reads-per-stage",
        type=_checked(int, lambda n: n >= 1, "a whole number of at least 1"),
        default=1,
        help="reads of a task before it moves to its next status (default 1)",
    )
    read.add_argument(
        "--stage-seconds",
        type=_checked(float, lambda s: s > 0, "seconds, more than 0"),
        default=0.05,
        help="tasks given a webhook_url move one status this often by themselves (default 0.05)",
    )
    read.add_argument(
        "--fault",
        type=_fault,
        help="a fault for the whole run: 429[=s], 500, 502, 503, drop, malformed, envelope, "
        "latency=<s>, slow=<s> or drift=missing|type|list|null",
    )
    read.add_argument(
        "--fault-rate",
        type=_checked(float, lambda r: 0 <= r <= 1, "a share from 0 to 1"),
        default=1.0,
        help="share of requests that get --fault, from 0 to 1 (default 1)",
    )
    read.add_argument(
        "--seed", type=_checked(int, lambda _: True, "a whole number"), help="seed for --fault-rate"
    )
    read.add_argument(
        "--request-log",
        type=_checked(int, lambda n: n >= 0, "a whole number, 0 or more"),
        default=REQUEST_LOG,
        help=f"requests remembered, the latest (default {REQUEST_LOG})",
    )
    read.add_argument(
        "--max-body",
        type=_checked(int, lambda n: n >= 1, "a number of bytes, at least 1"),
        default=BODY_BYTES,
        help=f"larger request bodies get 413 (default {BODY_BYTES} bytes)",
    )
    read.add_argument(
        "--max-tasks",
        type=_checked(int, lambda n: n >= 1, "a whole number of at least 1"),
        default=TASKS_KEPT,
        help=f"tasks kept, the oldest forgotten first (default {TASKS_KEPT})",
    )
    return read


def main(argv: list[str] | None = None) -> None:
    try:
        require_extra()
    except MissingExtraError as missing:
        sys.exit(f"{PROGRAM}: error: {missing}")
    import uvicorn
    import yaml

    from .app import create_app
    from .faults import quiet_expected_events
    from .server import listening_socket
    from .spec import load_spec

    options = parser()
    args = options.parse_args(argv)
    shown = args.spec or "(shipped)"
    try:
        spec = load_spec(args.spec)
    except (OSError, ValueError, yaml.YAMLError) as error:
        _fail(f"--spec {shown}: {error}")
    if not isinstance(spec, dict):
        _fail(f"--spec {shown}: not an OpenAPI document (a YAML mapping)")
    try:
        app = create_app(
            spec,
            reads_per_stage=args.reads_per_stage,
            stage_seconds=args.stage_seconds,
            fault=args.fault,
            fault_rate=args.fault_rate,
            seed=args.seed,
            request_log=args.request_log,
            max_body=args.max_body,
            max_tasks=args.max_tasks,
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        _fail(f"--spec {shown}: {error}")
    try:
        sock = listening_socket(args.port)
    except OSError as error:
        _fail(f"cannot listen on 127.0.0.1:{args.port}: {error.strerror or error}")
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    quiet_expected_events()
    print(
        f"mock A2E API on http://127.0.0.1:{port} (any bearer token that starts with sk_ is accepted)",
        flush=True,
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
