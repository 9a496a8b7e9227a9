from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="AvatarTraining")


@_attrs_define(kw_only=True)
class AvatarTraining:
    """A custom avatar training task (A2E calls it a video twin).

    Attributes:
        id (str): A2E's id of this record.
        current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
            spells it
            `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
            notice, so readers must accept values not listed here.
        name (str | Unset): The name given when the task was started.
        gender (str | Unset): female or male.
        image_url (str | Unset): Address of the input image.
        video_url (str | Unset): Address of the input video.
        anchor_id (str | Unset): The avatar made by the training, for generateAvatarVideo.
        preview_result_url (str | Unset): Address of a preview video once completed.
        failed_message (None | str | Unset): Why the task failed; empty otherwise.
        created_at (datetime.datetime | Unset): When the record was created.
        updated_at (datetime.datetime | Unset): When the record last changed.
    """

    id: str
    current_status: TaskStatus
    name: str | Unset = UNSET
    gender: str | Unset = UNSET
    image_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    anchor_id: str | Unset = UNSET
    preview_result_url: str | Unset = UNSET
    failed_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status: str = self.current_status

        name = self.name

        gender = self.gender

        image_url = self.image_url

        video_url = self.video_url

        anchor_id = self.anchor_id

        preview_result_url = self.preview_result_url

        failed_message: None | str | Unset
        if isinstance(self.failed_message, Unset):
            failed_message = UNSET
        else:
            failed_message = self.failed_message

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
        if gender is not UNSET:
            field_dict["gender"] = gender
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if anchor_id is not UNSET:
            field_dict["anchor_id"] = anchor_id
        if preview_result_url is not UNSET:
            field_dict["preview_result_url"] = preview_result_url
        if failed_message is not UNSET:
            field_dict["failed_message"] = failed_message
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

        gender = d.pop("gender", UNSET)

        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        anchor_id = d.pop("anchor_id", UNSET)

        preview_result_url = d.pop("preview_result_url", UNSET)

        def _parse_failed_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_message = _parse_failed_message(d.pop("failed_message", UNSET))

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

        avatar_training = cls(
            id=id,
            current_status=current_status,
            name=name,
            gender=gender,
            image_url=image_url,
            video_url=video_url,
            anchor_id=anchor_id,
            preview_result_url=preview_result_url,
            failed_message=failed_message,
            created_at=created_at,
            updated_at=updated_at,
        )

        avatar_training.additional_properties = d
        return avatar_training

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
