from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_seedance_video_request_aspect_ratio import (
    StartSeedanceVideoRequestAspectRatio,
    check_start_seedance_video_request_aspect_ratio,
)
from ..models.start_seedance_video_request_duration import (
    StartSeedanceVideoRequestDuration,
    check_start_seedance_video_request_duration,
)
from ..models.start_seedance_video_request_mode import (
    StartSeedanceVideoRequestMode,
    check_start_seedance_video_request_mode,
)
from ..models.start_seedance_video_request_resolution import (
    StartSeedanceVideoRequestResolution,
    check_start_seedance_video_request_resolution,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartSeedanceVideoRequest")


@_attrs_define(kw_only=True)
class StartSeedanceVideoRequest:
    """
    Attributes:
        prompt (str): What the video should show.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        mode (StartSeedanceVideoRequestMode | Unset): Prompt-only or animated from `image_url`; for a first-and-last-
            frame video use image-to-video and also send `end_image_url`. A2E's default: 'text-to-video'.
        image_url (str | Unset): Address of the first frame; needed for image-to-video.
        end_image_url (str | Unset): Address of the closing frame, for first-and-last-frame videos.
        duration (StartSeedanceVideoRequestDuration | Unset): Length of the video in seconds, sent as a string. A2E's
            default: '5'.
        aspect_ratio (StartSeedanceVideoRequestAspectRatio | Unset): Frame shape of the video. A2E's default: '16:9'.
        resolution (StartSeedanceVideoRequestResolution | Unset): Output resolution. A2E's default: '720p'.
        camera_fixed (bool | Unset): Keep the camera still instead of letting it move. A2E's default: False.
        generate_audio (bool | Unset): Also produce a soundtrack for the video. A2E's default: False.
    """

    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    mode: StartSeedanceVideoRequestMode | Unset = UNSET
    image_url: str | Unset = UNSET
    end_image_url: str | Unset = UNSET
    duration: StartSeedanceVideoRequestDuration | Unset = UNSET
    aspect_ratio: StartSeedanceVideoRequestAspectRatio | Unset = UNSET
    resolution: StartSeedanceVideoRequestResolution | Unset = UNSET
    camera_fixed: bool | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        image_url = self.image_url

        end_image_url = self.end_image_url

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        camera_fixed = self.camera_fixed

        generate_audio = self.generate_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if camera_fixed is not UNSET:
            field_dict["camera_fixed"] = camera_fixed
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: StartSeedanceVideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_start_seedance_video_request_mode(_mode)

        image_url = d.pop("image_url", UNSET)

        end_image_url = d.pop("end_image_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: StartSeedanceVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_start_seedance_video_request_duration(_duration)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartSeedanceVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_seedance_video_request_aspect_ratio(
                _aspect_ratio
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: StartSeedanceVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_seedance_video_request_resolution(_resolution)

        camera_fixed = d.pop("camera_fixed", UNSET)

        generate_audio = d.pop("generate_audio", UNSET)

        start_seedance_video_request = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            image_url=image_url,
            end_image_url=end_image_url,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            camera_fixed=camera_fixed,
            generate_audio=generate_audio,
        )

        start_seedance_video_request.additional_properties = d
        return start_seedance_video_request

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
