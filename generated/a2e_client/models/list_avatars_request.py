from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAvatarsRequest")


@_attrs_define(kw_only=True)
class ListAvatarsRequest:
    """
    Attributes:
        type_ (str | Unset): custom for the caller's avatars, default for public ones.
        user_video_twin_id (str | Unset): Only avatars made by this avatar training.
    """

    type_: str | Unset = UNSET
    user_video_twin_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        user_video_twin_id = self.user_video_twin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_video_twin_id is not UNSET:
            field_dict["user_video_twin_id"] = user_video_twin_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        user_video_twin_id = d.pop("user_video_twin_id", UNSET)

        list_avatars_request = cls(
            type_=type_,
            user_video_twin_id=user_video_twin_id,
        )

        list_avatars_request.additional_properties = d
        return list_avatars_request

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
