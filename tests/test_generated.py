"""generated/ is exactly what the pinned generator makes from the spec, and it behaves."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import subprocess
import sys
import typing
from pathlib import Path
from types import MappingProxyType

import attrs
import httpx
import pytest

import a2e
import a2e_client
import a2e_client.api
from a2e_client import AuthenticatedClient
from a2e_client.api.credits_ import list_credits_history
from a2e_client.api.face_swap import get_face_swap_task, start_face_swap_task
from a2e_client.models import (
    FaceSwapTask,
    GenerateTtsRequest,
    StartFaceSwapTaskRequest,
    StartNanoBananaRequest,
    StartPhotobookRequest,
    TaskStatus,
)
from a2e_client.types import UNSET

ROOT = Path(__file__).resolve().parent.parent


def test_generated_matches_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]


def test_the_shipped_spec_is_the_source_spec() -> None:
    shipped = Path(a2e_client.__file__).parent / "openapi.yaml"
    assert shipped.read_text() == (ROOT / "openapi" / "a2e.yaml").read_text()


def test_unknown_status_and_fields_parse_and_round_trip() -> None:
    wire = {"_id": "t1", "current_status": "queued_for_gpu", "new_field": {"x": 1}}
    task = FaceSwapTask.from_dict(wire)
    status: str = task.current_status  # a status the spec's Literal does not list yet
    assert status == "queued_for_gpu" and status not in typing.get_args(TaskStatus)
    assert task.additional_properties == {"new_field": {"x": 1}}
    assert task.to_dict() == wire


def test_enums_are_plain_values() -> None:
    assert typing.get_args(TaskStatus)[:2] == ("completed", "failed")
    request = StartPhotobookRequest(face_image_url="https://x/f.jpg", total_count=8)
    assert request.to_dict()["total_count"] == 8


@pytest.mark.parametrize("count", [8, 20])
def test_an_integer_enum_takes_any_integer_and_only_integers(count: int) -> None:
    wire = {"face_image_url": "https://x/f.jpg", "total_count": count}
    assert StartPhotobookRequest.from_dict(wire).total_count == count
    with pytest.raises(TypeError):
        StartPhotobookRequest.from_dict({**wire, "total_count": True})


def test_model_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        StartPhotobookRequest("https://x/f.jpg")  # type: ignore[call-arg]
    models = [getattr(a2e_client.models, name) for name in a2e_client.models.__all__]
    positional = {
        f"{model.__name__}.{parameter.name}"
        for model in models
        if inspect.isclass(model)
        for parameter in inspect.signature(model).parameters.values()
        if parameter.kind is not parameter.KEYWORD_ONLY
    }
    assert not positional, sorted(positional)[:10]


def test_a_request_sends_only_what_the_caller_set() -> None:
    tts = GenerateTtsRequest(msg="hi")
    assert tts.to_dict() == {"msg": "hi"}
    assert (
        "country (str | Unset): Language part of the locale, such as en. A2E's default: 'en'."
        in (GenerateTtsRequest.__doc__ or "")
    )
    banana = StartNanoBananaRequest(name="n", prompt="a cat", force_generate=False)
    assert banana.to_dict() == {"name": "n", "prompt": "a cat", "force_generate": False}


def test_a_query_sends_only_what_the_caller_set() -> None:
    sent: list[httpx.URL] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request.url)
        return httpx.Response(401, json={"code": 401, "msg": "no"})

    client = a2e.Client("sk_x", transport=httpx.MockTransport(refuse))
    with pytest.raises(a2e.AuthenticationError):
        list_credits_history.sync_detailed(client=client)
    with pytest.raises(a2e.AuthenticationError):
        list_credits_history.sync_detailed(client=client, page_size=50)
    assert [dict(url.params) for url in sent] == [{}, {"pageSize": "50"}]


def test_no_generated_field_or_argument_has_a_default_to_send() -> None:
    models = [getattr(a2e_client.models, name) for name in a2e_client.models.__all__]
    fields = [
        f"{model.__name__}.{field.name}"
        for model in models
        if inspect.isclass(model) and attrs.has(model)
        for field in attrs.fields(model)
        if field.default not in (attrs.NOTHING, UNSET) and field.name != "additional_properties"
    ]
    functions = [
        importlib.import_module(found.name).sync_detailed
        for found in pkgutil.walk_packages(a2e_client.api.__path__, "a2e_client.api.")
        if not found.ispkg
    ]
    arguments = [
        f"{function.__module__}.{parameter.name}"
        for function in functions
        for parameter in inspect.signature(function).parameters.values()
        if parameter.default not in (parameter.empty, UNSET)
    ]
    assert (fields, arguments) == ([], [])


def test_a_body_may_be_a_plain_mapping_sent_as_given() -> None:
    sent: list[object] = []

    def start(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(
            200, json={"code": 0, "data": {"_id": "t1", "current_status": "sent"}}
        )

    client = a2e.Client("sk_x", transport=httpx.MockTransport(start))
    wire = {"name": "n", "face_url": "https://x/f.jpg", "video_url": "https://x/v.mp4"}
    answer = start_face_swap_task.sync(client=client, body=MappingProxyType({**wire, "new": 1}))
    assert isinstance(answer.data, FaceSwapTask) and answer.data.id == "t1"
    model = StartFaceSwapTaskRequest(
        name="n", face_url=wire["face_url"], video_url=wire["video_url"]
    )
    start_face_swap_task.sync(client=client, body=model)
    assert sent == [{**wire, "new": 1}, wire]


def test_wire_id_surfaces_as_id() -> None:
    assert FaceSwapTask.from_dict({"_id": "abc", "current_status": "completed"}).id == "abc"


def test_every_parameter_is_described_in_the_docstrings() -> None:
    # openapi-python-client reads a parameter's docstring from its schema only; the generate
    # step copies each parameter's description there.
    undescribed = {
        f"{module.relative_to(ROOT)}: {line.strip()}"
        for module in (ROOT / "generated" / "a2e_client" / "api").rglob("*.py")
        for line in module.read_text().splitlines()
        if re.fullmatch(r" {8}\w+ \([^)]*\):", line)
    }
    assert not undescribed, sorted(undescribed)[:10]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (299, a2e.InvalidResponseError),  # undocumented success: not the answer promised
        (520, a2e.ServerError),  # undocumented refusal: the error its status stands for
        (499, a2e.APIError),
    ],
)
def test_a_status_python_does_not_know_ends_in_an_a2e_error(
    status: int, error: type[a2e.A2EError]
) -> None:
    def odd(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"code": 0, "data": {"_id": "x"}})

    plain = AuthenticatedClient(
        base_url="https://video.a2e.ai",
        token="sk_x",
        httpx_args={"transport": httpx.MockTransport(odd)},
    )
    with pytest.raises(error) as raised:
        get_face_swap_task.sync_detailed("6674f1765699df7e9d25311a", client=plain)
    assert raised.value.status_code == status


@pytest.mark.parametrize(
    ("answer", "where"),
    [
        ({"code": 0, "data": {"_id": 5, "current_status": "completed"}}, "/data/_id"),
        ({"code": 0, "data": {"_id": None, "current_status": "completed"}}, "/data/_id"),
        ({"code": 0, "data": {"_id": "x", "current_status": 5}}, "/data/current_status"),
        ({"code": 0, "data": {"_id": "x", "current_status": None}}, "/data/current_status"),
        ({"code": False, "data": {"_id": "x", "current_status": "completed"}}, "/code"),
        ({"code": [0], "data": {"_id": "x", "current_status": "completed"}}, "/code"),
    ],
)
def test_a_required_field_of_another_kind_is_an_invalid_response(
    answer: dict[str, object], where: str
) -> None:
    def send(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answer)

    client = a2e.Client("sk_x", transport=httpx.MockTransport(send))
    with pytest.raises(a2e.InvalidResponseError) as raised:
        get_face_swap_task.sync_detailed("6674f1765699df7e9d25311a", client=client)
    assert raised.value.location == where


def test_an_optional_field_of_another_kind_is_kept_as_sent() -> None:
    task = FaceSwapTask.from_dict({"_id": "x", "current_status": "completed", "result_url": 7})
    assert task.id == "x" and task.to_dict()["result_url"] == 7


def test_a_pickled_model_keeps_its_absent_fields_absent() -> None:
    import pickle

    from a2e_client.types import UNSET

    task = FaceSwapTask.from_dict({"_id": "x", "current_status": "completed"})
    assert pickle.loads(pickle.dumps(task)).result_url is UNSET
