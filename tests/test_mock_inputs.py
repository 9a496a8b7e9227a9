"""Whatever a client sends, the mock answers 4xx naming the problem, never 5xx, and stays small."""

from __future__ import annotations

import json

import httpx
import pytest

from a2e.mock import MockA2E, running_mock
from a2e.mock.faults import COUNTS_KEPT

AUTH = {"Authorization": "Bearer sk_test"}
START = "/api/v1/userFaceSwapTask/add"
STATUS = "/api/v1/userFaceSwapTask/status"
BODY = {"name": "x", "face_url": "https://x/f.jpg", "video_url": "https://x/v.mp4"}


def test_json_nested_far_too_deep_is_a_400(base_url: str) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    response = httpx.post(
        f"{base_url}{START}", content=deep, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert "body" in response.json()["error"]


def test_json_nested_just_within_the_parser_is_a_400(base_url: str) -> None:
    deep = b'{"name": ' + b"[" * 900 + b"]" * 900 + b"}"
    response = httpx.post(
        f"{base_url}{START}", content=deep, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text


@pytest.mark.parametrize(
    ("headers", "named"),
    [
        ({"X-Mock-Reads-Per-Stage": "²".encode()}, "X-Mock-Reads-Per-Stage"),
        ({"X-Mock-Reads-Per-Stage": "0"}, "X-Mock-Reads-Per-Stage"),
        ({"X-Mock-Reads-Per-Stage": "1e3"}, "X-Mock-Reads-Per-Stage"),
        ({"X-Mock-Stages": "processing,,"}, "X-Mock-Stages"),
        ({"X-Mock-Fault": "503", "X-Mock-Fault-Times": "²".encode()}, "X-Mock-Fault-Times"),
        ({"X-Mock-Fault": "latency=abc"}, "latency"),
        ({"X-Mock-Fault": "latency=nan"}, "latency"),
        ({"X-Mock-Fault": "latency=1e9"}, "latency"),
        ({"X-Mock-Fault": "latency=-1"}, "latency"),
        ({"X-Mock-Fault": "429=soon"}, "429"),
        ({"X-Mock-Fault": "503=2"}, "503"),
        ({"X-Mock-Fault": "drift=sideways"}, "drift"),
    ],
)
def test_unreadable_mock_headers_are_a_400_naming_them(
    base_url: str, headers: dict[str, str | bytes], named: str
) -> None:
    sent = [
        (name.encode(), value if isinstance(value, bytes) else value.encode())
        for name, value in {**AUTH, **headers}.items()
    ]
    response = httpx.post(f"{base_url}{START}", json=BODY, headers=sent)
    assert response.status_code == 400, response.text
    assert named in response.json()["error"]


def test_a_body_over_the_limit_is_a_413_without_reading_it() -> None:
    with running_mock(max_body=1000) as (url, mock):
        big = {**BODY, "name": "x" * 2000}
        response = httpx.post(f"{url}{START}", json=big, headers=AUTH)
        assert response.status_code == 413
        assert "1000 bytes" in response.json()["error"]
        assert len(mock.tasks) == 0
        # A body sent in chunks, with no length announced, is cut off the same way.
        chunks = iter([b'{"name": "', b"x" * 600, b"x" * 600, b'"}'])
        streamed = httpx.post(f"{url}{START}", content=chunks, headers=AUTH)
        assert streamed.status_code == 413
        assert httpx.post(f"{url}{START}", json=BODY, headers=AUTH).status_code == 200


def test_error_messages_are_capped(base_url: str) -> None:
    huge = {**BODY, "name": 7, "model_version": "v" * 500_000}
    response = httpx.post(f"{base_url}{START}", json=huge, headers=AUTH)
    assert response.status_code == 400
    assert len(response.content) < 2000
    assert "body.model_version" in response.json()["error"]
    long_path = httpx.get(f"{base_url}/api/v1/{'n' * 10_000}", headers=AUTH)
    assert long_path.status_code == 404 and len(long_path.content) < 1000


@pytest.mark.parametrize(
    "task_id", ["%3B", ";", "a%3Bb", "%2C", "%3D", "a%2Fb", "%25", "%20", "%C3%A9"]
)
def test_any_schema_valid_id_is_accepted(base_url: str, task_id: str) -> None:
    """A valid id that names no task is 404, never a 400 about the id (schemathesis found `;`)."""
    for family_path in ("/api/v1/userFaceSwapTask/", "/api/v1/soraVideo/"):
        response = httpx.get(f"{base_url}{family_path}{task_id}", headers=AUTH)
        assert response.status_code == 404, response.text
        assert "task" in response.json()["error"]


def test_page_numbers_past_the_largest_index_are_an_empty_page(base_url: str) -> None:
    huge = 10**30
    response = httpx.get(
        f"{base_url}/api/v1/userFaceSwapTask/records?pageNum={huge}&pageSize=100", headers=AUTH
    )
    assert response.status_code == 200, response.text
    assert response.json()["data"]["rows"] == []


def test_the_request_log_keeps_the_latest_requests_only() -> None:
    with running_mock(request_log=5) as (url, mock):
        for n in range(12):
            httpx.get(f"{url}/api/v1/userFaceSwapTask/{n}", headers=AUTH)
        assert [r.path for r in mock.requests] == [
            f"/api/v1/userFaceSwapTask/{n}" for n in range(7, 12)
        ]


def test_tasks_past_the_cap_forget_the_oldest() -> None:
    mock = MockA2E(max_tasks=3)
    family = mock.families["face_swap"]
    started = [mock.tasks.start(family, {}) for _ in range(5)]
    assert len(mock.tasks) == 3
    assert mock.tasks.get(family, started[0].id) is None
    assert [t.id for t in mock.tasks.of_family(family)] == [t.id for t in started[:1:-1]]


def test_fault_counts_stay_bounded(base_url: str, mock: MockA2E) -> None:
    for n in range(40):
        headers = {
            **AUTH,
            "X-Mock-Fault": "503",
            "X-Mock-Fault-Times": "1",
            "X-Mock-Fault-Id": str(n),
        }
        assert httpx.get(f"{base_url}{STATUS}", headers=headers).status_code == 503
    assert len(mock.faults._seen) == 40 <= COUNTS_KEPT


def test_stored_files_stay_within_their_budget(base_url: str, mock: MockA2E) -> None:
    mock.storage.stored_bytes = 100
    for n in range(4):
        presigned = httpx.post(
            f"{base_url}/api/v1/r2/upload-presigned-url", json={"key": f"f{n}.bin"}, headers=AUTH
        ).json()["data"]
        assert httpx.put(presigned["uploadUrl"], content=b"x" * 40).status_code == 200
    assert sorted(mock.storage.files) == ["mock/f2.bin", "mock/f3.bin"]
    assert httpx.get(presigned["cdnUrl"]).content == b"x" * 40


FACE_SWAP_LIST = "/api/v1/userFaceSwapTask/records?pageNum=1&pageSize=10"


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ('"name": "\\ud800"', "body.name"),
        ('"face_url": "https://x/\\udfff.jpg"', "body.face_url"),
        ('"webhook_token": "a\\udc80"', "body.webhook_token"),
        ('"\\ud800": 1', "body.\\ud800"),
        ('"x": [{"y": "\\ud800"}]', "body.x.0.y"),
        ('"x": NaN', "body.x"),
        ('"x": -Infinity', "body.x"),
        ('"x": 1e999', "body.x"),
    ],
)
def test_json_no_answer_can_carry_back_is_a_400_naming_it(
    base_url: str, mock: MockA2E, extra: str, named: str
) -> None:
    """A lone surrogate was stored, then broke every answer echoing it (500s until restart)."""
    # A repeated name's last value counts, so `extra` can replace a field too.
    raw = f"{json.dumps(BODY)[:-1]}, {extra}}}"
    headers = {**AUTH, "Content-Type": "application/json"}
    response = httpx.post(f"{base_url}{START}", content=raw.encode(), headers=headers)
    assert response.status_code == 400, response.text
    assert response.json()["error"].startswith(f"{named}: ")
    assert len(mock.tasks) == 0
    assert httpx.get(f"{base_url}{FACE_SWAP_LIST}", headers=AUTH).status_code == 200


@pytest.mark.parametrize(
    ("address", "named"),
    [
        ("/api/v1/userFaceSwapTask/records?pageNum=%ED%A0%80&pageSize=10", "query.pageNum"),
        ("/api/v1/userFaceSwapTask/records?pageNum=1&pageSize=10&x=%FF", "query.x"),
        ("/api/v1/userFaceSwapTask/records?pageNum=1&pageSize=10&%FF=1", "query.\\udcff"),
        ("/api/v1/soraVideo/%ED%A0%80", "path._id"),
        ("/api/v1/soraVideo/a%C3", "path._id"),
    ],
)
def test_path_and_query_values_not_utf8_are_a_400_naming_them(
    base_url: str, address: str, named: str
) -> None:
    """Such bytes used to be read as U+FFFD, quietly changing what the client sent."""
    response = httpx.get(f"{base_url}{address}", headers=AUTH)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == f"{named}: not UTF-8 once percent-decoded"
