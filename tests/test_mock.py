"""The mock's own rules: auth, validation messages, methods, faults; raw httpx, no SDK."""

from __future__ import annotations

import httpx
import pytest

from a2e.mock import MockA2E

AUTH = {"Authorization": "Bearer sk_test"}
START = "/api/v1/userFaceSwapTask/add"


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer not_a_key", "Basic sk_x"])
def test_requests_without_an_api_token_get_401(base_url: str, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = httpx.get(f"{base_url}/api/v1/userFaceSwapTask/status", headers=headers)
    assert response.status_code == 401
    assert response.json()["success"] is False


def test_operations_the_spec_marks_public_need_no_token(base_url: str) -> None:
    response = httpx.post(f"{base_url}/api/v1/custom_back/randomBackground", json={})
    assert response.status_code == 200, response.text
    assert response.json()["code"] == 0


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"name": "x", "face_url": "f"}, "video_url"),
        (
            {"name": "x", "face_url": "f", "video_url": "v", "model_version": "v9"},
            "body.model_version",
        ),
        ({"name": "", "face_url": "f", "video_url": "v"}, "body.name"),
    ],
)
def test_bad_bodies_get_400_naming_the_field(
    base_url: str, body: dict[str, str], named: str
) -> None:
    response = httpx.post(f"{base_url}{START}", json=body, headers=AUTH)
    assert response.status_code == 400
    assert named in response.json()["error"]


def test_bad_query_gets_400_naming_the_parameter(base_url: str) -> None:
    response = httpx.get(
        f"{base_url}/api/v1/userFaceSwapTask/records?pageNum=0&pageSize=5", headers=AUTH
    )
    assert response.status_code == 400
    assert "query.pageNum" in response.json()["error"]


def test_undeclared_method_gets_405_with_allow(base_url: str) -> None:
    response = httpx.put(f"{base_url}/api/v1/userFaceSwapTask/status", headers=AUTH)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"


def test_unknown_path_gets_404(base_url: str) -> None:
    assert httpx.get(f"{base_url}/api/v1/nothing", headers=AUTH).status_code == 404


def test_unknown_fault_is_refused(base_url: str) -> None:
    response = httpx.get(
        f"{base_url}/api/v1/userFaceSwapTask/status", headers={**AUTH, "X-Mock-Fault": "gremlins"}
    )
    assert response.status_code == 400 and "gremlins" in response.json()["error"]


def test_reads_per_stage_controls_the_clock() -> None:
    slow = MockA2E(reads_per_stage=2)
    family = slow.families["face_swap"]
    task = slow.tasks.start(family, {"name": "clock"})
    seen = [task.read()["current_status"] for _ in range(5)]
    assert seen == ["initialized", "processing", "processing", "completed", "completed"]


def test_stateful_families_need_a_detail_example() -> None:
    spec = MockA2E().spec
    detail = spec["paths"]["/api/v1/userFaceSwapTask/{_id}"]["get"]
    del detail["responses"]["200"]["content"]["application/json"]["example"]
    with pytest.raises(ValueError, match="face_swap"):
        MockA2E(spec)


def test_a_run_wide_fault_hits_its_share_of_requests() -> None:
    from a2e.mock import running_mock

    with running_mock(fault="503", fault_rate=0.5, seed=7) as (url, _):
        statuses = [
            httpx.get(f"{url}/api/v1/userFaceSwapTask/status", headers=AUTH).status_code
            for _ in range(40)
        ]
    assert set(statuses) == {200, 503}
    assert 10 <= statuses.count(503) <= 30


def test_retries_ride_out_a_flaky_run() -> None:
    import a2e
    from a2e.mock import running_mock
    from a2e_client.api.face_swap import get_face_swap_task_status

    with (
        running_mock(fault="502", fault_rate=0.3, seed=3) as (url, _),
        a2e.Client("sk_x", base_url=url, max_retries=6, backoff_base=0.001) as client,
    ):
        for _ in range(20):
            a2e.unwrap(get_face_swap_task_status.sync_detailed(client=client))


def test_unknown_run_fault_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown fault"):
        MockA2E(fault="gremlins")


def test_the_command_line_serves_with_its_options() -> None:
    from a2e.mock import mock_process

    with mock_process(
        "--reads-per-stage", "2", "--stage-seconds", "1", "--fault", "latency=0.01"
    ) as url:
        started = httpx.post(
            f"{url}/api/v1/userFaceSwapTask/add",
            json={"name": "cli", "face_url": "https://x/f.jpg", "video_url": "https://x/v.mp4"},
            headers=AUTH,
        ).json()["data"]
        detail = f"{url}/api/v1/userFaceSwapTask/{started['_id']}"
        seen = [httpx.get(detail, headers=AUTH).json()["data"]["current_status"] for _ in range(4)]
    assert seen == ["initialized", "processing", "processing", "completed"]
