from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="AddBackgroundRequest")


@_attrs_define(kw_only=True)
class AddBackgroundRequest:
    """
    Attributes:
        img_url (str): Address of the image to add.
        name (str | Unset): A name for the background.
    """

    img_url: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        img_url = self.img_url

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "img_url": img_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        img_url = required_value(d.pop("img_url"), "str", "img_url")

        name = d.pop("name", UNSET)

        add_background_request = cls(
            img_url=img_url,
            name=name,
        )

        add_background_request.additional_properties = d
        return add_background_request

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
