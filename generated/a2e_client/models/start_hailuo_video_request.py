from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_hailuo_video_request_duration import (
    StartHailuoVideoRequestDuration,
    check_start_hailuo_video_request_duration,
)
from ..models.start_hailuo_video_request_resolution import (
    StartHailuoVideoRequestResolution,
    check_start_hailuo_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartHailuoVideoRequest")


@_attrs_define(kw_only=True)
class StartHailuoVideoRequest:
    """
    Attributes:
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        prompt (str | Unset): What the video should show; A2E's text calls it required.
        image_urls (list[str] | Unset): Addresses of the source images; A2E's text asks for at least one (or
            `image_url`).
        image_url (str | Unset): A single source image, instead of `image_urls`.
        resolution (StartHailuoVideoRequestResolution | Unset): Output resolution; 1080P is not offered for 10-second
            videos. A2E's default: '768P'.
        duration (StartHailuoVideoRequestDuration | Unset): Length of the video in seconds, sent as a string. A2E's
            default: '6'.
    """

    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    image_url: str | Unset = UNSET
    resolution: StartHailuoVideoRequestResolution | Unset = UNSET
    duration: StartHailuoVideoRequestDuration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_url = self.image_url

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        image_url = d.pop("image_url", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: StartHailuoVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_hailuo_video_request_resolution(_resolution)

        _duration = d.pop("duration", UNSET)
        duration: StartHailuoVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_start_hailuo_video_request_duration(_duration)

        start_hailuo_video_request = cls(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            image_urls=image_urls,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
        )

        start_hailuo_video_request.additional_properties = d
        return start_hailuo_video_request

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
