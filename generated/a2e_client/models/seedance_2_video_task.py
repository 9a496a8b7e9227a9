from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="Seedance2VideoTask")


@_attrs_define(kw_only=True)
class Seedance2VideoTask:
    """A Seedance 2.x video task. Fields besides `_id` and `current_status` are typed from the start request and A2E's
    other video families (A2E publishes no schema for the record).

        Attributes:
            id (str): A2E's id of this record.
            current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
                spells it
                `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
                notice, so readers must accept values not listed here.
            name (str | Unset): The name given when the task was started.
            mode (str | Unset): Generation mode the task was started with.
            model_version (str | Unset): Seedance tier or version used.
            prompt (str | Unset): The prompt the task was started with.
            image_url (str | Unset): Address of the first frame, if one was given.
            first_frame_url (str | Unset): Address of the opening frame, if one was given.
            last_frame_url (str | Unset): Address of the closing frame, if one was given.
            reference_urls (list[str] | Unset): Reference images given.
            video_urls (list[str] | Unset): Reference videos given.
            audio_urls (list[str] | Unset): Reference audio files given.
            duration (int | Unset): Length requested, in seconds.
            aspect_ratio (str | Unset): Frame shape requested.
            resolution (str | Unset): Resolution requested.
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
    model_version: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_url: str | Unset = UNSET
    first_frame_url: str | Unset = UNSET
    last_frame_url: str | Unset = UNSET
    reference_urls: list[str] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    audio_urls: list[str] | Unset = UNSET
    duration: int | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    resolution: str | Unset = UNSET
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

        model_version = self.model_version

        prompt = self.prompt

        image_url = self.image_url

        first_frame_url = self.first_frame_url

        last_frame_url = self.last_frame_url

        reference_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_urls, Unset):
            reference_urls = self.reference_urls

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        duration = self.duration

        aspect_ratio = self.aspect_ratio

        resolution = self.resolution

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
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if reference_urls is not UNSET:
            field_dict["reference_urls"] = reference_urls
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
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

        model_version = d.pop("model_version", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        first_frame_url = d.pop("first_frame_url", UNSET)

        last_frame_url = d.pop("last_frame_url", UNSET)

        reference_urls = cast(list[str], d.pop("reference_urls", UNSET))

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        duration = d.pop("duration", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        resolution = d.pop("resolution", UNSET)

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

        seedance_2_video_task = cls(
            id=id,
            current_status=current_status,
            name=name,
            mode=mode,
            model_version=model_version,
            prompt=prompt,
            image_url=image_url,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_urls=reference_urls,
            video_urls=video_urls,
            audio_urls=audio_urls,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            generate_audio=generate_audio,
            result_url=result_url,
            coins=coins,
            failed_message=failed_message,
            failed_code=failed_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        seedance_2_video_task.additional_properties = d
        return seedance_2_video_task

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
