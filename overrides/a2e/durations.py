"""How long tasks take: each family's declared duration, refined by the run times seen.

A family's run times are taken to be log-normal: `TaskFamily.typical_seconds` is their median
and `TaskFamily.spread` the standard deviation of their logarithm (with 0.5, half of the tasks
end within x0.71 to x1.40 of the median, nine in ten within x0.44 to x2.28). Both come from the
spec. `Durations` learns from tasks seen finished, per server and family, measuring each with
A2E's own timestamps (created, then completed or last updated), never with the moment a client
happened to notice; its estimate weighs the declaration as `PRIOR_WEIGHT` tasks against them.
"""

from __future__ import annotations

import datetime
import math
import threading
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

from . import defaults
from .errors import ConfigurationError
from .tasks import TaskFamily

# A spread of zero would make every run time but the median impossible.
SMALLEST_SPREAD = 0.01
# Shares this close to 0 or 1 are where the normal distribution's inverse stops being finite.
EDGE = 1e-12


@dataclass(frozen=True)
class Estimate:
    """Run times as a log-normal: the logarithm of their median, and its spread."""

    log_median: float
    spread: float

    @classmethod
    def of(cls, median: float, spread: float) -> Estimate:
        return cls(math.log(median), max(SMALLEST_SPREAD, spread))

    @property
    def median(self) -> float:
        return math.exp(self.log_median)

    def share_within(self, seconds: float) -> float:
        """The share of tasks that end within `seconds`."""
        if seconds <= 0:
            return 0.0
        return NormalDist(self.log_median, self.spread).cdf(math.log(seconds))

    def seconds_at(self, share: float) -> float:
        """The run time within which `share` of the tasks end."""
        share = min(max(share, EDGE), 1 - EDGE)
        return math.exp(NormalDist(self.log_median, self.spread).inv_cdf(share))

    def seconds_after(self, age: float, share: float) -> float:
        """The run time within which `share` of the tasks still running at `age` end."""
        before = self.share_within(age)
        if before >= 1 - EDGE:
            return age  # past any likely end: whatever comes next is near
        return max(age, self.seconds_at(before + share * (1 - before)))

    def with_progress(self, age: float, percent: float) -> Estimate:
        """This estimate combined with a task's progress: `percent` done after `age` seconds
        predicts a run time of age * 100 / percent, trusted within PROGRESS_SPREAD."""
        if age <= 0:
            return self  # nothing has happened yet to measure a pace by
        predicted = math.log(age * 100 / percent)
        weight = 1 / self.spread**2
        progress_weight = 1 / defaults.PROGRESS_SPREAD**2
        total = weight + progress_weight
        return Estimate(
            (self.log_median * weight + predicted * progress_weight) / total, total**-0.5
        )


def _learnable(seconds: object) -> bool:
    return (
        isinstance(seconds, int | float)
        and not isinstance(seconds, bool)
        and 0 < seconds <= defaults.LEARNED_LONGEST
    )


