"""Every task family, waited for against the mock: success, failure and timeout, sync and async."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import a2e
import a2e.tasks
import a2e_client
from a2e.mock import MockA2E
from spec_calls import (
    call,
    module_name,
    op_method_path,
    operations,
    request_fields,
    start_of,
    start_task,
)
from webhook_receiver import TOKEN, Receiver

FAMILIES = sorted(a2e.TASK_FAMILIES)
TIMEOUT = 10.0


@pytest.mark.parametrize("family", FAMILIES)
def test_wait_succeeds(client: a2e.Client, fast: a2e.PollSchedule, family: str) -> None:
    chosen = a2e.TASK_FAMILIES[family]
    done = a2e.wait(client, family, start_task(client, family), timeout=TIMEOUT, schedule=fast)
    assert chosen.status_of(done) == chosen.succeeded[0]
    assert getattr(done, chosen.attribute(chosen.result_field))
    module, _, name = chosen.model.rpartition(".")
    assert type(done).__name__ == name and type(done).__module__ == f"a2e_client.models.{module}"


@pytest.mark.parametrize("family", FAMILIES)
def test_wait_raises_task_failed(client: a2e.Client, fast: a2e.PollSchedule, family: str) -> None:
    task_id = start_task(client, family, headers={"X-Mock-Fail": f"{family} went wrong"})
    with pytest.raises(a2e.TaskFailed, match=f"{family} went wrong") as raised:
        a2e.wait(client, family, task_id, timeout=TIMEOUT, schedule=fast)
    assert raised.value.status == a2e.TASK_FAMILIES[family].failed[0]


@pytest.mark.parametrize("family", FAMILIES)
def test_wait_times_out(client: a2e.Client, family: str) -> None:
    task_id = start_task(client, family, headers={"X-Mock-Reads-Per-Stage": "1000"})
    with pytest.raises(a2e.TaskTimeout) as raised:
        a2e.wait(
            client,
            family,
            task_id,
            timeout=0.05,
            schedule=a2e.PollSchedule(initial=0.01, maximum=0.01),
        )
    assert a2e.TASK_FAMILIES[family].id_of(raised.value.task) == task_id


@pytest.mark.parametrize("family", FAMILIES)
async def test_wait_async_succeeds_fails_and_times_out(
    client: a2e.Client, fast: a2e.PollSchedule, family: str
) -> None:
    chosen = a2e.TASK_FAMILIES[family]
    done = await a2e.wait_async(
        client, family, start_task(client, family), timeout=TIMEOUT, schedule=fast
    )
    assert chosen.status_of(done) == chosen.succeeded[0]
    failing = start_task(client, family, headers={"X-Mock-Fail": "no luck"})
    with pytest.raises(a2e.TaskFailed, match="no luck"):
        await a2e.wait_async(client, family, failing, timeout=TIMEOUT, schedule=fast)
    slow = start_task(client, family, headers={"X-Mock-Reads-Per-Stage": "1000"})
    with pytest.raises(a2e.TaskTimeout):
        await a2e.wait_async(client, family, slow, timeout=0.05, schedule=fast)
    await client.aclose()


@pytest.mark.parametrize("family", FAMILIES)
async def test_wait_many_async(client: a2e.Client, fast: a2e.PollSchedule, family: str) -> None:
    ids = [start_task(client, family) for _ in range(3)]
    done = await a2e.wait_many_async(
        client, family, ids, timeout=TIMEOUT, schedule=fast, max_concurrency=2
    )
    assert list(done) == ids
    await client.aclose()


def test_family_constants_give_typed_results(client: a2e.Client, fast: a2e.PollSchedule) -> None:
    """mypy checks the assert_type lines (make lint); at run time they are no-ops."""
    from typing import assert_type

    from a2e.tasks import FACE_SWAP, TALKING_PHOTO
    from a2e_client.models import FaceSwapTask, TalkingPhotoTask

    swap = a2e.wait(
        client, FACE_SWAP, start_task(client, "face_swap"), timeout=TIMEOUT, schedule=fast
    )
    assert_type(swap, FaceSwapTask)
    assert isinstance(swap, FaceSwapTask)
    photos = a2e.wait_many(
        client, TALKING_PHOTO, [start_task(client, "talking_photo")], timeout=TIMEOUT, schedule=fast
    )
    assert_type(photos, dict[str, TalkingPhotoTask])
    assert all(isinstance(photo, TalkingPhotoTask) for photo in photos.values())


def test_every_family_is_a_constant_of_a2e_tasks() -> None:
    import a2e.tasks

    for name, family in a2e.TASK_FAMILIES.items():
        assert getattr(a2e.tasks, name.upper()) is family
    with pytest.raises(AttributeError):
        a2e.tasks.NO_SUCH_FAMILY  # type: ignore[attr-defined]  # noqa: B018


def test_every_family_carries_the_duration_its_spec_entry_declares() -> None:
    from spec_calls import SPEC

    for name, family in a2e.TASK_FAMILIES.items():
        declared = SPEC["x-a2e-families"][name]["duration"]
        assert (family.typical_seconds, family.spread) == (declared["typical"], declared["spread"])
    # Run times are measured with the record's own stamps, the completion first where it has one.
    assert a2e.tasks.FACE_SWAP.created_field == "createdAt"
    assert a2e.tasks.FACE_SWAP.finished_fields == ("completed_time", "updatedAt")
    assert a2e.tasks.FACE_SWAP_PREVIEW.created_field is None  # its record has no timestamps
    assert a2e.tasks.AVATAR_VIDEO.progress_field == "process"
    assert a2e.tasks.AVATAR_VIDEO.attribute("createdAt") == "created_at"


def _batch_path(family: a2e.TaskFamily[Any]) -> tuple[str, str]:
    """Method and path of the family's batch read, from the spec."""
    wanted = family.batch
    for op in operations():
        task = op.get("x-a2e-task") or {}
        if task == {"family": family.name, "role": "batch"} and module_name(op) == wanted:
            return op_method_path(op)
    raise AssertionError(f"{family.name}: batch operation {wanted} not in the spec")


