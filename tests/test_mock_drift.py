"""The `drift` fault: HTTP 200, code 0, a normal body, and `data` that strays from the spec."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from a2e.mock import running_mock

AUTH = {"Authorization": "Bearer sk_test"}
START = "/api/v1/userFaceSwapTask/add"
BODY = {"name": "drift", "face_url": "https://x/f.jpg", "video_url": "https://x/v.mp4"}


def drifted(base_url: str, path: str, kind: str) -> tuple[httpx.Response, Any]:
    response = httpx.get(f"{base_url}{path}", headers={**AUTH, "X-Mock-Fault": f"drift={kind}"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == 0 and body["trace_id"], body
    return response, body["data"]


def started(base_url: str) -> str:
    task_id: str = httpx.post(f"{base_url}{START}", json=BODY, headers=AUTH).json()["data"]["_id"]
    return task_id


def test_missing_drops_a_required_field_of_the_task(base_url: str) -> None:
    response, data = drifted(base_url, f"/api/v1/userFaceSwapTask/{started(base_url)}", "missing")
    assert "_id" not in data and data["name"] == "drift"
    assert response.headers["X-Mock-Drift"] == "missing data._id"


def test_missing_reaches_into_list_items(base_url: str) -> None:
    started(base_url)
    response, data = drifted(base_url, "/api/v1/userFaceSwapTask/status", "missing")
    assert "_id" not in data[0] and data[0]["current_status"]
    assert response.headers["X-Mock-Drift"] == "missing data[0]._id"


def test_missing_drops_what_a_page_requires(base_url: str) -> None:
    records = "/api/v1/userFaceSwapTask/records?pageNum=1&pageSize=5"
    response, data = drifted(base_url, records, "missing")
    assert "rows" not in data and response.headers["X-Mock-Drift"] == "missing data.rows"


def test_type_changes_a_fields_json_type(base_url: str) -> None:
    response, data = drifted(base_url, f"/api/v1/userFaceSwapTask/{started(base_url)}", "type")
    assert isinstance(data["_id"], int)
    assert response.headers["X-Mock-Drift"] == "type data._id"


def test_list_wraps_an_object_in_a_list(base_url: str) -> None:
    task_id = started(base_url)
    _, data = drifted(base_url, f"/api/v1/userFaceSwapTask/{task_id}", "list")
    assert isinstance(data, list) and data[0]["_id"] == task_id


def test_null_answers_null_data(base_url: str) -> None:
    response, data = drifted(base_url, f"/api/v1/userFaceSwapTask/{started(base_url)}", "null")
    assert data is None and response.headers["X-Mock-Drift"] == "null data"


def test_the_request_still_has_its_effect(base_url: str) -> None:
    response = httpx.post(
        f"{base_url}{START}", json=BODY, headers={**AUTH, "X-Mock-Fault": "drift=null"}
    )
    assert response.json() == {**response.json(), "code": 0, "data": None}
    listed = httpx.get(
        f"{base_url}/api/v1/userFaceSwapTask/records?pageNum=1&pageSize=5", headers=AUTH
    )
    assert len(listed.json()["data"]["rows"]) == 1


def test_errors_are_left_as_they_are(base_url: str) -> None:
    response = httpx.get(
        f"{base_url}/api/v1/userFaceSwapTask/nothing",
        headers={**AUTH, "X-Mock-Fault": "drift=missing"},
    )
    assert response.status_code == 404
    assert response.headers["X-Mock-Drift"].startswith("none")


@pytest.mark.parametrize("kind", ["missing", "type", "list", "null"])
def test_a_run_wide_drift(kind: str) -> None:
    with running_mock(fault=f"drift={kind}") as (url, _):
        response = httpx.post(f"{url}{START}", json=BODY, headers=AUTH)
    assert response.status_code == 200 and response.json()["code"] == 0
    assert response.headers["X-Mock-Drift"].startswith(kind if kind != "list" else "data")
