from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quick_add_avatar_request_gender import (
    QuickAddAvatarRequestGender,
    check_quick_add_avatar_request_gender,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="QuickAddAvatarRequest")


@_attrs_define(kw_only=True)
class QuickAddAvatarRequest:
    """
    Attributes:
        id (str): A completed text-to-image task.
        gender (QuickAddAvatarRequestGender | Unset): Gender of the person in the image.
    """

    id: str
    gender: QuickAddAvatarRequestGender | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        _gender = d.pop("gender", UNSET)
        gender: QuickAddAvatarRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_quick_add_avatar_request_gender(_gender)

        quick_add_avatar_request = cls(
            id=id,
            gender=gender,
        )

        quick_add_avatar_request.additional_properties = d
        return quick_add_avatar_request

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
