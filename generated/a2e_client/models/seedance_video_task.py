from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="SeedanceVideoTask")


@_attrs_define(kw_only=True)
class SeedanceVideoTask:
    """A Seedance 1.5 Pro video task, as the list returns it. Fields besides `_id` and `current_status` are typed from the
    start request and A2E's other video families (A2E publishes no schema for the record).

        Attributes:
            id (str): A2E's id of this record.
            current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
                spells it
                `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
                notice, so readers must accept values not listed here.
            name (str | Unset): The name given when the task was started.
            mode (str | Unset): Generation mode the task was started with.
            prompt (str | Unset): The prompt the task was started with.
            image_url (str | Unset): Address of the first frame, if one was given.
            end_image_url (str | Unset): Address of the closing frame, if one was given.
            duration (str | Unset): Length requested, in seconds.
            aspect_ratio (str | Unset): Frame shape requested.
            resolution (str | Unset): Resolution requested.
            camera_fixed (bool | Unset): Whether the camera was held still.
            generate_audio (bool | Unset): Whether a soundtrack was requested.
            result_url (str | Unset): Address of the finished video once completed; empty before.
            coins (float | Unset): Credits the task costs.
            failed_message (str | Unset): Why the task failed; empty otherwise.
            failed_code (int | str | Unset): A2E's failure code; empty otherwise.
            created_at (datetime.datetime | Unset): When the record was created.
            updated_at (datetime.datetime | Unset): When the record last changed.
    """

    id: str
    current_status: TaskStatus
    name: str | Unset = UNSET
    mode: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_url: str | Unset = UNSET
    end_image_url: str | Unset = UNSET
    duration: str | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    resolution: str | Unset = UNSET
    camera_fixed: bool | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    result_url: str | Unset = UNSET
    coins: float | Unset = UNSET
    failed_message: str | Unset = UNSET
    failed_code: int | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status: str = self.current_status

        name = self.name

        mode = self.mode

        prompt = self.prompt

        image_url = self.image_url

        end_image_url = self.end_image_url

        duration = self.duration

        aspect_ratio = self.aspect_ratio

        resolution = self.resolution

        camera_fixed = self.camera_fixed

        generate_audio = self.generate_audio

        result_url = self.result_url

        coins = self.coins

        failed_message = self.failed_message

        failed_code: int | str | Unset
        if isinstance(self.failed_code, Unset):
            failed_code = UNSET
        else:
            failed_code = self.failed_code

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "current_status": current_status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if coins is not UNSET:
            field_dict["coins"] = coins
        if failed_message is not UNSET:
            field_dict["failed_message"] = failed_message
        if failed_code is not UNSET:
            field_dict["failed_code"] = failed_code
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        current_status = check_task_status(d.pop("current_status"))

        name = d.pop("name", UNSET)

        mode = d.pop("mode", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        duration = d.pop("duration", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        resolution = d.pop("resolution", UNSET)

        camera_fixed = d.pop("camera_fixed", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        result_url = d.pop("result_url", UNSET)

        coins = d.pop("coins", UNSET)

        failed_message = d.pop("failed_message", UNSET)

        def _parse_failed_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        failed_code = _parse_failed_code(d.pop("failed_code", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        seedance_video_task = cls(
            id=id,
            current_status=current_status,
            name=name,
            mode=mode,
            prompt=prompt,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            camera_fixed=camera_fixed,
            generate_audio=generate_audio,
            result_url=result_url,
            coins=coins,
            failed_message=failed_message,
            failed_code=failed_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        seedance_video_task.additional_properties = d
        return seedance_video_task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
