"""The installed `a2e` command, run in a subprocess against the mock, as a user runs it."""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from a2e.mock import RunningMock, running_mock
from a2e.tasks import FACE_SWAP
from spec_calls import SPEC, operations, resolve
from terminal import drawn

A2E = Path(sys.executable).with_name("a2e")
TABLE: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent.parent / "generated/a2e_client/commands.json").read_text()
)["sections"]
KEY = "sk_cli_secret_0123456789"
START = [
    "face-swap",
    "start-face-swap-task",
    "--name",
    "cli",
    "--face-url",
    "https://example.com/face.jpg",
    "--video-url",
    "https://example.com/video.mp4",
]
FAST = ["--poll-interval", "0.02"]


@pytest.fixture(scope="module")
def served() -> Iterator[RunningMock]:
    with running_mock() as running:
        yield running


def run(
    served: RunningMock, *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "A2E_API_KEY": KEY,
        "A2E_BASE_URL": served.base_url,
        "NO_COLOR": "1",
        **env,
    }
    return subprocess.run(
        [str(A2E), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def started_id(served: RunningMock, *headers: str) -> str:
    result = run(served, *headers, *START)
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["_id"])


def test_help_lists_every_section_and_every_operation_has_a_command(served: RunningMock) -> None:
    result = run(served, "--help")
    assert result.returncode == 0
    for section in TABLE:
        assert f"\n  {section} " in result.stdout
    commands = {c["operation"] for s in TABLE.values() for c in s["commands"].values()}
    assert commands == {op["operationId"] for op in operations()}
    listing = run(served, "face-swap", "--help")
    assert "start-face-swap-task" in listing.stdout and "Start a face swap task" in listing.stdout
    operation = run(served, "face-swap", "start-face-swap-task", "--help")
    assert "--face-url" in operation.stdout and "[v1|v2]" in operation.stdout
    assert "POST /api/v1/userFaceSwapTask/add" in " ".join(operation.stdout.split())


def test_every_operation_builds_a_command_with_its_fields() -> None:
    import click

    from a2e.cli.operations import operation_command

    for spec in TABLE.values():
        for name, command in spec["commands"].items():
            built = operation_command(name, command)
            declared = [o for p in built.params if isinstance(p, click.Option) for o in p.opts]
            # No field takes the name of an option every command has, a2e's own included.
            assert len(declared) == len(set(declared)), name
            options = set(declared)
            for field in command["options"]:
                assert f"--{field['name']}" in options, (name, field["name"])
            assert ("--wait" in options) == (command["role"] == "start")


def _example_arguments(command: dict[str, Any]) -> tuple[list[str], str | None]:
    """Options for a call from the spec's example: scalars and lists as options, anything
    else through --body on standard input."""
    (operation,) = [op for op in operations() if op["operationId"] == command["operation"]]
    example = (
        operation.get("requestBody", {})
        .get("content", {})
        .get("application/json", {})
        .get("example", {})
    )
    args: list[str] = []
    rest: dict[str, Any] = {}
    by_wire = {o["wire"]: o for o in command["options"] if o["location"] == "body"}
    for wire, value in example.items():
        option = by_wire.get(wire)
        if option is None or option["type"] == "json":
            rest[wire] = value
        elif option["type"] == "boolean" and not option["array"]:
            args.append(f"--{option['name']}" if value else f"--no-{option['name']}")
        else:
            for item in value if option["array"] else [value]:
                args += [f"--{option['name']}", str(item)]
    for parameter in map(resolve, operation.get("parameters", [])):
        if parameter.get("required"):
            schema = resolve(parameter["schema"])
            option = next(o for o in command["options"] if o["wire"] == parameter["name"])
            value = (
                schema.get("minimum", 1)
                if schema["type"] == "integer"
                else "676e1f054c86ff839eae2cc3"
            )
            args += [f"--{option['name']}", str(schema.get("enum", [value])[0])]
    if rest:
        args += ["--body", "-"]
    return args, json.dumps(rest) if rest else None


def _callable(command: dict[str, Any]) -> bool:
    """An operation the mock answers without a record made first."""
    return command["role"] in (None, "start", "list") and not command["deprecated"]


def test_one_call_per_section(served: RunningMock) -> None:
    calls = []
    for section, spec in TABLE.items():
        name, command = next((n, c) for n, c in spec["commands"].items() if _callable(c))
        args, body = _example_arguments(command)
        calls.append((section, name, args, body))

    def call(
        entry: tuple[str, str, list[str], str | None],
    ) -> tuple[str, subprocess.CompletedProcess[str]]:
        section, name, args, body = entry
        return f"{section} {name} {' '.join(args)}", run(served, section, name, *args, stdin=body)

    with ThreadPoolExecutor(max_workers=4) as pool:
        for shown, result in pool.map(call, calls):
            assert result.returncode == 0, f"a2e {shown}: {result.stderr}"
            json.loads(result.stdout)
    assert len(calls) == len(SPEC["tags"])


def test_wait_prints_the_final_task(served: RunningMock) -> None:
    result = run(served, *START, "--wait", *FAST)
    assert result.returncode == 0, result.stderr
    task = json.loads(result.stdout)
    assert task["current_status"] == "completed" and task["result_url"]
    assert f"face_swap {task['_id']} completed" in result.stderr


def test_a_failed_task_exits_3_with_a2e_s_message(served: RunningMock) -> None:
    result = run(served, "-H", "X-Mock-Fail: no face in the picture", *START, "--wait", *FAST)
    assert result.returncode == 3
    assert json.loads(result.stdout)["current_status"] == "failed"
    assert "failed: no face in the picture" in result.stderr.splitlines()[-1]


def test_wait_for_several_tasks_reports_each(served: RunningMock) -> None:
    ok = [started_id(served) for _ in range(2)]
    failed = started_id(served, "-H", "X-Mock-Fail: broken")
    result = run(served, "wait", "face-swap", *ok, failed, *FAST)
    assert result.returncode == 3
    tasks = json.loads(result.stdout)
    assert [t["_id"] for t in tasks] == [*ok, failed]
    assert [t["current_status"] for t in tasks] == ["completed", "completed", "failed"]


def test_a_wait_that_times_out_exits_4_and_says_how_to_resume(served: RunningMock) -> None:
    slow = ["-H", "X-Mock-Reads-Per-Stage: 10000"]
    result = run(served, *slow, *START, "--wait", "--timeout", "0.3", *FAST)
    assert result.returncode == 4
    assert result.stdout == ""
    task_id = result.stderr.split("started face_swap task(s): ")[1].split()[0]
    assert f"resume with: a2e wait face_swap {task_id}" in result.stderr


def test_ctrl_c_stops_waiting_exits_130_and_prints_the_ids(served: RunningMock) -> None:
    environment = {**os.environ, "A2E_API_KEY": KEY, "A2E_BASE_URL": served.base_url}
    process = subprocess.Popen(
        [str(A2E), "-H", "X-Mock-Reads-Per-Stage: 10000", *START, "--wait", *FAST],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    assert process.stderr is not None
    lines: list[str] = []
    while not any("waiting for" in line for line in lines):
        lines.append(process.stderr.readline())
        assert lines[-1], "a2e ended before it waited"
    time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    task_id = lines[0].split("started face_swap task(s): ")[1].strip()
    assert process.returncode == 130
    assert out == ""
    assert f"resume with: a2e wait face_swap {task_id}" in err
    # The task itself is left running at A2E.
    task = served.mock.tasks.get(FACE_SWAP, task_id)
    assert task is not None and not task.finished


def test_log_lines_print_above_the_live_display(served: RunningMock) -> None:
    """On a terminal, `A2E_LOG` lines are printed above the live table, each on a line of its
    own, instead of being written into the middle of the table being redrawn."""
    terminal, stderr = pty.openpty()
    environment = {
        **os.environ,
        "A2E_API_KEY": KEY,
        "A2E_BASE_URL": served.base_url,
        "A2E_LOG": "info",
        "TERM": "xterm-256color",
    }
    command = [str(A2E), "-H", "X-Mock-Reads-Per-Stage: 4", *START, "--wait", "--poll-interval"]
    process = subprocess.Popen(
        [*command, "0.1"], stdout=subprocess.PIPE, stderr=stderr, env=environment
    )
    os.close(stderr)
    shown = drawn(terminal)
    assert process.wait(timeout=60) == 0
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode())
    assert "0 of 1 done" in text  # the live table was drawn
    logged = [m.start() for m in re.finditer(r"\d{4}-\d\d-\d\d [\d:,]+ a2e INFO ", text)]
    assert len(logged) >= 5
    assert all(start == 0 or text[start - 1] in "\r\n" for start in logged), text


def test_bad_options_exit_2_before_any_request(served: RunningMock) -> None:
    before = len(served.mock.requests)
    bad = [
        ["face-swap", "list-face-swap-tasks", "--page-num", "x", "--page-size", "10"],
        ["face-swap", "list-face-swap-tasks", "--page-num", "0", "--page-size", "10"],
        START[:4],  # the two addresses are missing
        [*START, "--model-version", "v9"],
        [*START[:3], "", *START[4:]],  # a name must not be empty
        [*START, "--body", "{not json"],
        [*START, "--body", "[1]"],
        [*START, "--body", "@/no/such/file.json"],
        [*START, "--no-such-option"],
        ["no-such-section"],
        ["wait", "no_such_family", "abc"],
        [*START, "--wait", "--timeout", "-1"],
        *[[*START, "--wait", "--timeout", seconds] for seconds in ("nan", "inf", "-inf", "0")],
        *[["wait", "face_swap", "abc", "--timeout", seconds] for seconds in ("nan", "inf")],
        *[["wait", "face_swap", "abc", "--poll-interval", seconds] for seconds in ("nan", "inf")],
    ]
    for args in bad:
        result = run(served, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stdout == ""
    missing_key = run(served, *START, A2E_API_KEY="")
    assert missing_key.returncode == 2 and "A2E_API_KEY" in missing_key.stderr
    assert len(served.mock.requests) == before, "nothing may reach A2E"


def test_a2e_options_may_follow_the_command(served: RunningMock, tmp_path: Path) -> None:
    # Nothing listens at the address the environment gives: only --base-url reaches the mock.
    nowhere = {"A2E_BASE_URL": "http://127.0.0.1:9"}
    url = served.base_url
    task_id = started_id(served)
    for args in [
        ["face-swap", "get-face-swap-task", "--id", task_id, "--base-url", url],
        ["face-swap", "get-face-swap-task", f"--base-url={url}", "--id", task_id],
        ["face-swap", "--base-url", url, "get-face-swap-task", "--id", task_id],
        [
            "--base-url",
            "http://127.0.0.1:9",
            "face-swap",
            "get-face-swap-task",
            "--id",
            task_id,
            "--base-url",
            url,
        ],
        ["wait", "face_swap", task_id, *FAST, "--base-url", url],
        ["download", "face_swap", task_id, "-o", str(tmp_path), "--base-url", url],
    ]:
        result = run(served, *args, **nowhere)
        assert result.returncode == 0, (args, result.stderr)
    headed = run(served, "-H", "X-One: 1", *START, "-H", "X-Mock-Fail: after", "--wait", *FAST)
    assert headed.returncode == 3 and "failed: after" in headed.stderr
    last = served.mock.requests[-1].headers
    assert last["x-one"] == "1" and last["x-mock-fail"] == "after"
    before = len(served.mock.requests)
    for args in [[*START, "--region", "moon"], [*START, "-H", "Authorization: Bearer sk_other"]]:
        one_line_exit(run(served, *args), 2)
    assert len(served.mock.requests) == before


@pytest.mark.parametrize(
    ("args", "offered"),
    [
        (["face-swp"], "No such command 'face-swp'. Did you mean 'face-swap'"),
        (["face_swap", "start-face-swap-task"], "Did you mean 'face-swap'"),
        (["wiat", "face_swap", "x"], "Did you mean 'wait'"),
        (
            ["face-swap", "strt"],
            "Did you mean 'start-face-swap-preview' or 'start-face-swap-task'?",
        ),
        (["face-swap", "get-face-swap"], "Did you mean 'get-face-swap-task'"),
        (["wait", "face-swp", "x"], "did you mean face-swap"),
        (["download", "wan_26_image", "x"], "did you mean wan_2_6_image"),
    ],
)
def test_a_mistyped_name_offers_the_closest(
    served: RunningMock, args: list[str], offered: str
) -> None:
    assert offered in one_line_exit(run(served, *args), 2)


def test_a_group_without_a_command_prints_its_help_and_exits_2(served: RunningMock) -> None:
    for args in [[], ["face-swap"]]:
        result = run(served, *args)
        assert result.returncode == 2 and result.stdout == ""
        assert result.stderr == run(served, *args, "--help").stdout


def test_a_deprecated_operation_says_so_once(served: RunningMock) -> None:
    section = TABLE["text-to-image"]["commands"]
    deprecated = [name for name, command in section.items() if command["deprecated"]]
    assert deprecated
    listing = run(served, "text-to-image", "--help").stdout
    assert listing.lower().count("deprecated") == len(deprecated)
    for name in deprecated:
        assert run(served, "text-to-image", name, "--help").stdout.lower().count("deprecated") == 1
    current = run(served, "text-to-image", "start-text-to-image", "--help").stdout
    assert "deprecated" not in current.lower()


def test_wait_and_download_take_a_family_by_its_section_name(
    served: RunningMock, tmp_path: Path
) -> None:
    image = run(
        served, "wan-2-6-image", "start-wan-26-image", "--prompt", "a lighthouse", "--name", "x"
    )
    assert image.returncode == 0, image.stderr
    task_id = json.loads(image.stdout)["_id"]
    waited = run(served, "wait", "wan-2-6-image", task_id, *FAST)
    assert waited.returncode == 0, waited.stderr
    assert json.loads(waited.stdout)["current_status"] == "completed"
    saved = run(served, "download", "wan_2_6_image", task_id, "-o", str(tmp_path))
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.split() == [str(tmp_path / f"{task_id}.png")]


def test_the_option_names_the_problem(served: RunningMock) -> None:
    result = run(served, "face-swap", "list-face-swap-tasks", "--page-num", "x", "--page-size", "1")
    assert "'--page-num'" in result.stderr
    missing = run(served, *START[:4])
    assert "'--video-url'" in missing.stderr and "--body" in missing.stderr


def test_a2e_errors_exit_1_on_one_line_with_code_and_trace_id(served: RunningMock) -> None:
    result = run(served, "-H", "X-Mock-Fault: envelope", *START)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert "code=" in line and "trace_id=" in line
    assert KEY not in result.stderr + result.stdout
    missing = run(served, "face-swap", "get-face-swap-task", "--id", "000000000000000000000000")
    assert missing.returncode == 1 and "status=404" in missing.stderr


def test_body_from_a_file_or_stdin_with_options_on_top(served: RunningMock, tmp_path: Path) -> None:
    body = {
        "name": "from file",
        "face_url": "https://example.com/f.jpg",
        "video_url": "https://example.com/v.mp4",
    }
    (tmp_path / "body.json").write_text(json.dumps(body))
    from_file = run(
        served,
        "face-swap",
        "start-face-swap-task",
        "--body",
        f"@{tmp_path / 'body.json'}",
        "--name",
        "override",
    )
    assert from_file.returncode == 0, from_file.stderr
    assert json.loads(from_file.stdout)["name"] == "override"
    from_stdin = run(
        served, "face-swap", "start-face-swap-task", "--body", "-", stdin=json.dumps(body)
    )
    assert json.loads(from_stdin.stdout)["name"] == "from file"


def test_raw_prints_the_whole_envelope(served: RunningMock) -> None:
    result = run(served, "credits", "--help")
    assert result.returncode == 0
    raw = run(served, *START, "--raw")
    envelope = json.loads(raw.stdout)
    assert envelope["code"] == 0 and envelope["data"]["name"] == "cli"


def test_pipes_get_compact_json_and_plain_lines(served: RunningMock) -> None:
    result = run(served, *START, "--wait", *FAST, NO_COLOR="", FORCE_COLOR="")
    assert result.stdout.count("\n") == 1 and result.stdout.startswith('{"_id":')
    assert "\x1b" not in result.stdout + result.stderr
    assert all(line.startswith("a2e: ") for line in result.stderr.splitlines())


def test_upload_keeps_every_byte_and_download_saves_the_result(
    served: RunningMock, tmp_path: Path
) -> None:
    content = os.urandom(300_000)
    (tmp_path / "face.jpg").write_bytes(content)
    (tmp_path / "voice.wav").write_bytes(content[:1234])
    uploaded = run(served, "upload", str(tmp_path / "face.jpg"), str(tmp_path / "voice.wav"))
    assert uploaded.returncode == 0, uploaded.stderr
    face_url, voice_url = uploaded.stdout.split()
    assert f"face.jpg ({len(content)} bytes)" in uploaded.stderr
    stored = served.mock.storage.files
    assert stored[face_url.split("/__mock__/files/")[1]].content == content
    assert len(stored[voice_url.split("/__mock__/files/")[1]].content) == 1234

    task_id = started_id(served)
    starts = served.mock.calls("POST", "/api/v1/userFaceSwapTask/add")
    waited = run(served, "wait", "face_swap", task_id, *FAST, "--download", str(tmp_path / "out"))
    assert waited.returncode == 0, waited.stderr
    saved = tmp_path / "out" / f"{task_id}.mp4"
    result = httpx.get(json.loads(waited.stdout.splitlines()[0])["result_url"]).content
    assert saved.read_bytes() == result
    assert waited.stdout.splitlines()[-1] == str(saved)
    again = run(served, "download", "face_swap", task_id, "-o", str(tmp_path / "again"))
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "again" / f"{task_id}.mp4").read_bytes() == result
    assert f"({len(result)} bytes)" in again.stderr
    assert served.mock.calls("POST", "/api/v1/userFaceSwapTask/add") == starts


def test_download_of_an_unfinished_task_exits_1(served: RunningMock, tmp_path: Path) -> None:
    task_id = started_id(served, "-H", "X-Mock-Reads-Per-Stage: 10000")
    result = run(served, "download", "face_swap", task_id, "-o", str(tmp_path))
    assert result.returncode == 1 and "not finished" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_python_m_a2e_and_version(served: RunningMock) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "a2e", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("a2e, version ")


def test_without_the_extra_it_says_what_to_install() -> None:
    code = "import sys; sys.modules['rich'] = None; from a2e.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "pip install 'a2e[cli]'" in result.stderr and "rich" in result.stderr


def test_completion_for_each_shell(served: RunningMock) -> None:
    for shell in ("bash", "zsh", "fish"):
        result = run(served, "completion", shell)
        assert result.returncode == 0 and "_A2E_COMPLETE" in result.stdout
    completed = run(served, _A2E_COMPLETE="bash_complete", COMP_WORDS="a2e face-sw", COMP_CWORD="1")
    assert "face-swap" in completed.stdout
    families = run(
        served, _A2E_COMPLETE="bash_complete", COMP_WORDS="a2e wait face_s", COMP_CWORD="2"
    )
    assert "face_swap" in families.stdout


def test_a2e_mock_serves_the_mock(tmp_path: Path) -> None:
    help_text = subprocess.run(
        [str(A2E), "mock", "--help"], capture_output=True, text=True, check=False
    )
    assert help_text.returncode == 0 and "--reads-per-stage" in help_text.stdout
    process = subprocess.Popen([str(A2E), "mock", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        announced = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        assert announced is not None
        environment = {**os.environ, "A2E_API_KEY": KEY, "A2E_BASE_URL": announced.group(0)}
        result = subprocess.run(
            [str(A2E), *START], capture_output=True, text=True, env=environment, check=False
        )
        assert result.returncode == 0, result.stderr
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_list_commands_stream_every_record_as_json_lines(served: RunningMock) -> None:
    ids = [started_id(served) for _ in range(5)]
    listing = ("face-swap", "list-face-swap-tasks")
    every = run(served, *listing, "--all")
    assert every.returncode == 0, every.stderr
    lines = [json.loads(line) for line in every.stdout.splitlines()]
    assert {line["_id"] for line in lines} >= set(ids)
    assert len(lines) == len({line["_id"] for line in lines})
    limited = run(served, *listing, "--limit", "2")
    assert limited.returncode == 0 and len(limited.stdout.splitlines()) == 2
    missing = run(served, *listing)
    assert missing.returncode == 2 and "--page-num" in missing.stderr and "--all" in missing.stderr
    for every_option in (["--all"], ["--limit", "2"]):
        clash = run(served, *listing, *every_option, "--page-num", "2")
        assert clash.returncode == 2 and "--page-num" in clash.stderr, clash.stderr
        assert "page_num" not in clash.stderr and "page_size=" not in clash.stderr
    sized = run(served, *listing, "--limit", "3", "--page-size", "1")
    assert sized.returncode == 0 and len(sized.stdout.splitlines()) == 3, sized.stderr
    assert "--all" not in run(served, "face-swap", "get-face-swap-task", "--help").stdout


def shell(served: RunningMock, script: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    """`script` in bash, with the installed `a2e` as $A and `arguments` as $1...; for
    redirections the `run` helper cannot make."""
    environment = {**os.environ, "A2E_API_KEY": KEY, "A2E_BASE_URL": served.base_url}
    return subprocess.run(
        ["bash", "-c", script, "a2e-test", *arguments],
        capture_output=True,
        text=True,
        env={**environment, "A": str(A2E)},
        timeout=60,
        check=False,
    )


def finished_id(served: RunningMock) -> str:
    result = run(served, *START, "--wait", *FAST)
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["_id"])


def one_line_exit(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("a2e"), line
    return line


def test_bad_local_input_is_a_usage_error_on_one_line(served: RunningMock, tmp_path: Path) -> None:
    before = len(served.mock.requests)
    (tmp_path / "bad.json").write_bytes(b"\xff\xfe")
    line = one_line_exit(run(served, *START, "--body", f"@{tmp_path / 'bad.json'}"), 2)
    assert "'--body'" in line and "UTF-8" in line
    # An argument in bytes that are not UTF-8 reaches Python as a lone surrogate.
    not_utf8 = "\udcff"
    line = one_line_exit(run(served, *START[:3], not_utf8, *START[4:]), 2)
    assert "'--name'" in line
    one_line_exit(run(served, *START, "--body", '{"face_url": "\\ud800"}'), 2)
    one_line_exit(run(served, "-H", f"X-Any: {not_utf8}", *START), 2)
    one_line_exit(run(served, "--base-url", f"http://{not_utf8}", *START), 2)
    one_line_exit(run(served, "wait", "face_swap", not_utf8), 2)
    one_line_exit(run(served, "download", "face_swap", not_utf8), 2)
    line = one_line_exit(run(served, *START, "--body", "@/dev/zero"), 2)
    assert "larger than" in line
    assert len(served.mock.requests) == before, "nothing may reach A2E"


def test_local_io_failures_exit_1_on_one_line(served: RunningMock) -> None:
    task_id = finished_id(served)
    line = one_line_exit(run(served, "download", "face_swap", task_id, "-o", "/proc/nope"), 1)
    assert "/proc/nope" in line
    line = one_line_exit(shell(served, '"$A" face-swap list-face-swap-tasks --all > /dev/full'), 1)
    assert "standard output" in line
    closed = shell(served, '"$A" "$@" >&-', *START)
    assert "closed" in one_line_exit(closed, 1)


def test_ctrl_c_while_starting_up_exits_130_quietly() -> None:
    interrupting = (
        "import sys\n"
        "class Interrupt:\n"
        "    @staticmethod\n"
        "    def find_spec(name, *rest):\n"
        "        if name == 'a2e.cli.app':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt)\n"
        "from a2e.cli import main\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", interrupting], capture_output=True, text=True, check=False
    )
    assert result.returncode == 130 and result.stderr == "a2e: interrupted\n"


@pytest.fixture
def odd_server() -> Iterator[str]:
    """A server whose every answer is a finished face swap holding a lone surrogate and a NaN:
    Python's json reads both, and neither may reach our stdout as it came."""
    import http.server
    import threading

    task = (
        b'{"_id":"odd","name":"a\\ud800b","current_status":"completed",'
        b'"result_url":"https://example.com/r.mp4","duration":NaN,"progress":100}'
    )

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.answer(b'{"code":0,"trace_id":"t","data":' + task + b"}")

        def do_POST(self) -> None:  # the batch read of several tasks
            self.rfile.read(int(self.headers["Content-Length"]))
            self.answer(b'{"code":0,"trace_id":"t","data":[' + task + b"]}")

        def answer(self, answer: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *arguments: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "command",
    [["face-swap", "get-face-swap-task", "--id", "odd"], ["wait", "face_swap", "odd", *FAST]],
    ids=["get", "wait"],
)
def test_answers_that_are_not_printable_as_they_came_still_print_valid_json(
    odd_server: str, command: list[str]
) -> None:
    result = subprocess.run(
        [str(A2E), "--base-url", odd_server, *command],
        capture_output=True,
        text=True,
        env={**os.environ, "A2E_API_KEY": KEY},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    task = json.loads(result.stdout, parse_constant=lambda name: pytest.fail(f"{name} printed"))
    assert task["name"] == "a\ud800b" and task["duration"] is None
    assert "\\ud800" in result.stdout and '"progress":100' in result.stdout


def test_wait_prints_a_list_for_several_ids_even_repeated(served: RunningMock) -> None:
    first, second = started_id(served), started_id(served)
    repeated = run(served, "wait", "face_swap", first, first, *FAST)
    assert repeated.returncode == 0, repeated.stderr
    assert [task["_id"] for task in json.loads(repeated.stdout)] == [first, first]
    assert f"1 face_swap task(s): {first}" in repeated.stderr, "a repeated id is read once"
    several = run(served, "wait", "face_swap", second, first, second, *FAST)
    assert [task["_id"] for task in json.loads(several.stdout)] == [second, first, second]
    one = run(served, "wait", "face_swap", first, *FAST)
    assert json.loads(one.stdout)["_id"] == first


STARTS = "/api/v1/userFaceSwapTask/add"
LOOK = "may have started at A2E all the same: look for it with `a2e face-swap list-face-swap-tasks"


@pytest.mark.parametrize("fault", ["500", "503", "malformed", "drop"])
def test_a_start_of_unknown_outcome_says_where_to_look_and_is_not_resent(
    served: RunningMock, fault: str
) -> None:
    before = served.mock.calls("POST", STARTS)
    result = run(served, "-H", f"X-Mock-Fault: {fault}", *START)
    line = one_line_exit(result, 1)
    assert LOOK in line
    assert served.mock.calls("POST", STARTS) == before + 1


def test_a_refused_start_gives_no_such_hint(served: RunningMock) -> None:
    result = run(served, "-H", "X-Mock-Fault: envelope", *START)
    assert result.returncode == 1 and "may have started" not in result.stderr
    # A connection that was never made sent nothing: no task can have started.
    unreachable = run(served, *START, A2E_BASE_URL="http://127.0.0.1:9")
    assert unreachable.returncode == 1 and "may have started" not in unreachable.stderr


def test_ctrl_c_during_a_start_says_where_to_look(served: RunningMock) -> None:
    environment = {**os.environ, "A2E_API_KEY": KEY, "A2E_BASE_URL": served.base_url}
    before = served.mock.calls("POST", STARTS)
    process = subprocess.Popen(
        [str(A2E), "-H", "X-Mock-Fault: latency=10", *START],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    deadline = time.monotonic() + 30
    while served.mock.calls("POST", STARTS) == before:
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130 and out == ""
    [line] = err.splitlines()
    assert line.startswith("a2e: interrupted") and LOOK in line
    assert served.mock.calls("POST", STARTS) == before + 1


def test_an_operation_answers_to_its_resource_method_name(served: RunningMock) -> None:
    """`a2e face-swap start` is `client.face_swap.start` on the command line."""
    result = run(
        served,
        "face-swap",
        "start",
        "--name",
        "short",
        "--face-url",
        "https://example.com/f.jpg",
        "--video-url",
        "https://example.com/v.mp4",
    )
    assert result.returncode == 0, result.stderr
    task = json.loads(result.stdout)
    assert task["name"] == "short"
    listed = run(served, "face-swap", "list", "--all")
    assert task["_id"] in listed.stdout
