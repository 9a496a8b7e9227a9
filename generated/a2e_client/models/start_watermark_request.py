from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartWatermarkRequest")


@_attrs_define(kw_only=True)
class StartWatermarkRequest:
    """
    Attributes:
        media_url (str): Address of the video or image to mark.
        watermark_type (str | Unset): text, or image (image marks are unverified: one program sends them with
            watermark_image_url).
        text (str | Unset): The text of the mark.
        watermark_image_url (str | Unset): Address of the image to use as the mark, with watermark_type image.
            Unverified: only one program sends it; A2E documents text marks.
        fontsize (int | Unset): Font size in pixels.
        fontcolor (list[int] | Unset): Red, green, blue and alpha, 0 to 255.
        position (str | Unset): Where the mark goes, such as bottom_right.
        scale_ratio (float | Unset): Scale of the mark.
        to_720p (bool | Unset): Also scale the media down to 720p.
    """

    media_url: str
    watermark_type: str | Unset = UNSET
    text: str | Unset = UNSET
    watermark_image_url: str | Unset = UNSET
    fontsize: int | Unset = UNSET
    fontcolor: list[int] | Unset = UNSET
    position: str | Unset = UNSET
    scale_ratio: float | Unset = UNSET
    to_720p: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_url = self.media_url

        watermark_type = self.watermark_type

        text = self.text

        watermark_image_url = self.watermark_image_url

        fontsize = self.fontsize

        fontcolor: list[int] | Unset = UNSET
        if not isinstance(self.fontcolor, Unset):
            fontcolor = self.fontcolor

        position = self.position

        scale_ratio = self.scale_ratio

        to_720p = self.to_720p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_url": media_url,
            }
        )
        if watermark_type is not UNSET:
            field_dict["watermark_type"] = watermark_type
        if text is not UNSET:
            field_dict["text"] = text
        if watermark_image_url is not UNSET:
            field_dict["watermark_image_url"] = watermark_image_url
        if fontsize is not UNSET:
            field_dict["fontsize"] = fontsize
        if fontcolor is not UNSET:
            field_dict["fontcolor"] = fontcolor
        if position is not UNSET:
            field_dict["position"] = position
        if scale_ratio is not UNSET:
            field_dict["scale_ratio"] = scale_ratio
        if to_720p is not UNSET:
            field_dict["to_720p"] = to_720p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_url = required_value(d.pop("media_url"), "str", "media_url")

        watermark_type = d.pop("watermark_type", UNSET)

        text = d.pop("text", UNSET)

        watermark_image_url = d.pop("watermark_image_url", UNSET)

        fontsize = d.pop("fontsize", UNSET)

        fontcolor = cast(list[int], d.pop("fontcolor", UNSET))

        position = d.pop("position", UNSET)

        scale_ratio = d.pop("scale_ratio", UNSET)

        to_720p = d.pop("to_720p", UNSET)

        start_watermark_request = cls(
            media_url=media_url,
            watermark_type=watermark_type,
            text=text,
            watermark_image_url=watermark_image_url,
            fontsize=fontsize,
            fontcolor=fontcolor,
            position=position,
            scale_ratio=scale_ratio,
            to_720p=to_720p,
        )

        start_watermark_request.additional_properties = d
        return start_watermark_request

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
