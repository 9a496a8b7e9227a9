from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VeoVideo1080P")


@_attrs_define(kw_only=True)
class VeoVideo1080P:
    """The 1080p rendition of a Veo video. Inferred; A2E publishes no schema for it.

    Attributes:
        result_url (str | Unset): Address of the 1080p video file.
    """

    result_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_url = self.result_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_url is not UNSET:
            field_dict["result_url"] = result_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_url = d.pop("result_url", UNSET)

        veo_video_1080p = cls(
            result_url=result_url,
        )

        veo_video_1080p.additional_properties = d
        return veo_video_1080p

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
