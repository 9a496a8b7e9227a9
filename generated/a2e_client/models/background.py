from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="Background")


@_attrs_define(kw_only=True)
class Background:
    """A background image; its `_id` goes to generateAvatarVideo as `custom_back_id` (or `back_id` for public ones).

    Attributes:
        id (str): A2E's id of this record.
        img_url (str | Unset): Address of the image.
        name (str | Unset): The name given when the task was started.
        type_ (str | Unset): Kind of record.
        created_at (datetime.datetime | Unset): When the record was created.
    """

    id: str
    img_url: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        img_url = self.img_url

        name = self.name

        type_ = self.type_

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
        if img_url is not UNSET:
            field_dict["img_url"] = img_url
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        img_url = d.pop("img_url", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        background = cls(
            id=id,
            img_url=img_url,
            name=name,
            type_=type_,
            created_at=created_at,
        )

        background.additional_properties = d
        return background

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