class Durations:
    """Run times of finished tasks per server and family (the latest `kept` of each), and the
    estimate of each family's run times they give. Safe to share between threads.

    `export()` and `merge()` turn it into plain data and back, as the `a2e` command keeps it
    between runs; `merge` skips whatever is not shaped as `export` writes it.
    """

    def __init__(
        self, kept: int = defaults.LEARNED_KEPT, servers: int = defaults.LEARNED_SERVERS
    ) -> None:
        for name, value in (("kept", kept), ("servers", servers)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigurationError(f"{name}: must be an int >= 1, got {value!r}")
        self.kept = kept
        self.servers = servers
        # server -> family -> task id -> seconds; every level oldest first.
        self._seen: dict[str, dict[str, dict[str, float]]] = {}
        self._estimates: dict[tuple[str, str], Estimate] = {}
        self._lock = threading.Lock()

    def record(self, server: str, family: str, task_id: str, seconds: float) -> None:
        """Learn one task's run time; a task seen again replaces its earlier figure."""
        if not _learnable(seconds):
            return
        with self._lock:
            self._add(server, family, task_id, float(seconds))

    def _add(self, server: str, family: str, task_id: str, seconds: float) -> None:
        families = self._seen.pop(server, {})
        self._seen[server] = families  # now the most recent server
        while len(self._seen) > self.servers:
            forgotten = next(iter(self._seen))
            for name in self._seen.pop(forgotten):
                self._estimates.pop((forgotten, name), None)
        times = families.setdefault(family, {})
        times.pop(task_id, None)
        times[task_id] = seconds
        while len(times) > self.kept:
            del times[next(iter(times))]
        self._estimates.pop((server, family), None)

    def seen(self, server: str, family: str) -> list[float]:
        """The run times learned for this server and family, oldest first."""
        with self._lock:
            return list(self._seen.get(server, {}).get(family, {}).values())

    def estimate(self, server: str, family: TaskFamily[Any]) -> Estimate:
        """The family's run times on this server: its declaration, refined by those seen."""
        key = (server, family.name)
        with self._lock:
            found = self._estimates.get(key)
            if found is None:
                times = self._seen.get(server, {}).get(family.name, {}).values()
                found = self._estimates[key] = _refined(family, [math.log(t) for t in times])
            return found

    def export(self) -> dict[str, dict[str, dict[str, float]]]:
        with self._lock:
            return {
                server: {name: dict(times) for name, times in families.items()}
                for server, families in self._seen.items()
            }

    def merge(self, data: object) -> None:
        """Add run times in `export()`'s shape; they count as older than those already here."""
        if not isinstance(data, dict):
            return
        with self._lock:
            mine, self._seen = self._seen, {}
            self._estimates.clear()
            for source in (data, mine):
                for server, families in source.items():
                    if not isinstance(server, str) or not isinstance(families, dict):
                        continue
                    for name, times in families.items():
                        if not isinstance(name, str) or not isinstance(times, dict):
                            continue
                        for task_id, seconds in times.items():
                            if isinstance(task_id, str) and _learnable(seconds):
                                self._add(server, name, task_id, float(seconds))


def _refined(family: TaskFamily[Any], logs: list[float]) -> Estimate:
    """The declared estimate updated with the logarithms of run times seen (a normal prior on
    their log worth PRIOR_WEIGHT observations): the median moves towards what was seen, and
    the spread widens when the two disagree."""
    prior = Estimate.of(family.typical_seconds, family.spread)
    if not logs:
        return prior
    weight, count = defaults.PRIOR_WEIGHT, len(logs)
    mean = math.fsum(logs) / count
    scatter = math.fsum((x - mean) ** 2 for x in logs)
    disagreement = weight * count / (weight + count) * (mean - prior.log_median) ** 2
    variance = (weight * prior.spread**2 + scatter + disagreement) / (weight + count)
    return Estimate(
        (weight * prior.log_median + count * mean) / (weight + count),
        max(SMALLEST_SPREAD, math.sqrt(variance)),
    )


def _stamp(family: TaskFamily[Any], task: Any, wire_name: str) -> float | None:
    """A timestamp field of a task record, in seconds since the epoch (UTC when unmarked)."""
    value = getattr(task, family.attribute(wire_name), None)
    if not isinstance(value, datetime.datetime):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    try:
        return value.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def run_seconds(family: TaskFamily[Any], task: Any) -> float | None:
    """How long a finished task ran by A2E's own clock, when its record says."""
    if family.created_field is None:
        return None
    created = _stamp(family, task, family.created_field)
    for wire_name in family.finished_fields:
        finished = _stamp(family, task, wire_name)
        if created is not None and finished is not None:
            return finished - created
    return None


def age_seconds(family: TaskFamily[Any], task: Any, server_now: float) -> float:
    """How long ago A2E created a task, `server_now` being A2E's time (its `Date` header) or,
    failing that, the local clock's. A task is at least as old as its record's own span from
    creation to last change, whatever the clocks say; with no creation time it counts as new.
    """
    created = _stamp(family, task, family.created_field) if family.created_field else None
    if created is None:
        return 0.0
    changed = [_stamp(family, task, wire_name) for wire_name in family.finished_fields]
    span = max((stamp - created for stamp in changed if stamp is not None), default=0.0)
    return max(0.0, span, server_now - created)


def progress_of(family: TaskFamily[Any], task: Any) -> float | None:
    """A task's progress in percent, when its family reports one and it is strictly between
    0 and 100 (the ends say nothing about how long is left)."""
    if family.progress_field is None:
        return None
    value = getattr(task, family.attribute(family.progress_field), None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0 < value < 100 else None


LEARNED = Durations()
"""What this process has learned; waits use it unless given another `Durations`."""
