"""The schedule of a wait, on a virtual clock: the wait core (`a2e.polling.wait_steps`) is driven
by a fake A2E whose tasks end at set times, and nothing sleeps."""

from __future__ import annotations

import datetime
import itertools
import math
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

import a2e
from a2e.durations import Durations, Estimate
from a2e.polling import FittedSchedule, PollSchedule, Read, Reply, Schedule, Sleep, wait_steps
from a2e.tasks import AVATAR_VIDEO, FACE_SWAP, HAILUO_VIDEO, TaskFamily

# Any moment will do as A2E's "now" when a wait starts: the schedule only takes differences.
EPOCH = 1_767_225_600.0


def exact(**options: Any) -> FittedSchedule:
    """A fitted schedule without jitter, so that reads land exactly where it aims, which has
    learned nothing yet."""
    return FittedSchedule(jitter=0.0, durations=Durations(), **options)


def bound(run: float) -> float:
    return max(1.0, 0.05 * run)


class FakeA2E:
    """Tasks of one family that end at set times (seconds after the wait starts), read on a
    virtual clock: each `Read` is answered at once, each `Sleep` moves the clock on."""

    def __init__(
        self,
        family: TaskFamily[Any],
        ends: dict[str, float],
        *,
        created: dict[str, float] | None = None,
        local_skew: float = 0.0,
        dated: bool = True,
        answer: Callable[[FakeA2E, Read], Reply] | None = None,
    ) -> None:
        self.family = family
        self.ends = ends
        # When A2E created each task, in seconds relative to the wait's start (0: just now).
        self.created = created or {}
        self.local_skew = local_skew
        self.dated = dated
        self.answer = answer or FakeA2E.tasks
        self.now = 0.0
        self.reads: list[tuple[float, tuple[str, ...]]] = []
        self.sleeps: list[float] = []
        self.updates: list[Any] = []

    def record(self, task_id: str, **extra: Any) -> Any:
        family, end = self.family, self.ends[task_id]
        ended = self.now >= end
        created = EPOCH + self.created.get(task_id, 0.0)
        changed = EPOCH + (end if ended else self.now)
        fields = {
            "id": task_id,
            family.attribute(family.status_field): family.succeeded[0]
            if ended
            else family.running[-1],
            family.attribute(family.message_field): None,
            **extra,
        }
        if family.created_field:
            fields[family.attribute(family.created_field)] = moment(created)
        for wire_name in family.finished_fields:
            fields[family.attribute(wire_name)] = moment(changed)
        return SimpleNamespace(**fields)

    def tasks(self, step: Read) -> Reply:
        outcomes: list[tuple[str | None, Any]] = [
            (None if step.batch else task_id, self.record(task_id)) for task_id in step.task_ids
        ]
        return Reply(outcomes, server_time=EPOCH + self.now if self.dated else None)

    def wait(self, schedule: Schedule, *, timeout: float = 1e6, **options: Any) -> Any:
        steps = wait_steps(
            self.family,
            tuple(self.ends),
            timeout,
            schedule,
            batch=options.pop("batch", False),
            server="fake",
            clock=lambda: self.now,
            wall=lambda: EPOCH + self.now + self.local_skew,
            rng=lambda: 0.5,
            **options,
        )
        reply: Reply | None = None
        try:
            while True:
                step = steps.send(reply)
                reply = None
                if isinstance(step, Read):
                    self.reads.append((self.now, step.task_ids))
                    reply = self.answer(self, step)
                elif isinstance(step, Sleep):
                    assert step.seconds >= 0
                    self.sleeps.append(step.seconds)
                    self.now += step.seconds
                else:
                    self.updates.append(step.task)
        except StopIteration as finished:
            return finished.value

    @property
    def times(self) -> list[float]:
        return [at for at, _ in self.reads]


def moment(seconds: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC)


def dense_start(family: TaskFamily[Any], schedule: FittedSchedule, age: float = 0.0) -> float:
    """Where the reads of a task `age` seconds old turn dense (from the declared duration)."""
    estimate = Estimate.of(family.typical_seconds, family.spread)
    likely = estimate.seconds_after(age, schedule.early_share)
    return max(likely + schedule.min_lag, likely / (1 - schedule.lag_fraction))


