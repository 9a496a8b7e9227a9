from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wan_30_video_parameters_ratio import (
    Wan30VideoParametersRatio,
    check_wan_30_video_parameters_ratio,
)
from ..models.wan_30_video_parameters_resolution import (
    Wan30VideoParametersResolution,
    check_wan_30_video_parameters_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan30VideoParameters")


@_attrs_define(kw_only=True)
class Wan30VideoParameters:
    """Output settings of a Wan 3.0 video.

    Attributes:
        resolution (Wan30VideoParametersResolution | Unset): Output resolution. A2E's default: '1080P'.
        ratio (Wan30VideoParametersRatio | Unset): Aspect ratio; adaptive follows the input. A2E's default: 'adaptive'.
        duration (int | Unset): Length in seconds, 3 to 30, or -1 to let the model choose. A2E's default: 5.
        audio (bool | Unset): Whether the video gets a soundtrack. A2E's default: True.
        prompt_extend (bool | Unset): Let the model rewrite the prompt first. A2E's default: False.
        seed (int | Unset): Fixes the randomness, to repeat a result.
        watermark (bool | Unset): Whether the video carries a watermark. A2E's default: False.
    """

    resolution: Wan30VideoParametersResolution | Unset = UNSET
    ratio: Wan30VideoParametersRatio | Unset = UNSET
    duration: int | Unset = UNSET
    audio: bool | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    seed: int | Unset = UNSET
    watermark: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        duration = self.duration

        audio = self.audio

        prompt_extend = self.prompt_extend

        seed = self.seed

        watermark = self.watermark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if audio is not UNSET:
            field_dict["audio"] = audio
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if seed is not UNSET:
            field_dict["seed"] = seed
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resolution = d.pop("resolution", UNSET)
        resolution: Wan30VideoParametersResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_wan_30_video_parameters_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: Wan30VideoParametersRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_wan_30_video_parameters_ratio(_ratio)

        duration = d.pop("duration", UNSET)

        audio = d.pop("audio", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        seed = d.pop("seed", UNSET)

        watermark = d.pop("watermark", UNSET)

        wan_30_video_parameters = cls(
            resolution=resolution,
            ratio=ratio,
            duration=duration,
            audio=audio,
            prompt_extend=prompt_extend,
            seed=seed,
            watermark=watermark,
        )

        wan_30_video_parameters.additional_properties = d
        return wan_30_video_parameters

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
