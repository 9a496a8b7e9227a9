"""Bulk runs (`a2e.batch`): jobs from a file, a journal that makes any stop safe, credits."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

import a2e
import a2e.batch
from a2e.batch import journal as journal_module
from a2e.batch.runner import BUSY, marked_name, start_grace, start_outcome
from a2e.mock import MockA2E
from a2e.tasks import NANO_BANANA

FAST = a2e.PollSchedule(initial=0.001, maximum=0.01)
START = "/api/v1/userNanoBanana/start"
FACE = "https://example.com/face.jpg"


def cats(count: int, **more: Any) -> list[dict[str, Any]]:
    return [{"name": f"cat {i}", "prompt": "a cat", **more} for i in range(count)]


def jsonl(folder: Path, jobs: list[Any], name: str = "jobs.jsonl") -> Path:
    path = folder / name
    path.write_text("".join(json.dumps(job) + "\n" for job in jobs), encoding="utf-8")
    return path


def run(
    client: a2e.Client, jobs: Any, folder: Path, section: str = "nano-banana", **options: Any
) -> a2e.batch.Summary:
    return a2e.batch.run(
        client,
        jobs,
        section=section,
        journal=folder / "run.db",
        out=folder / "out",
        schedule=FAST,
        **options,
    )


def tasks_per_job(mock: MockA2E) -> Counter[str]:
    """Tasks the mock started, counted by the job's own name (the marker taken off)."""
    names = [t.record["name"] for t in mock.tasks.of_family(NANO_BANANA)]
    return Counter(name.rsplit(" [a2e:", 1)[0] for name in names)


Starting = Callable[..., a2e.Client]


@pytest.fixture
def starting(base_url: str) -> Iterator[Starting]:
    """Clients that send `headers` (the mock's faults and scripts) with starts alone."""
    made: list[httpx.Client] = []

    def client(headers: dict[str, str], **options: Any) -> a2e.Client:
        def add(request: httpx.Request) -> None:
            if request.method == "POST" and request.url.path.endswith(("/start", "/add")):
                request.headers.update(headers)

        made.append(httpx.Client(event_hooks={"request": [add]}))
        return a2e.Client("sk_test", base_url=base_url, http_client=made[-1], **options)

    yield client
    for own in made:
        own.close()


