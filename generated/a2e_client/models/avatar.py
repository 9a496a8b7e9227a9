from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="Avatar")


@_attrs_define(kw_only=True)
class Avatar:
    """An avatar usable in generateAvatarVideo (its `_id` is the `anchor_id`).

    Attributes:
        id (str): A2E's id of this record.
        type_ (str | Unset): custom (the caller's) or default (public).
        name (str | Unset): The name given when the task was started.
        video_cover (str | Unset): Cover image of the avatar.
        base_video (str | Unset): Video the avatar was made from.
        people_img (str | Unset): Image of the person.
        user_video_twin_id (str | Unset): The avatar training that made it.
        anchor_type (int | str | Unset): The kind of avatar, as one public client reads it (unverified; its values are
            not documented).
        created_at (datetime.datetime | Unset): When the record was created.
    """

    id: str
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    video_cover: str | Unset = UNSET
    base_video: str | Unset = UNSET
    people_img: str | Unset = UNSET
    user_video_twin_id: str | Unset = UNSET
    anchor_type: int | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        video_cover = self.video_cover

        base_video = self.base_video

        people_img = self.people_img

        user_video_twin_id = self.user_video_twin_id

        anchor_type: int | str | Unset
        if isinstance(self.anchor_type, Unset):
            anchor_type = UNSET
        else:
            anchor_type = self.anchor_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if video_cover is not UNSET:
            field_dict["video_cover"] = video_cover
        if base_video is not UNSET:
            field_dict["base_video"] = base_video
        if people_img is not UNSET:
            field_dict["people_img"] = people_img
        if user_video_twin_id is not UNSET:
            field_dict["user_video_twin_id"] = user_video_twin_id
        if anchor_type is not UNSET:
            field_dict["anchor_type"] = anchor_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        video_cover = d.pop("video_cover", UNSET)

        base_video = d.pop("base_video", UNSET)

        people_img = d.pop("people_img", UNSET)

        user_video_twin_id = d.pop("user_video_twin_id", UNSET)

        def _parse_anchor_type(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        anchor_type = _parse_anchor_type(d.pop("anchor_type", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        avatar = cls(
            id=id,
            type_=type_,
            name=name,
            video_cover=video_cover,
            base_video=base_video,
            people_img=people_img,
            user_video_twin_id=user_video_twin_id,
            anchor_type=anchor_type,
            created_at=created_at,
        )

        avatar.additional_properties = d
        return avatar

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
