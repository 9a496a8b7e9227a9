from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="SoraVideoTask")


@_attrs_define(kw_only=True)
class SoraVideoTask:
    """A Sora 2 Pro video task. Fields besides `_id` and `current_status` are typed from the start request and A2E's other
    video families (A2E publishes no schema for the record).

        Attributes:
            id (str): A2E's id of this record.
            current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
                spells it
                `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
                notice, so readers must accept values not listed here.
            name (str | Unset): The name given when the task was started.
            model_type (str | Unset): Generation mode the task was started with.
            prompt (str | Unset): The prompt the task was started with.
            image_urls (list[str] | Unset): Addresses of the source images.
            aspect_ratio (str | Unset): Orientation requested (portrait or landscape).
            duration_seconds (str | Unset): Length requested, in seconds.
            quality (str | Unset): Quality tier requested.
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
    model_type: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    duration_seconds: str | Unset = UNSET
    quality: str | Unset = UNSET
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

        model_type = self.model_type

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        aspect_ratio = self.aspect_ratio

        duration_seconds = self.duration_seconds

        quality = self.quality

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
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if quality is not UNSET:
            field_dict["quality"] = quality
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

        model_type = d.pop("model_type", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        quality = d.pop("quality", UNSET)

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

        sora_video_task = cls(
            id=id,
            current_status=current_status,
            name=name,
            model_type=model_type,
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            duration_seconds=duration_seconds,
            quality=quality,
            result_url=result_url,
            coins=coins,
            failed_message=failed_message,
            failed_code=failed_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        sora_video_task.additional_properties = d
        return sora_video_task

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
