from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_video_reference_media_type import (
    WanVideoReferenceMediaType,
    check_wan_video_reference_media_type,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="WanVideoReferenceMedia")


@_attrs_define(kw_only=True)
class WanVideoReferenceMedia:
    """One reference for Wan 2.7's reference_image mode.

    Attributes:
        type_ (WanVideoReferenceMediaType): Whether the reference is an image or a clip.
        url (str): Address of the reference.
        duration (float | Unset): Length of a reference clip in seconds.
    """

    type_: WanVideoReferenceMediaType
    url: str
    duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url = self.url

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_wan_video_reference_media_type(d.pop("type"))

        url = required_value(d.pop("url"), "str", "url")

        duration = d.pop("duration", UNSET)

        wan_video_reference_media = cls(
            type_=type_,
            url=url,
            duration=duration,
        )

        wan_video_reference_media.additional_properties = d
        return wan_video_reference_media

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
