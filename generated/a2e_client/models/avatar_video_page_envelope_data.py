from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar_video import AvatarVideo


T = TypeVar("T", bound="AvatarVideoPageEnvelopeData")


@_attrs_define(kw_only=True)
class AvatarVideoPageEnvelopeData:
    """One page of videos, in A2E's older paging shape.

    Attributes:
        data (list[AvatarVideo]):
        current (int | Unset):
        total (int | Unset):
        success (bool | Unset):
    """

    data: list[AvatarVideo]
    current: int | Unset = UNSET
    total: int | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        current = self.current

        total = self.total

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if current is not UNSET:
            field_dict["current"] = current
        if total is not UNSET:
            field_dict["total"] = total
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar_video import AvatarVideo  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = AvatarVideo.from_dict(data_item_data)

            data.append(data_item)

        current = d.pop("current", UNSET)

        total = d.pop("total", UNSET)

        success = d.pop("success", UNSET)

        avatar_video_page_envelope_data = cls(
            data=data,
            current=current,
            total=total,
            success=success,
        )

        avatar_video_page_envelope_data.additional_properties = d
        return avatar_video_page_envelope_data

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
