from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListLanguagesRequest")


@_attrs_define(kw_only=True)
class ListLanguagesRequest:
    """
    Attributes:
        voice_map_type (str | Unset): Locale to name the languages in, such as en-US.
    """

    voice_map_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_map_type = self.voice_map_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_map_type is not UNSET:
            field_dict["voice_map_type"] = voice_map_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_map_type = d.pop("voice_map_type", UNSET)

        list_languages_request = cls(
            voice_map_type=voice_map_type,
        )

        list_languages_request.additional_properties = d
        return list_languages_request

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