def test_reads_are_sparse_far_from_the_likely_end_and_dense_near_it() -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0})  # typically 120 s; this one runs long
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(), timeout=600)
    start = dense_start(FACE_SWAP, exact())
    times = fake.times
    assert 40 < start < 60 and times[:2] == [0.0, pytest.approx(start)]
    # From there on, every pause is the lag bound at that age: the larger of 1 s and 5%.
    for earlier, later in itertools.pairwise(times[1:]):
        assert later - earlier == pytest.approx(bound(earlier))
    # Dense around the likely end (a hundred-odd seconds), sparse before it.
    assert sum(1 for t in times if t < 0.99 * start) == 1
    assert sum(1 for t in times if 60 <= t <= 240) > 25


def test_a_task_far_from_its_end_is_still_read_every_sparse_max() -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0}, created={"t": 0.0})
    slow = exact(sparse_max=10.0)
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(slow, timeout=60)
    assert fake.times[:4] == [0.0, 10.0, 20.0, 30.0]


@pytest.mark.parametrize("run", [3.0, 47.0, 60.0, 95.5, 120.0, 333.0, 1500.0])
def test_a_task_that_ends_after_the_reads_turn_dense_is_seen_within_its_bound(run: float) -> None:
    fake = FakeA2E(FACE_SWAP, {"t": run})
    done = fake.wait(exact())
    lag = fake.now - run
    if run >= dense_start(FACE_SWAP, exact()):
        assert 0 <= lag <= bound(run)
    else:  # the few that end before it are seen at its first read
        assert fake.now == pytest.approx(dense_start(FACE_SWAP, exact()))
    assert done["t"].current_status == "completed"


def test_a_retry_after_on_a_read_sets_the_next_one() -> None:
    def asks(seconds: float) -> Callable[[FakeA2E, Read], Reply]:
        def answer(fake: FakeA2E, step: Read) -> Reply:
            reply = fake.tasks(step)
            reply.retry_after = seconds
            return reply

        return answer

    fitted = FakeA2E(FACE_SWAP, {"t": 20.0}, answer=asks(7.0))
    fitted.wait(exact())
    assert fitted.times == [0.0, 7.0, 14.0, 21.0], "the server's word, early or late"
    at_once = FakeA2E(FACE_SWAP, {"t": 1e9}, answer=asks(0.0))
    with pytest.raises(a2e.TaskTimeout):
        at_once.wait(exact(), max_reads=3)
    assert at_once.times == [0.0, 0.0, 0.0], "Retry-After: 0, as the mock sends, reads at once"
    fixed = FakeA2E(FACE_SWAP, {"t": 20.0}, answer=asks(7.0))
    fixed.wait(PollSchedule(initial=2, factor=2, maximum=40, jitter=0))
    assert fixed.sleeps == [7.0, 7.0, 8.0], "a fixed schedule waits at least that long"


def test_a_rate_limit_s_retry_after_is_a_least_pause() -> None:
    def limited(fake: FakeA2E, step: Read) -> Reply:
        if len(fake.reads) == 2:
            return Reply([("t", a2e.RateLimitError("slow down", retry_after=90.0))])
        return fake.tasks(step)

    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0}, answer=limited)
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(), max_reads=3)
    assert fake.sleeps[1] == 90.0


def test_a_wait_ends_at_its_deadline() -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0})
    with pytest.raises(a2e.TaskTimeout, match="not finished after 300s") as raised:
        fake.wait(exact(), timeout=300)
    assert fake.now == 300.0, "the last pause is cut to the deadline"
    assert fake.times[-1] < 300.0
    assert raised.value.task.current_status == "processing"


def test_max_reads_bounds_the_reads() -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0})
    with pytest.raises(a2e.TaskTimeout, match="after 5 reads"):
        fake.wait(exact(), max_reads=5)
    assert len(fake.reads) == 5 and len(fake.sleeps) == 4


def test_it_learns_from_finished_tasks_by_a2e_s_timestamps() -> None:
    learned = Durations()
    schedule = FittedSchedule(jitter=0.0, durations=learned)
    declared_start = dense_start(FACE_SWAP, schedule)
    for number in range(30):  # they take 400 s, where 120 s is declared
        FakeA2E(FACE_SWAP, {f"t{number}": 400.0 + number}).wait(schedule)
    # Each run time is A2E's own (completed - created), not when the wait happened to see it.
    assert learned.seen("fake", "face_swap") == [400.0 + n for n in range(30)]
    assert learned.estimate("fake", FACE_SWAP).median == pytest.approx(350, rel=0.1)
    after = FakeA2E(FACE_SWAP, {"next": 420.0})
    after.wait(schedule)
    assert declared_start < 60, "with what was declared, reads would be dense from here on"
    assert after.times[:4] == [0, 60, 120, 180], "with what was learned, still sparse"
    assert after.times[4] > 3 * declared_start
    assert after.now - 420.0 <= bound(420.0)


