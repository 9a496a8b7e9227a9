from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="FaceSwapPreview")


@_attrs_define(kw_only=True)
class FaceSwapPreview:
    """A face swap preview task.

    Attributes:
        id (str): A2E's id of this record.
        current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
            spells it
            `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
            notice, so readers must accept values not listed here.
        user_id (str | Unset): The owner's A2E user id.
        video_url (str | Unset): Address of the input video.
        face_url (str | Unset): Address of the face image.
        result_url (str | Unset): The preview image once completed; empty before.
        error_code (int | None | str | Unset): A2E's failure code; '0' or empty while nothing failed.
        faild_message (None | str | Unset): Why the preview failed (A2E's spelling).
    """

    id: str
    current_status: TaskStatus
    user_id: str | Unset = UNSET
    video_url: str | Unset = UNSET
    face_url: str | Unset = UNSET
    result_url: str | Unset = UNSET
    error_code: int | None | str | Unset = UNSET
    faild_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status: str = self.current_status

        user_id = self.user_id

        video_url = self.video_url

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "current_status": current_status,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if face_url is not UNSET:
            field_dict["face_url"] = face_url
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if faild_message is not UNSET:
            field_dict["faild_message"] = faild_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        current_status = check_task_status(d.pop("current_status"))

        user_id = d.pop("user_id", UNSET)

        video_url = d.pop("video_url", UNSET)

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

        face_swap_preview = cls(
            id=id,
            current_status=current_status,
            user_id=user_id,
            video_url=video_url,
            face_url=face_url,
            result_url=result_url,
            error_code=error_code,
            faild_message=faild_message,
        )

        face_swap_preview.additional_properties = d
        return face_swap_preview

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
