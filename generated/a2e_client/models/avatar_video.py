from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_video_status import AvatarVideoStatus, check_avatar_video_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="AvatarVideo")


@_attrs_define(kw_only=True)
class AvatarVideo:
    """An avatar video task.

    Attributes:
        id (str): A2E's id of this record.
        status (AvatarVideoStatus): Stage of an avatar video. It moves from `init` through `start`, `pending`, `process`
            and `copy` to `success` or `fail`; readers must accept values not listed.
        title (str | Unset): Name of the video.
        process (float | Unset): Progress from 0 to 100.
        result (str | Unset): Address of the finished video; empty before.
        msg (None | str | Unset): A2E's message, the failure reason once failed.
        anchor_id (str | Unset): The avatar used.
        anchor_type (int | str | Unset): 0 for a public avatar, 1 for the caller's own.
        web_bg_width (float | Unset): Canvas width.
        web_bg_height (float | Unset): Canvas height.
        color (None | str | Unset): Background colour (RGBA).
        result_people_url (None | str | Unset): The avatar alone, once done.
        result_bg_url (None | str | Unset): The background, once done.
        replace_bg_id (None | str | Unset): Background put behind the avatar.
        custom_backs_id (None | str | Unset): The caller's background used, if any.
        created_at (datetime.datetime | Unset): When the record was created.
        diff_s (float | Unset): Seconds since the task was created.
        current_date (str | Unset): A2E's clock when this was read.
    """

    id: str
    status: AvatarVideoStatus
    title: str | Unset = UNSET
    process: float | Unset = UNSET
    result: str | Unset = UNSET
    msg: None | str | Unset = UNSET
    anchor_id: str | Unset = UNSET
    anchor_type: int | str | Unset = UNSET
    web_bg_width: float | Unset = UNSET
    web_bg_height: float | Unset = UNSET
    color: None | str | Unset = UNSET
    result_people_url: None | str | Unset = UNSET
    result_bg_url: None | str | Unset = UNSET
    replace_bg_id: None | str | Unset = UNSET
    custom_backs_id: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    diff_s: float | Unset = UNSET
    current_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        title = self.title

        process = self.process

        result = self.result

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        anchor_id = self.anchor_id

        anchor_type: int | str | Unset
        if isinstance(self.anchor_type, Unset):
            anchor_type = UNSET
        else:
            anchor_type = self.anchor_type

        web_bg_width = self.web_bg_width

        web_bg_height = self.web_bg_height

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        result_people_url: None | str | Unset
        if isinstance(self.result_people_url, Unset):
            result_people_url = UNSET
        else:
            result_people_url = self.result_people_url

        result_bg_url: None | str | Unset
        if isinstance(self.result_bg_url, Unset):
            result_bg_url = UNSET
        else:
            result_bg_url = self.result_bg_url

        replace_bg_id: None | str | Unset
        if isinstance(self.replace_bg_id, Unset):
            replace_bg_id = UNSET
        else:
            replace_bg_id = self.replace_bg_id

        custom_backs_id: None | str | Unset
        if isinstance(self.custom_backs_id, Unset):
            custom_backs_id = UNSET
        else:
            custom_backs_id = self.custom_backs_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        diff_s = self.diff_s

        current_date = self.current_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if process is not UNSET:
            field_dict["process"] = process
        if result is not UNSET:
            field_dict["result"] = result
        if msg is not UNSET:
            field_dict["msg"] = msg
        if anchor_id is not UNSET:
            field_dict["anchor_id"] = anchor_id
        if anchor_type is not UNSET:
            field_dict["anchor_type"] = anchor_type
        if web_bg_width is not UNSET:
            field_dict["web_bg_width"] = web_bg_width
        if web_bg_height is not UNSET:
            field_dict["web_bg_height"] = web_bg_height
        if color is not UNSET:
            field_dict["color"] = color
        if result_people_url is not UNSET:
            field_dict["result_people_url"] = result_people_url
        if result_bg_url is not UNSET:
            field_dict["result_bg_url"] = result_bg_url
        if replace_bg_id is not UNSET:
            field_dict["replace_bg_id"] = replace_bg_id
        if custom_backs_id is not UNSET:
            field_dict["custom_backs_id"] = custom_backs_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if diff_s is not UNSET:
            field_dict["diff_s"] = diff_s
        if current_date is not UNSET:
            field_dict["current_date"] = current_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        status = check_avatar_video_status(d.pop("status"))

        title = d.pop("title", UNSET)

        process = d.pop("process", UNSET)

        result = d.pop("result", UNSET)

        def _parse_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        anchor_id = d.pop("anchor_id", UNSET)

        def _parse_anchor_type(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        anchor_type = _parse_anchor_type(d.pop("anchor_type", UNSET))

        web_bg_width = d.pop("web_bg_width", UNSET)

        web_bg_height = d.pop("web_bg_height", UNSET)

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_result_people_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_people_url = _parse_result_people_url(d.pop("result_people_url", UNSET))

        def _parse_result_bg_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_bg_url = _parse_result_bg_url(d.pop("result_bg_url", UNSET))

        def _parse_replace_bg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replace_bg_id = _parse_replace_bg_id(d.pop("replace_bg_id", UNSET))

        def _parse_custom_backs_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_backs_id = _parse_custom_backs_id(d.pop("custom_backs_id", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        diff_s = d.pop("diff_s", UNSET)

        current_date = d.pop("current_date", UNSET)

        avatar_video = cls(
            id=id,
            status=status,
            title=title,
            process=process,
            result=result,
            msg=msg,
            anchor_id=anchor_id,
            anchor_type=anchor_type,
            web_bg_width=web_bg_width,
            web_bg_height=web_bg_height,
            color=color,
            result_people_url=result_people_url,
            result_bg_url=result_bg_url,
            replace_bg_id=replace_bg_id,
            custom_backs_id=custom_backs_id,
            created_at=created_at,
            diff_s=diff_s,
            current_date=current_date,
        )

        avatar_video.additional_properties = d
        return avatar_video

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
