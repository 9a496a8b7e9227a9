from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="VoiceOption")


@_attrs_define(kw_only=True)
class VoiceOption:
    """A group of voices, or one voice when `children` is absent; `value` of a voice is its `tts_id`.

    Attributes:
        label (str): Name to show.
        value (str): Value to send back to A2E.
        children (list[VoiceOption] | Unset): Entries within this group.
    """

    label: str
    value: str
    children: list[VoiceOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        value = self.value

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "value": value,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = required_value(d.pop("label"), "str", "label")

        value = required_value(d.pop("value"), "str", "value")

        _children = d.pop("children", UNSET)
        children: list[VoiceOption] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = VoiceOption.from_dict(children_item_data)

                children.append(children_item)

        voice_option = cls(
            label=label,
            value=value,
            children=children,
        )

        voice_option.additional_properties = d
        return voice_option

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
