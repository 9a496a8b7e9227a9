from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_kling_video_request_aspect_ratio import (
    StartKlingVideoRequestAspectRatio,
    check_start_kling_video_request_aspect_ratio,
)
from ..models.start_kling_video_request_character_orientation import (
    StartKlingVideoRequestCharacterOrientation,
    check_start_kling_video_request_character_orientation,
)
from ..models.start_kling_video_request_duration import (
    StartKlingVideoRequestDuration,
    check_start_kling_video_request_duration,
)
from ..models.start_kling_video_request_mode import (
    StartKlingVideoRequestMode,
    check_start_kling_video_request_mode,
)
from ..models.start_kling_video_request_model_version import (
    StartKlingVideoRequestModelVersion,
    check_start_kling_video_request_model_version,
)
from ..models.start_kling_video_request_quality_mode import (
    StartKlingVideoRequestQualityMode,
    check_start_kling_video_request_quality_mode,
)
from ..models.start_kling_video_request_resolution import (
    StartKlingVideoRequestResolution,
    check_start_kling_video_request_resolution,
)
from ..models.start_kling_video_request_version import (
    StartKlingVideoRequestVersion,
    check_start_kling_video_request_version,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartKlingVideoRequest")


@_attrs_define(kw_only=True)
class StartKlingVideoRequest:
    """
    Attributes:
        mode (StartKlingVideoRequestMode): What the video is made from.
        prompt (str): What the video should show.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        version (StartKlingVideoRequestVersion | Unset): Kling version; 2.6 allows 5 or 10 seconds, 3.0 from 3 to 15.
            A2E's default: '2.6'.
        model_version (StartKlingVideoRequestModelVersion | Unset): Variant of version 3.0. A2E's default: 'standard'.
        resolution (StartKlingVideoRequestResolution | Unset): Output size, for the fast variant. A2E's default: '720p'.
        quality_mode (StartKlingVideoRequestQualityMode | Unset): Quality tier. A2E's default: 'std'.
        duration (StartKlingVideoRequestDuration | Unset): Length in seconds, within what the chosen version allows.
            A2E's default: '5'.
        image_url (str | Unset): The image to animate; needed for image-to-video and motion-control.
        video_url (str | Unset): The video whose movement is copied; needed for motion-control.
        aspect_ratio (StartKlingVideoRequestAspectRatio | Unset): Shape of the video; used by text-to-video only. A2E's
            default: '16:9'.
        sound (bool | Unset): Whether to generate a soundtrack with the video. A2E's default: False.
        end_image_url (str | Unset): Image the video should end on; image-to-video with the pro tier only.
        character_orientation (StartKlingVideoRequestCharacterOrientation | Unset): For motion-control, whether the
            character faces as in the video or as in the image. A2E's default: 'video'.
        negative_prompt (str | Unset): What the video should avoid.
        seed (float | Unset): Random seed, to make a result repeatable.
    """

    mode: StartKlingVideoRequestMode
    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    version: StartKlingVideoRequestVersion | Unset = UNSET
    model_version: StartKlingVideoRequestModelVersion | Unset = UNSET
    resolution: StartKlingVideoRequestResolution | Unset = UNSET
    quality_mode: StartKlingVideoRequestQualityMode | Unset = UNSET
    duration: StartKlingVideoRequestDuration | Unset = UNSET
    image_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    aspect_ratio: StartKlingVideoRequestAspectRatio | Unset = UNSET
    sound: bool | Unset = UNSET
    end_image_url: str | Unset = UNSET
    character_orientation: StartKlingVideoRequestCharacterOrientation | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    seed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        quality_mode: str | Unset = UNSET
        if not isinstance(self.quality_mode, Unset):
            quality_mode = self.quality_mode

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        image_url = self.image_url

        video_url = self.video_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound = self.sound

        end_image_url = self.end_image_url

        character_orientation: str | Unset = UNSET
        if not isinstance(self.character_orientation, Unset):
            character_orientation = self.character_orientation

        negative_prompt = self.negative_prompt

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if version is not UNSET:
            field_dict["version"] = version
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if quality_mode is not UNSET:
            field_dict["quality_mode"] = quality_mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["sound"] = sound
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if character_orientation is not UNSET:
            field_dict["character_orientation"] = character_orientation
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_start_kling_video_request_mode(d.pop("mode"))

        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _version = d.pop("version", UNSET)
        version: StartKlingVideoRequestVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_start_kling_video_request_version(_version)

        _model_version = d.pop("model_version", UNSET)
        model_version: StartKlingVideoRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_start_kling_video_request_model_version(
                _model_version
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: StartKlingVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_kling_video_request_resolution(_resolution)

        _quality_mode = d.pop("quality_mode", UNSET)
        quality_mode: StartKlingVideoRequestQualityMode | Unset
        if isinstance(_quality_mode, Unset):
            quality_mode = UNSET
        else:
            quality_mode = check_start_kling_video_request_quality_mode(_quality_mode)

        _duration = d.pop("duration", UNSET)
        duration: StartKlingVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_start_kling_video_request_duration(_duration)

        image_url = d.pop("image_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartKlingVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_kling_video_request_aspect_ratio(_aspect_ratio)

        sound = d.pop("sound", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        _character_orientation = d.pop("character_orientation", UNSET)
        character_orientation: StartKlingVideoRequestCharacterOrientation | Unset
        if isinstance(_character_orientation, Unset):
            character_orientation = UNSET
        else:
            character_orientation = (
                check_start_kling_video_request_character_orientation(
                    _character_orientation
                )
            )

        negative_prompt = d.pop("negative_prompt", UNSET)

        seed = d.pop("seed", UNSET)

        start_kling_video_request = cls(
            mode=mode,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            version=version,
            model_version=model_version,
            resolution=resolution,
            quality_mode=quality_mode,
            duration=duration,
            image_url=image_url,
            video_url=video_url,
            aspect_ratio=aspect_ratio,
            sound=sound,
            end_image_url=end_image_url,
            character_orientation=character_orientation,
            negative_prompt=negative_prompt,
            seed=seed,
        )

        start_kling_video_request.additional_properties = d
        return start_kling_video_request

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
