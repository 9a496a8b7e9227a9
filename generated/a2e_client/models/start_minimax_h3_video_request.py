from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_minimax_h3_video_request_aspect_ratio import (
    StartMinimaxH3VideoRequestAspectRatio,
    check_start_minimax_h3_video_request_aspect_ratio,
)
from ..models.start_minimax_h3_video_request_mode import (
    StartMinimaxH3VideoRequestMode,
    check_start_minimax_h3_video_request_mode,
)
from ..models.start_minimax_h3_video_request_resolution import (
    StartMinimaxH3VideoRequestResolution,
    check_start_minimax_h3_video_request_resolution,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartMinimaxH3VideoRequest")


@_attrs_define(kw_only=True)
class StartMinimaxH3VideoRequest:
    """
    Attributes:
        prompt (str): What the video should show.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        mode (StartMinimaxH3VideoRequestMode | Unset): How the video is built: from the prompt, from a first frame, or
            from reference media. A2E's default: 'text-to-video'.
        first_frame_url (str | Unset): Address of the opening frame; needed for image-to-video.
        last_frame_url (str | Unset): Address of the closing frame (image-to-video only).
        reference_image_urls (list[str] | Unset): Reference images for reference-to-video.
        reference_video_urls (list[str] | Unset): Reference videos for reference-to-video.
        reference_audio_urls (list[str] | Unset): Reference audio for reference-to-video.
        resolution (StartMinimaxH3VideoRequestResolution | Unset): Output resolution. A2E's default: '2K'.
        duration (str | Unset): Length of the video in seconds, 4 to 15. A2E's schema types it as a string while its
            notes speak of whole seconds. A2E's default: '12'.
        aspect_ratio (StartMinimaxH3VideoRequestAspectRatio | Unset): Frame shape; ignored for image-to-video, and
            `adaptive` only applies to reference-to-video.
    """

    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    mode: StartMinimaxH3VideoRequestMode | Unset = UNSET
    first_frame_url: str | Unset = UNSET
    last_frame_url: str | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    reference_video_urls: list[str] | Unset = UNSET
    reference_audio_urls: list[str] | Unset = UNSET
    resolution: StartMinimaxH3VideoRequestResolution | Unset = UNSET
    duration: str | Unset = UNSET
    aspect_ratio: StartMinimaxH3VideoRequestAspectRatio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        first_frame_url = self.first_frame_url

        last_frame_url = self.last_frame_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_video_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_video_urls, Unset):
            reference_video_urls = self.reference_video_urls

        reference_audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_audio_urls, Unset):
            reference_audio_urls = self.reference_audio_urls

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_video_urls is not UNSET:
            field_dict["reference_video_urls"] = reference_video_urls
        if reference_audio_urls is not UNSET:
            field_dict["reference_audio_urls"] = reference_audio_urls
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: StartMinimaxH3VideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_start_minimax_h3_video_request_mode(_mode)

        first_frame_url = d.pop("first_frame_url", UNSET)

        last_frame_url = d.pop("last_frame_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        reference_video_urls = cast(list[str], d.pop("reference_video_urls", UNSET))

        reference_audio_urls = cast(list[str], d.pop("reference_audio_urls", UNSET))

        _resolution = d.pop("resolution", UNSET)
        resolution: StartMinimaxH3VideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_minimax_h3_video_request_resolution(_resolution)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartMinimaxH3VideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_minimax_h3_video_request_aspect_ratio(
                _aspect_ratio
            )

        start_minimax_h3_video_request = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_image_urls=reference_image_urls,
            reference_video_urls=reference_video_urls,
            reference_audio_urls=reference_audio_urls,
            resolution=resolution,
            duration=duration,
            aspect_ratio=aspect_ratio,
        )

        start_minimax_h3_video_request.additional_properties = d
        return start_minimax_h3_video_request

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
