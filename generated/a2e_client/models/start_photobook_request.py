from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_photobook_request_total_count import (
    StartPhotobookRequestTotalCount,
    check_start_photobook_request_total_count,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartPhotobookRequest")


@_attrs_define(kw_only=True)
class StartPhotobookRequest:
    """
    Attributes:
        face_image_url (str): Address of a photo showing the face to use.
        name (str | Unset): A label for the photobook, chosen by the caller.
        location (str | Unset): Describes the setting of the photos.
        clothing (str | Unset): Describes what the person wears.
        total_count (StartPhotobookRequestTotalCount | Unset): Number of photos to make. A2E's default: 4.
    """

    face_image_url: str
    name: str | Unset = UNSET
    location: str | Unset = UNSET
    clothing: str | Unset = UNSET
    total_count: StartPhotobookRequestTotalCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        face_image_url = self.face_image_url

        name = self.name

        location = self.location

        clothing = self.clothing

        total_count: int | Unset = UNSET
        if not isinstance(self.total_count, Unset):
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "face_image_url": face_image_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if location is not UNSET:
            field_dict["location"] = location
        if clothing is not UNSET:
            field_dict["clothing"] = clothing
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        face_image_url = required_value(
            d.pop("face_image_url"), "str", "face_image_url"
        )

        name = d.pop("name", UNSET)

        location = d.pop("location", UNSET)

        clothing = d.pop("clothing", UNSET)

        _total_count = d.pop("total_count", UNSET)
        total_count: StartPhotobookRequestTotalCount | Unset
        if isinstance(_total_count, Unset):
            total_count = UNSET
        else:
            total_count = check_start_photobook_request_total_count(_total_count)

        start_photobook_request = cls(
            face_image_url=face_image_url,
            name=name,
            location=location,
            clothing=clothing,
            total_count=total_count,
        )

        start_photobook_request.additional_properties = d
        return start_photobook_request

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
