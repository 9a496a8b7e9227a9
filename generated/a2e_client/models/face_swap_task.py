from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="FaceSwapTask")


@_attrs_define(kw_only=True)
class FaceSwapTask:
    """A face swap task.

    Attributes:
        id (str): A2E's id of this record.
        current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
            spells it
            `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
            notice, so readers must accept values not listed here.
        name (str | Unset): The name given when the task was started.
        video_url (str | Unset): Address of the input video.
        duration (float | Unset): Length of the target video in seconds.
        face_url (str | Unset): Address of the face image.
        result_url (str | Unset): The result video once completed; empty before.
        error_code (int | None | str | Unset): A2E's failure code; '0' or empty while nothing failed.
        faild_message (None | str | Unset): Why the task failed (A2E's spelling).
        created_at (datetime.datetime | Unset): When the record was created.
        updated_at (datetime.datetime | Unset): When the record last changed.
        initialized_time (datetime.datetime | Unset):
        processing_time (datetime.datetime | Unset):
        completed_time (datetime.datetime | Unset):
    """

    id: str
    current_status: TaskStatus
    name: str | Unset = UNSET
    video_url: str | Unset = UNSET
    duration: float | Unset = UNSET
    face_url: str | Unset = UNSET
    result_url: str | Unset = UNSET
    error_code: int | None | str | Unset = UNSET
    faild_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    initialized_time: datetime.datetime | Unset = UNSET
    processing_time: datetime.datetime | Unset = UNSET
    completed_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status: str = self.current_status

        name = self.name

        video_url = self.video_url

        duration = self.duration

        face_url = self.face_url

        result_url = self.result_url

        error_code: int | None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        faild_message: None | str | Unset
        if isinstance(self.faild_message, Unset):
            faild_message = UNSET
        else:
            faild_message = self.faild_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        initialized_time: str | Unset = UNSET
        if not isinstance(self.initialized_time, Unset):
            initialized_time = self.initialized_time.isoformat()

        processing_time: str | Unset = UNSET
        if not isinstance(self.processing_time, Unset):
            processing_time = self.processing_time.isoformat()

        completed_time: str | Unset = UNSET
        if not isinstance(self.completed_time, Unset):
            completed_time = self.completed_time.isoformat()

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
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if face_url is not UNSET:
            field_dict["face_url"] = face_url
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if faild_message is not UNSET:
            field_dict["faild_message"] = faild_message
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if initialized_time is not UNSET:
            field_dict["initialized_time"] = initialized_time
        if processing_time is not UNSET:
            field_dict["processing_time"] = processing_time
        if completed_time is not UNSET:
            field_dict["completed_time"] = completed_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        current_status = check_task_status(d.pop("current_status"))

        name = d.pop("name", UNSET)

        video_url = d.pop("video_url", UNSET)

        duration = d.pop("duration", UNSET)

        face_url = d.pop("face_url", UNSET)

        result_url = d.pop("result_url", UNSET)

        def _parse_error_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_faild_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        faild_message = _parse_faild_message(d.pop("faild_message", UNSET))

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

        _initialized_time = d.pop("initialized_time", UNSET)
        initialized_time: datetime.datetime | Unset
        if isinstance(_initialized_time, Unset):
            initialized_time = UNSET
        else:
            initialized_time = parse_datetime(_initialized_time)

        _processing_time = d.pop("processing_time", UNSET)
        processing_time: datetime.datetime | Unset
        if isinstance(_processing_time, Unset):
            processing_time = UNSET
        else:
            processing_time = parse_datetime(_processing_time)

        _completed_time = d.pop("completed_time", UNSET)
        completed_time: datetime.datetime | Unset
        if isinstance(_completed_time, Unset):
            completed_time = UNSET
        else:
            completed_time = parse_datetime(_completed_time)

        face_swap_task = cls(
            id=id,
            current_status=current_status,
            name=name,
            video_url=video_url,
            duration=duration,
            face_url=face_url,
            result_url=result_url,
            error_code=error_code,
            faild_message=faild_message,
            created_at=created_at,
            updated_at=updated_at,
            initialized_time=initialized_time,
            processing_time=processing_time,
            completed_time=completed_time,
        )

        face_swap_task.additional_properties = d
        return face_swap_task

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
