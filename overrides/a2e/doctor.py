"""`a2e doctor` (also `a2e-doctor`, `python -m a2e doctor`): check a key, the server, and how A2E's answers compare with the spec.

It only makes free, read-only calls: the GET operations of the spec that need no argument
but paging (credits, voices, avatars, each family's records...), one page of one record
each. Every answer is validated against the spec shipped in the package; the report names
each difference (field path, expected and seen kinds) and never a value, the key or a
signed URL. Exit status: 0 when every answer fits, 1 when something differs or failed,
2 for a usage or configuration mistake.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import httpx

from .client import Client
from .errors import A2EError, AuthenticationError, PermissionDeniedError

PAGE_PARAMETERS = frozenset({"pageNum", "pageSize", "page", "page_size", "current"})
# Asked first: it proves the key works, and its latency is the server's.
FIRST = "get_remaining_coins"
_SIGNED_QUERY = re.compile(r"(https?://[^\s?\"']+)\?[^\s\"']*")


@dataclass
class Check:
    """What one operation answered: fine, different from the spec, or failed."""

    operation: str
    method: str
    path: str
    outcome: str = "fine"
    status: int | None = None
    milliseconds: float = 0.0
    differences: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Report:
    server: str
    checks: list[Check] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return all(check.outcome == "fine" for check in self.checks)


def free_operations() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(name, operationId, path, query) of every free, read-only operation of the spec."""
    from a2e_client.operations import OPERATIONS

    from .validate import resolve, shipped_spec

    for name, (operation_id, method, path) in OPERATIONS.items():
        if method != "GET":
            continue
        operation = shipped_spec()["paths"][path]["get"]
        if operation.get("deprecated"):
            continue
        parameters = [resolve(p) for p in operation.get("parameters", [])]
        required = {p["name"] for p in parameters if p.get("required")}
        if required - PAGE_PARAMETERS:
            continue
        query = {p["name"]: 1 for p in parameters if p["name"] in PAGE_PARAMETERS}
        yield name, operation_id, path, query


def _quiet(text: str) -> str:
    """A message without the query of any address in it (signed URLs carry secrets there)."""
    return _SIGNED_QUERY.sub(r"\1?...", text)


def examine(client: Client) -> Report:
    """Call every free operation once and compare each answer with the spec."""
    from .answers import conform
    from .validate import differences

    report = Report(server=client.base_url)
    operations = sorted(free_operations(), key=lambda op: op[0] != FIRST)
    http = client.get_httpx_client()
    for name, operation_id, path, query in operations:
        check = Check(operation=operation_id, method="GET", path=path)
        report.checks.append(check)
        started = time.perf_counter()
        try:
            response = http.get(path, params=query)
        except (AuthenticationError, PermissionDeniedError) as error:
            check.outcome, check.status, check.error = (
                "failed",
                error.status_code,
                _quiet(str(error)),
            )
            break  # every other call would be refused the same way
        except A2EError as error:
            check.outcome, check.status, check.error = (
                "failed",
                error.status_code,
                _quiet(str(error)),
            )
            continue
        finally:
            check.milliseconds = round((time.perf_counter() - started) * 1000, 1)
        check.status = response.status_code
        try:
            payload = response.json()
        except ValueError:
            check.outcome, check.differences = "differs", ["/: expected JSON, got other text"]
            continue
        found = differences(name, response.status_code, conform(name, payload))
        if found:
            check.outcome, check.differences = "differs", [str(d) for d in found]
    return report


def render(report: Report) -> str:
    """The report for people: one line per operation, the differences under it."""
    lines = [f"server {report.server}"]
    first = next((c for c in report.checks if c.status is not None), None)
    if first is not None:
        lines.append(f"first answer in {first.milliseconds:.0f} ms ({first.operation})")
    for check in report.checks:
        lines.append(f"{check.outcome:<8} {check.operation} {check.method} {check.path}")
        lines += [f"         {text}" for text in check.differences]
        if check.error:
            lines.append(f"         {check.error}")
    counts = {o: sum(c.outcome == o for c in report.checks) for o in ("fine", "differs", "failed")}
    lines.append(", ".join(f"{n} {o}" for o, n in counts.items()))
    return "\n".join(lines)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(
            f"expected a finite number of seconds above 0, got {text!r}"
        )
    return value


def main(
    argv: Sequence[str] | None = None,
    *,
    base_url: str | None = None,
    region: str | None = None,
    language: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> int:
    """Run the doctor; the keywords are the options of `a2e` given before `doctor`, which the
    doctor's own --base-url and --region override."""
    parser = argparse.ArgumentParser(
        prog="a2e doctor",
        description="Check the A2E key and server with free, read-only calls, and report "
        "where A2E's answers differ from the spec. The key comes from A2E_API_KEY.",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--base-url", help="server address (default: A2E_BASE_URL or region)")
    parser.add_argument("--region", help="global or cn (default: A2E_BASE_URL, else global)")
    parser.add_argument("--timeout", type=_seconds, default=30.0, help="seconds per call")
    args = parser.parse_args(argv)
    # Either of the doctor's own server options replaces both of a2e's.
    if args.base_url is None and args.region is None:
        args.base_url, args.region = base_url, region
    try:
        import jsonschema_rs  # noqa: F401
    except ImportError:
        print("a2e doctor needs jsonschema-rs: pip install 'a2e[validate]'", file=sys.stderr)
        return 2
    try:
        client = Client(
            base_url=args.base_url,
            region=args.region,
            language=language,
            headers=headers,
            timeout=httpx.Timeout(args.timeout),
            max_retries=1,
            validate="off",
        )
    except (A2EError, ValueError) as error:
        print(f"a2e doctor: {error}", file=sys.stderr)
        return 2
    with client:
        report = examine(client)
    if args.json:
        print(json.dumps({"server": report.server, "checks": [asdict(c) for c in report.checks]}))
    else:
        print(render(report))
    return 0 if report.clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