def test_a_re_attached_task_counts_its_age_from_its_creation() -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 130.0}, created={"t": -100.0})  # created 100 s ago
    fake.wait(exact())
    # Dense within seconds (of the tasks still running at 100 s, 5% end by about 104 s),
    # where a fresh task waits about 55 s first.
    assert fake.times[:2] == [0.0, pytest.approx(dense_start(FACE_SWAP, exact(), 100.0) - 100)]
    assert fake.times[1] < 10
    for earlier, later in itertools.pairwise(fake.times[1:]):
        assert later - earlier == pytest.approx(bound(100 + earlier))
    assert fake.now - 130.0 <= bound(230.0)


@pytest.mark.parametrize("skew", [-3600.0, 3600.0])
def test_a_skewed_local_clock_is_corrected_by_a2e_s_date(skew: float) -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0}, local_skew=skew)
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(), max_reads=2)
    assert fake.times[1] == pytest.approx(dense_start(FACE_SWAP, exact())), "a fresh task"


def test_without_a_date_a_task_is_at_least_as_old_as_its_record_says() -> None:
    # The local clock runs an hour slow and no Date comes: the task's own stamps still show
    # it has run for 100 s.
    def stale(fake: FakeA2E, step: Read) -> Reply:
        reply = fake.tasks(step)
        fake.now, saved = 100.0, fake.now
        reply.outcomes = [(None, fake.record("t"))]
        fake.now = saved
        return reply

    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0}, local_skew=-3600.0, dated=False, answer=stale)
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(), max_reads=2)
    assert fake.times[1] == pytest.approx(dense_start(FACE_SWAP, exact(), 100.0) - 100.0)


def test_a_creation_time_from_long_ago_still_gets_a_read_every_pause_max() -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 10_000.0}, created={"t": -EPOCH})  # "created" in 1970
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(), timeout=1000)
    assert fake.times == [0.0, 300.0, 600.0, 900.0]


def test_a2e_s_progress_moves_the_likely_end() -> None:
    def one_percent_a_second(fake: FakeA2E, step: Read) -> Reply:
        # The video looks like a 100-second one, not like the family's typical 300 s.
        task = fake.record("v", process=min(fake.now, 99.0))
        return Reply([("v", task)], server_time=EPOCH + fake.now)

    fake = FakeA2E(AVATAR_VIDEO, {"v": 10_000.0}, answer=one_percent_a_second)
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(sparse_max=20.0), max_reads=7)
    plain = FakeA2E(AVATAR_VIDEO, {"v": 10_000.0})
    with pytest.raises(a2e.TaskTimeout):
        plain.wait(exact(sparse_max=20.0), max_reads=7)
    assert plain.times == [0, 20, 40, 60, 80, 100, 120], "sparse: 300 s are declared"
    # Dense from 90-odd seconds: the progress weighs more than the family's figure.
    assert fake.times[:5] == [0, 20, 40, 60, 80] and 85 < fake.times[5] < 100
    assert fake.times[6] - fake.times[5] == pytest.approx(bound(fake.times[5]))


def test_wait_many_reads_one_batch_a_round_timed_by_the_task_nearest_its_end() -> None:
    ends = {"old": 150.0, "new": 400.0}
    fake = FakeA2E(FACE_SWAP, ends, created={"old": -100.0})
    done = fake.wait(exact(), batch=True)
    assert list(done) == ["old", "new"]
    rounds_with_both = [t for t, ids in fake.reads if ids == ("old", "new")]
    # The old task sets the pace until it ends: dense within seconds, where the fresh one
    # alone would wait about 55 s.
    first = dense_start(FACE_SWAP, exact(), 100.0) - 100
    assert rounds_with_both[:3] == [0.0, pytest.approx(first), pytest.approx(first + 5.5, 0.01)]
    seen_ended = next(n for n, (t, _) in enumerate(fake.reads) if t >= 150.0)
    assert all(ids == ("new",) for _, ids in fake.reads[seen_ended + 1 :])
    assert fake.now - 400.0 <= bound(400.0)