@pytest.mark.parametrize("family", FAMILIES)
def test_wait_many_reads_a_batch_per_round_where_it_can(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule, family: str
) -> None:
    chosen = a2e.TASK_FAMILIES[family]
    ids = [start_task(client, family) for _ in range(3)]
    batch = _batch_path(chosen) if chosen.batch else None
    before = mock.calls(*batch) if batch else 0
    done = a2e.wait_many(client, family, ids, timeout=TIMEOUT, schedule=fast)
    assert list(done) == ids
    assert all(chosen.status_of(task) == chosen.succeeded[0] for task in done.values())
    if batch:
        # One batch read per round, whatever the number of tasks: one per running stage.
        assert mock.calls(*batch) - before <= len(chosen.running) + 1


WEBHOOK_FAMILIES = [name for name in FAMILIES if "webhook_url" in request_fields(start_of(name))]


@pytest.mark.parametrize("family", WEBHOOK_FAMILIES)
def test_webhook_of_every_family_parses_into_its_task(
    client: a2e.Client, receiver: Receiver, family: str
) -> None:
    chosen = a2e.TASK_FAMILIES[family]
    body = {"webhook_url": receiver.url, "webhook_token": TOKEN}
    task_id = str(a2e.unwrap(call(client, start_of(family), body=body)).id)
    headers, raw = receiver.wait_for(1)[0]
    event = a2e.verify_webhook(headers, raw, TOKEN, family=chosen)
    assert event.event == "task.completed"
    assert chosen.id_of(event.task) == task_id
    assert chosen.status_of(event.task) == chosen.succeeded[0]


def _section_names() -> dict[str, set[str]]:
    """Each family's section, as the command line spells it and in snake_case, from the
    command table (not from the alias table under test)."""
    table = json.loads((Path(a2e_client.__file__).with_name("commands.json")).read_text())
    found: dict[str, set[str]] = {}
    for kebab, section in table["sections"].items():
        for command in section["commands"].values():
            if command["family"]:
                snake = command["module"].partition(".")[0]
                found.setdefault(command["family"], set()).update({kebab, snake})
    return found


# Sections holding two families: their name means the one the spec marks `section_default`.
SHARED_SECTIONS = {"face_swap": "face_swap", "wan_image_to_video": "wan_video"}


@pytest.mark.parametrize("family", FAMILIES)
def test_a_family_answers_to_its_name_and_its_sections_in_either_case(family: str) -> None:
    chosen = a2e.TASK_FAMILIES[family]
    for name in [family, family.replace("_", "-"), *_section_names()[family]]:
        meant = SHARED_SECTIONS.get(name.replace("-", "_"), family)
        assert a2e.tasks.family_named(name) is a2e.TASK_FAMILIES[meant], name
    assert a2e.tasks.family_named(chosen) is chosen


def test_a_section_holding_two_families_means_its_main_one() -> None:
    named = a2e.tasks.family_named
    assert named("face-swap") is named("face_swap") is a2e.tasks.FACE_SWAP
    assert named("face-swap-preview") is a2e.tasks.FACE_SWAP_PREVIEW
    assert named("wan-image-to-video") is named("wan_image_to_video") is a2e.tasks.WAN_VIDEO
    assert named("wan-spicy") is a2e.tasks.WAN_SPICY
    assert named("wan-2-6-image") is named("wan26-image") is a2e.tasks.WAN26_IMAGE
    assert named("generate_avatar_videos") is a2e.tasks.AVATAR_VIDEO


@pytest.mark.parametrize(
    ("name", "offered"),
    [
        ("face-swp", "did you mean face-swap or "),
        ("wan_26_image", "did you mean wan_2_6_image or "),
        ("generate-avatar-video", "did you mean generate-avatar-videos"),
        ("Face_Swap", "did you mean face_swap"),
        ("zzz", "known: avatar_video, voice_clone"),
        ("", "known: avatar_video"),
    ],
)
def test_an_unknown_family_name_offers_the_closest(name: str, offered: str) -> None:
    with pytest.raises(a2e.ConfigurationError, match=r"^family: unknown task family") as raised:
        a2e.tasks.family_named(name)
    assert offered in str(raised.value)


def test_every_api_taking_a_family_takes_its_section_name(
    client: a2e.Client, mock: MockA2E, fast: a2e.PollSchedule, tmp_path: Path
) -> None:
    task_id = start_task(client, "face_swap")
    assert a2e.wait(client, "face-swap", task_id, timeout=TIMEOUT, schedule=fast).result_url
    done = a2e.wait_many(client, "face-swap", [task_id], timeout=TIMEOUT, schedule=fast)
    assert list(done) == [task_id]
    [saved] = a2e.download(client, "face-swap", task_id, tmp_path)
    assert saved.name.startswith(task_id)
    image = start_task(client, "wan26_image")
    assert a2e.wait(client, "wan-2-6-image", image, timeout=TIMEOUT, schedule=fast).image_urls
    body = json.dumps({"data": {"_id": task_id, "current_status": "completed"}})
    event = a2e.verify_webhook({"X-A2e-Webhook-Token": "t"}, body, "t", family="face-swap")
    assert type(event.task).__name__ == "FaceSwapTask"
    before = len(mock.requests)
    with pytest.raises(a2e.ConfigurationError, match="did you mean face-swap"):
        a2e.wait(client, "face-swp", task_id, timeout=TIMEOUT, schedule=fast)
    assert len(mock.requests) == before
