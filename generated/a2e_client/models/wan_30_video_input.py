from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_30_video_media import Wan30VideoMedia


T = TypeVar("T", bound="Wan30VideoInput")


@_attrs_define(kw_only=True)
class Wan30VideoInput:
    """Prompt and media of a Wan 3.0 video.

    Attributes:
        prompt (str | Unset): What the video shows.
        media (list[Wan30VideoMedia] | Unset): Frames and references, as the mode needs.
    """

    prompt: str | Unset = UNSET
    media: list[Wan30VideoMedia] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = []
            for media_item_data in self.media:
                media_item = media_item_data.to_dict()
                media.append(media_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_30_video_media import Wan30VideoMedia  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt", UNSET)

        _media = d.pop("media", UNSET)
        media: list[Wan30VideoMedia] | Unset = UNSET
        if _media is not UNSET:
            media = []
            for media_item_data in _media:
                media_item = Wan30VideoMedia.from_dict(media_item_data)

                media.append(media_item)

        wan_30_video_input = cls(
            prompt=prompt,
            media=media,
        )

        wan_30_video_input.additional_properties = d
        return wan_30_video_input

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