def test_without_a_batch_read_a_round_reads_only_the_tasks_due() -> None:
    ends = {"old": 300.0, "new": 10_000.0}
    fake = FakeA2E(HAILUO_VIDEO, ends, created={"old": -250.0})
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(), timeout=100)
    assert fake.reads[0] == (0.0, ("old", "new"))
    assert [ids for t, ids in fake.reads[1:4]] == [("old",)] * 3


def test_a_fixed_schedule_stays_fixed() -> None:
    fake = FakeA2E(FACE_SWAP, {"t": 60.0})
    fake.wait(PollSchedule(initial=1, factor=2, maximum=16, jitter=0))
    assert fake.sleeps == [1, 2, 4, 8, 16, 16, 16]


def test_a_failed_round_is_retried_once_for_all_its_tasks_and_a_good_one_starts_over() -> None:
    def failing(fake: FakeA2E, step: Read) -> Reply:
        if len(fake.reads) in (1, 2, 4):
            return Reply([(None, a2e.ServerError("busy", status_code=503))])
        return fake.tasks(step)

    ends = {f"t{n}": 10_000.0 for n in range(10)}
    fake = FakeA2E(FACE_SWAP, ends, answer=failing)
    with pytest.raises(a2e.TaskTimeout):
        fake.wait(exact(), batch=True, max_reads=5)
    assert all(ids == tuple(ends) for _, ids in fake.reads)
    # Two failed rounds: 1 s, then 1.5 s; a good one plans again; the next failure waits 1 s.
    assert fake.sleeps[:2] == [1.0, 1.5] and fake.sleeps[3] == 1.0


def test_a_task_never_read_well_is_retried_on_the_default_fixed_pauses() -> None:
    def failing(fake: FakeA2E, step: Read) -> Reply:
        if len(fake.reads) <= 3:
            return Reply([("t", a2e.ServerError("busy", status_code=503))])
        return fake.tasks(step)

    fake = FakeA2E(FACE_SWAP, {"t": 1.0}, answer=failing)
    fake.wait(exact())
    assert fake.sleeps == [1.0, 1.5, 2.25]


def test_an_estimate_spreads_as_declared() -> None:
    estimate = Estimate.of(60.0, 0.5)
    assert estimate.share_within(60.0) == pytest.approx(0.5)
    assert estimate.seconds_at(0.95) == pytest.approx(60 * math.exp(0.5 * 1.6449), rel=1e-4)
    # Of the tasks still running at the median, 5% end within a few seconds of it.
    assert 60.0 < estimate.seconds_after(60.0, 0.05) < 65.0
    assert estimate.seconds_after(1e6, 0.05) == 1e6


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"lag_fraction": 0}, "lag_fraction: must be in"),
        ({"early_share": 1}, "early_share: must be in"),
        ({"min_lag": -1}, "min_lag: must be > 0"),
        ({"sparse_max": 0.5}, "sparse_max: must be >= min_lag"),
        ({"pause_max": 30}, "pause_max: must be >= sparse_max"),
        ({"jitter": 1}, "jitter: must be in"),
        ({"durations": {}}, "durations: must be an a2e.durations.Durations"),
    ],
)
def test_a_fitted_schedule_is_checked_when_built(options: dict[str, Any], problem: str) -> None:
    with pytest.raises(a2e.ConfigurationError, match=problem):
        FittedSchedule(**options)


def test_durations_keep_the_latest_run_times_of_the_latest_servers() -> None:
    for bad in ({"kept": 0}, {"servers": True}):
        with pytest.raises(a2e.ConfigurationError):
            Durations(**bad)
    kept = Durations(kept=2, servers=1)
    for task_id, seconds in (("a", 1.0), ("b", 2.0), ("c", 3.0), ("a", 4.0)):
        kept.record("one", "face_swap", task_id, seconds)
    assert kept.seen("one", "face_swap") == [3.0, 4.0]
    for nonsense in (0.0, -5.0, math.nan, math.inf, 1e9):
        kept.record("one", "face_swap", "odd", nonsense)
    assert kept.seen("one", "face_swap") == [3.0, 4.0]
    kept.record("two", "face_swap", "x", 9.0)
    assert kept.export() == {"two": {"face_swap": {"x": 9.0}}}