def test_a_run_starts_every_job_once_saves_the_results_and_reports_credits(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    seen: list[a2e.batch.Progress] = []
    summary = run(
        client, jsonl(tmp_path, cats(7)), tmp_path, concurrency=3, on_progress=seen.append
    )
    assert summary.complete and summary.counts == {"finished": 7}
    assert tasks_per_job(mock) == Counter(f"cat {i}" for i in range(7))
    for job in summary.jobs:
        assert job.task_id and job.status == "completed" and job.cost == 30
        assert [Path(f).name for f in job.files] == [f"{job.task_id}.png"]
        assert Path(job.files[0]).stat().st_size > 0
    assert summary.spent == 210 and summary.credits_before == summary.credits_after == 1293
    assert seen[-1].counts == {"finished": 7} and seen[-1].rate > 0
    assert max(p.counts.get("started", 0) + p.counts.get("starting", 0) for p in seen) <= 3
    # One batch read a round for every running task: far fewer reads than tasks.
    reads = mock.calls("POST", "/api/v1/userNanoBanana/batchDetail")
    assert mock.calls("POST", START) == 7 and reads <= 12

    again = run(client, tmp_path / "jobs.jsonl", tmp_path)
    assert again.counts == {"finished": 7} and mock.calls("POST", START) == 7
    assert again.jobs == summary.jobs


def test_the_async_run_does_the_same(base_url: str, mock: MockA2E, tmp_path: Path) -> None:
    async def main() -> a2e.batch.Summary:
        async with a2e.AsyncClient("sk_test", base_url=base_url) as client:
            return await a2e.batch.run_async(
                client,
                cats(6),
                section="nano_banana",
                journal=tmp_path / "run.db",
                out=tmp_path / "out",
                concurrency=4,
                schedule=FAST,
            )

    summary = asyncio.run(main())
    assert summary.counts == {"finished": 6} and all(job.files for job in summary.jobs)
    assert tasks_per_job(mock) == Counter(f"cat {i}" for i in range(6))
    assert asyncio.run(main()).counts == {"finished": 6} and mock.calls("POST", START) == 6


def test_the_start_carries_a_marker_beside_the_users_name(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    summary = run(client, [{"name": "mine", "prompt": "p"}], tmp_path)
    record = mock.tasks.get(NANO_BANANA, str(summary.jobs[0].task_id))
    assert record is not None
    mark = record.record["name"].removeprefix("mine [a2e:").removesuffix("]")
    assert len(mark) == 12 and record.record["name"] == marked_name("mine", mark)
    assert marked_name(None, mark) == f"[a2e:{mark}]"


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ('{"name": "x", "prompt": ', "line 2: not valid JSON"),
        ('["x"]', "line 2: expected a JSON object of fields, got list"),
        ('{"name": "x", "prompt": "p", "colour": "red"}', "line 2: field 'colour': not taken by"),
        ('{"name": "x", "prompt": 3}', "line 2: field 'prompt': expected a string, got a whole"),
        ('{"name": "x"}', "line 2: field 'prompt': required by nano_banana.start, not given"),
        ('{"name": "x", "prompt": "p", "image_size": "8K"}', "line 2: field 'image_size': must"),
        ('{"name": "x", "prompt": "p", "google_search": "yes"}', "field 'google_search': expec"),
        ('{"name": "\\ud800", "prompt": "p"}', "line 2: field 'name': holds text that is not"),
    ],
)
def test_a_bad_line_refuses_the_run_naming_line_and_field(
    client: a2e.Client, mock: MockA2E, tmp_path: Path, line: str, named: str
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(json.dumps(cats(1)[0]) + "\n" + line + "\n\n" + json.dumps(cats(1)[0]) + "\n")
    with pytest.raises(a2e.ConfigurationError, match="1 invalid job") as refused:
        run(client, jobs, tmp_path)
    assert named in str(refused.value)
    assert not (tmp_path / "run.db").exists() and mock.calls("POST", START) == 0

    summary = run(client, jobs, tmp_path, skip_invalid=True)
    assert [(job.line, job.state) for job in summary.jobs] == [
        (1, "finished"),
        (2, "invalid"),
        (4, "finished"),
    ]
    assert named in str(summary.jobs[1].error) and summary.complete


def test_address_fields_are_checked_and_local_files_named_with_an_at(
    client: a2e.Client, tmp_path: Path
) -> None:
    (tmp_path / "face.jpg").write_bytes(b"\xff\xd8 a face")
    good = {"name": "a", "face_url": "@face.jpg", "video_url": "https://x/v.mp4"}
    goal = a2e.batch.target("face-swap")
    bad = [
        {**good, "face_url": "face.jpg"},
        {**good, "face_url": "@missing.jpg"},
        {**good, "face_url": "@"},
        {**good, "model_version": "v3"},
    ]
    jobs = a2e.batch.read_jobs(jsonl(tmp_path, [good, *bad]), goal)
    assert jobs[0].problem is None and jobs[0].local_files()[0].path == tmp_path / "face.jpg"
    problems = [str(job.problem) for job in jobs[1:]]
    assert problems[0].startswith("line 2: field 'face_url': 'face.jpg' is not an http(s) URL")
    assert problems[1].startswith("line 3: field 'face_url': missing.jpg: no such file")
    assert problems[2].startswith("line 4: field 'face_url': '@' names no file")
    assert problems[3].startswith("line 5: field 'model_version': must be one of 'v1', 'v2'")


def test_csv_values_are_read_by_the_fields_types(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_text(
        "name,prompt,google_search,image_size,input_images\n"
        'a,"a cat, sitting",true,2K,\n'
        "b,a dog,no,,https://x/1.png\n"
        'c,a bird,,1K,"[""https://x/1.png"", ""https://x/2.png""]"\n'
    )
    found = a2e.batch.read_jobs(jobs, a2e.batch.target("nano-banana"))
    assert [dict(job.fields or {}) for job in found] == [
        {"name": "a", "prompt": "a cat, sitting", "google_search": True, "image_size": "2K"},
        {
            "name": "b",
            "prompt": "a dog",
            "google_search": False,
            "input_images": ["https://x/1.png"],
        },
        {
            "name": "c",
            "prompt": "a bird",
            "image_size": "1K",
            "input_images": ["https://x/1.png", "https://x/2.png"],
        },
    ]
    assert [job.line for job in found] == [2, 3, 4]
    dubbing = tmp_path / "dubbing.csv"
    dubbing.write_text("source_url,num_speakers\nhttps://x/a.mp4,two\nhttps://x/a.mp4,1,extra\n")
    problems = [job.problem for job in a2e.batch.read_jobs(dubbing, a2e.batch.target("ai_dubbing"))]
    assert problems == [
        "line 2: field 'num_speakers': expected a whole number, got 'two'",
        "line 3: 3 values for the 2 fields of the header",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,prompt,colour\na,b,c\n", "line 1: field 'colour': not taken by nano_banana.start"),
        (b"name,prompt,name\na,b,c\n", "line 1: field 'name': named twice"),
        (b"name,prompt\na,\xff\n", "line 2: not UTF-8 text"),
    ],
)
def test_a_bad_csv_file_is_refused_whole(tmp_path: Path, content: bytes, message: str) -> None:
    jobs = tmp_path / "jobs.csv"
    jobs.write_bytes(content)
    with pytest.raises(a2e.ConfigurationError, match=message):
        a2e.batch.read_jobs(jobs, a2e.batch.target("nano-banana"))


def test_unknown_sections_operations_and_options_are_refused_first(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    jobs = jsonl(tmp_path, cats(1))
    for section, operation, message in [
        ("nano-bananas", "start", "section: 'nano-bananas' is not a section"),
        ("face-swap", "add-image", "its starts: start-preview, start"),
        ("credits", "start", "its starts: none"),
    ]:
        with pytest.raises(a2e.ConfigurationError, match=message):
            a2e.batch.run(
                client, jobs, section=section, operation=operation, journal=tmp_path / "x.db"
            )
    bad_options: list[tuple[dict[str, Any], str]] = [
        ({"concurrency": 0}, "concurrency: must be a whole number >= 1"),
        ({"budget": -1}, "budget: must be a number of credits above 0"),
        ({"task_timeout": float("inf")}, "task_timeout: must be a finite number"),
    ]
    for options, message in bad_options:
        with pytest.raises(a2e.ConfigurationError, match=message):
            run(client, jobs, tmp_path, **options)
    with pytest.raises(a2e.ConfigurationError, match="face_swap tasks do not say what they cost"):
        run(client, jobs, tmp_path, section="face-swap", budget=10)
    assert not mock.requests and not (tmp_path / "run.db").exists()


def test_a_journal_from_another_jobs_file_or_section_is_refused(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    run(client, jsonl(tmp_path, cats(3)), tmp_path)
    edited = cats(3)
    edited[1]["prompt"] = "a dog"
    with pytest.raises(a2e.ConfigurationError) as refused:
        run(client, jsonl(tmp_path, edited, "other.jsonl"), tmp_path)
    assert "made from another jobs file (3 jobs there, 3 here; they differ from line 2 on)" in str(
        refused.value
    )
    with pytest.raises(a2e.ConfigurationError, match=r"made for nano_banana\.start, not gpt_image"):
        run(client, tmp_path / "jobs.jsonl", tmp_path, section="gpt-image")
    (tmp_path / "notes.db").write_text("not a database at all, but long enough to be read" * 40)
    with pytest.raises(a2e.ConfigurationError, match="not a batch journal"):
        a2e.batch.run(
            client, tmp_path / "jobs.jsonl", section="nano-banana", journal=tmp_path / "notes.db"
        )
    assert mock.calls("POST", START) == 3


def test_one_run_at_a_time_per_journal(client: a2e.Client, tmp_path: Path) -> None:
    jobs = jsonl(tmp_path, cats(2))
    goal = a2e.batch.target("nano-banana")
    found = a2e.batch.read_jobs(jobs, goal)
    with journal_module.Journal.open(tmp_path / "run.db", goal, found):
        with pytest.raises(a2e.ConfigurationError, match="another run is using this journal"):
            run(client, jobs, tmp_path)
        held = a2e.batch.status(tmp_path / "run.db")
        assert held.counts == {"pending": 2} and held.in_use
    assert run(client, jobs, tmp_path).complete
    assert not a2e.batch.status(tmp_path / "run.db").in_use


def test_a_local_file_is_uploaded_once_and_never_again_on_a_rerun(
    base_url: str, client: a2e.Client, starting: Starting, mock: MockA2E, tmp_path: Path
) -> None:
    (tmp_path / "face.jpg").write_bytes(b"\xff\xd8 a face")
    jobs = [
        {"name": f"swap {i}", "face_url": "@face.jpg", "video_url": f"https://x/{i}.mp4"}
        for i in range(3)
    ]
    failing = starting({"X-Mock-Fail": "no face found"})
    first = run(failing, jsonl(tmp_path, jobs), tmp_path, section="face-swap")
    assert first.counts == {"failed": 3} and first.jobs[0].error == "no face found"
    puts = [r for r in mock.requests if r.method == "PUT"]
    assert len(puts) == 1
    sent = {t.record["face_url"] for t in mock.tasks.of_family(a2e.tasks.FACE_SWAP)}
    assert len(sent) == 1 and sent.pop().startswith(base_url)

    again = run(client, tmp_path / "jobs.jsonl", tmp_path, section="face-swap", retry_failed=True)
    assert again.counts == {"finished": 3}
    assert len([r for r in mock.requests if r.method == "PUT"]) == 1
    assert len(mock.tasks.of_family(a2e.tasks.FACE_SWAP)) == 6


def test_failed_jobs_stay_failed_unless_retried(
    client: a2e.Client, starting: Starting, mock: MockA2E, tmp_path: Path
) -> None:
    failing = starting({"X-Mock-Fail": "out of cats"})
    jobs = jsonl(tmp_path, cats(2))
    assert run(failing, jobs, tmp_path).counts == {"failed": 2}
    assert run(client, jobs, tmp_path).counts == {"failed": 2}
    assert mock.calls("POST", START) == 2
    retried = run(client, jobs, tmp_path, retry_failed=True)
    assert retried.counts == {"finished": 2} and mock.calls("POST", START) == 4
    # The failed tasks' credits still count, beside the new tasks'.
    assert retried.spent == 4 * 30 == a2e.batch.status(tmp_path / "run.db").spent


def test_a_start_refused_as_bad_fails_that_job_alone(starting: Starting, tmp_path: Path) -> None:
    refusing = starting({"X-Mock-Fault": "envelope", "X-Mock-Fault-Times": "1"})
    summary = run(refusing, jsonl(tmp_path, cats(3)), tmp_path, concurrency=1)
    assert [job.state for job in summary.jobs] == ["failed", "finished", "finished"]
    refused = summary.jobs[0]
    assert str(refused.error).startswith("start refused: mock: A2E refused the request (status=200")
    assert refused.error_code == "1001" and refused.task_id is None


def test_429s_on_starts_slow_the_run_down_and_fail_nothing(
    starting: Starting, mock: MockA2E, tmp_path: Path
) -> None:
    busy = starting({"X-Mock-Fault": "429=0.05", "X-Mock-Fault-Times": "3"}, max_retries=0)
    notes: list[str] = []
    summary = run(
        busy,
        jsonl(tmp_path, cats(4)),
        tmp_path,
        concurrency=4,
        on_progress=lambda p: notes.append(p.note or ""),
    )
    assert summary.counts == {"finished": 4}
    assert any("slowed down to" in note for note in notes)
    assert tasks_per_job(mock) == Counter(f"cat {i}" for i in range(4))


def test_start_outcomes_tell_refusals_from_unknowns() -> None:
    request = httpx.Request("POST", "https://x")
    unsent = a2e.APIConnectionError("POST failed")
    unsent.__cause__ = httpx.ConnectError("refused", request=request)
    lost = a2e.APITimeoutError("POST failed")
    lost.__cause__ = httpx.ReadTimeout("slow", request=request)
    cases = {
        a2e.RateLimitError("slow down", status_code=429): "busy",
        a2e.APIError("too many tasks are running at the same time", code=1005): "busy",
        a2e.APIError("insufficient coins", code=1006): "refused",
        a2e.BadRequestError("prompt: required", status_code=400): "refused",
        a2e.ConfigurationError("face_url: not a URL"): "refused",
        a2e.AuthenticationError("bad key", status_code=401): "fatal",
        a2e.ServerError("oops", status_code=502): "unknown",
        unsent: "busy",
        lost: "unknown",
    }
    assert {str(e): start_outcome(e) for e in cases} == {str(e): o for e, o in cases.items()}
    assert BUSY.search("Concurrency limit reached") and not BUSY.search("prompt too long")


def test_a_start_lost_after_reaching_a2e_is_found_by_its_marker_and_adopted(
    starting: Starting, mock: MockA2E, tmp_path: Path
) -> None:
    # The mock starts the task, then answers after the client has given up.
    fault = {"X-Mock-Fault": "slow=0.6", "X-Mock-Fault-Times": "1"}
    late = starting(fault, timeout=0.3, max_retries=0)
    summary = run(late, jsonl(tmp_path, cats(2)), tmp_path, concurrency=1)
    assert summary.counts == {"finished": 2}
    assert tasks_per_job(mock) == Counter({"cat 0": 1, "cat 1": 1})
    # Adopted, not started again: one start per job.
    assert mock.calls("POST", START) == 2
    assert mock.calls("GET", "/api/v1/userNanoBanana/allRecords") >= 1


def test_a_start_that_never_arrived_starts_again_after_the_grace(
    starting: Starting, mock: MockA2E, tmp_path: Path
) -> None:
    fault = {"X-Mock-Fault": "500", "X-Mock-Fault-Times": "1"}
    dropped = starting(fault, timeout=0.2, max_retries=0)
    assert start_grace(dropped) == pytest.approx(0.6)
    summary = run(dropped, jsonl(tmp_path, cats(1)), tmp_path)
    assert summary.counts == {"finished": 1} and mock.calls("POST", START) == 2
    assert tasks_per_job(mock) == Counter({"cat 0": 1})
    assert start_grace(a2e.Client("sk_test")) == 3 * (10 + 60 + 60) + 2 * 60


def test_families_that_cannot_be_looked_up_leave_unknown_starts_alone(
    client: a2e.Client, starting: Starting, mock: MockA2E, tmp_path: Path
) -> None:
    lost = starting({"X-Mock-Fault": "502", "X-Mock-Fault-Times": "1"}, max_retries=0)
    jobs = jsonl(tmp_path, [{"image_url": FACE, "target_image_url": FACE}] * 2)
    first = run(lost, jobs, tmp_path, section="head-swap", concurrency=1)
    assert [job.state for job in first.jobs] == ["unknown", "finished"]
    assert "head_swap tasks cannot be looked up" in str(first.jobs[0].error)
    path = "/api/v1/headSwap/start"
    assert run(client, jobs, tmp_path, section="head-swap").counts == {"unknown": 1, "finished": 1}
    assert mock.calls("POST", path) == 2
    again = run(client, jobs, tmp_path, section="head-swap", restart_unknown=True)
    assert again.counts == {"finished": 2} and mock.calls("POST", path) == 3


def test_the_budget_stops_new_starts_and_running_tasks_finish(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    summary = run(client, jsonl(tmp_path, cats(6)), tmp_path, concurrency=1, budget=50)
    assert summary.budget_reached and summary.spent == 60
    assert summary.counts == {"finished": 2, "pending": 4} and not summary.complete
    assert mock.calls("POST", START) == 2
    raised = run(client, tmp_path / "jobs.jsonl", tmp_path, concurrency=2, budget=100)
    assert raised.spent <= 100 + 2 * 30 and raised.counts["finished"] >= 4


def test_a_task_running_past_the_timeout_is_left_for_a_rerun(
    starting: Starting, tmp_path: Path
) -> None:
    slow = starting({"X-Mock-Reads-Per-Stage": "1000"})
    summary = run(slow, jsonl(tmp_path, cats(1)), tmp_path, task_timeout=0.2)
    assert summary.counts == {"started": 1} and summary.still_running == (1,)


def test_ctrl_c_leaves_a_journal_a_rerun_continues_from(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    def stop_after_three(progress: a2e.batch.Progress) -> None:
        if progress.counts.get("started", 0) + progress.counts.get("finished", 0) >= 3:
            raise KeyboardInterrupt

    jobs = jsonl(tmp_path, cats(6))
    with pytest.raises(KeyboardInterrupt):
        run(client, jobs, tmp_path, concurrency=2, on_progress=stop_after_three)
    stopped = a2e.batch.status(tmp_path / "run.db").counts
    assert stopped.get("pending", 0) >= 3 and mock.calls("POST", START) == 3
    assert run(client, jobs, tmp_path).counts == {"finished": 6}
    assert tasks_per_job(mock) == Counter(f"cat {i}" for i in range(6))


class FullDisk(sqlite3.Connection):
    """A connection to a journal on a disk that fills up once `full` is set."""

    full = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if FullDisk.full and sql.startswith(("BEGIN", "INSERT", "UPDATE")):
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


def test_a_full_disk_at_the_journal_stops_the_run_before_a_start_it_cannot_record(
    client: a2e.Client, mock: MockA2E, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return real(*args, **kwargs, factory=FullDisk)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(FullDisk, "full", False)

    def fill(progress: a2e.batch.Progress) -> None:
        FullDisk.full = progress.counts.get("started", 0) >= 2

    jobs = jsonl(tmp_path, cats(5))
    with pytest.raises(a2e.batch.JournalError, match="database or disk is full"):
        run(client, jobs, tmp_path, concurrency=5, on_progress=fill)
    assert mock.calls("POST", START) == 2
    monkeypatch.setattr(FullDisk, "full", False)
    assert run(client, jobs, tmp_path).counts == {"finished": 5}
    assert tasks_per_job(mock) == Counter(f"cat {i}" for i in range(5))


def test_an_id_that_could_not_be_journaled_is_adopted_on_the_rerun(
    client: a2e.Client, mock: MockA2E, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = journal_module.Journal.save

    def save(self: journal_module.Journal, rows: Any, *, durable: bool = False) -> None:
        if not durable and any(row.state == "started" for row in rows):
            raise a2e.batch.JournalError("journal: cannot write (disk I/O error)")
        real(self, rows, durable=durable)

    monkeypatch.setattr(journal_module.Journal, "save", save)
    jobs = jsonl(tmp_path, cats(1))
    with pytest.raises(a2e.batch.JournalError):
        run(client, jobs, tmp_path)
    assert a2e.batch.status(tmp_path / "run.db").counts == {"starting": 1}
    monkeypatch.setattr(journal_module.Journal, "save", real)
    assert run(client, jobs, tmp_path).counts == {"finished": 1}
    assert mock.calls("POST", START) == 1


def test_status_reads_the_journal_alone(client: a2e.Client, mock: MockA2E, tmp_path: Path) -> None:
    done = run(client, jsonl(tmp_path, cats(2)), tmp_path)
    before = len(mock.requests)
    status = a2e.batch.status(tmp_path / "run.db")
    assert status.jobs == done.jobs and status.spent == 60 and status.target == "nano_banana.start"
    assert len(mock.requests) == before
    with pytest.raises(a2e.ConfigurationError, match="no such file"):
        a2e.batch.status(tmp_path / "missing.db")


def test_jobs_given_as_mappings_are_known_by_their_content(tmp_path: Path) -> None:
    goal = a2e.batch.target("nano-banana")
    jobs: list[Mapping[str, Any]] = [*cats(2), {"name": "x", "prompt": "p", "image_size": None}]
    found = a2e.batch.read_jobs(jobs, goal)
    assert [job.line for job in found] == [1, 2, 3] and found[2].fields == {
        "name": "x",
        "prompt": "p",
    }
    assert found[0].key == a2e.batch.read_jobs(list(reversed(cats(2)))[1:], goal)[0].key
    not_mappings: Any = [["not", "a", "mapping"]]
    assert (
        a2e.batch.read_jobs(not_mappings, goal)[0].problem == "job 1: expected a mapping of fields"
    )


def test_a_local_file_gone_makes_its_job_invalid_until_it_is_back(
    client: a2e.Client, mock: MockA2E, tmp_path: Path
) -> None:
    face = tmp_path / "face.jpg"
    face.write_bytes(b"\xff\xd8 a face")
    jobs = jsonl(tmp_path, [{"name": "a", "face_url": "@face.jpg", "video_url": FACE}])

    def stop(progress: a2e.batch.Progress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(client, jobs, tmp_path, section="face-swap", on_progress=stop)
    face.unlink()
    gone = run(client, jobs, tmp_path, section="face-swap", skip_invalid=True)
    assert gone.counts == {"invalid": 1} and "face.jpg: no such file" in str(gone.jobs[0].error)
    face.write_bytes(b"\xff\xd8 a face")
    assert run(client, jobs, tmp_path, section="face-swap").counts == {"finished": 1}


def test_a_result_that_is_an_id_is_kept_without_files(client: a2e.Client, tmp_path: Path) -> None:
    jobs = [{"name": "my voice", "voice_urls": ["https://example.com/me.wav"]}]
    summary = run(client, jobs, tmp_path, section="tts-and-voice-clone")
    (job,) = summary.jobs
    assert job.state == "finished" and job.result_id and job.files == () and job.urls == ()
