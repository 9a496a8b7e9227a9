from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_sora_video_request_aspect_ratio import (
    StartSoraVideoRequestAspectRatio,
    check_start_sora_video_request_aspect_ratio,
)
from ..models.start_sora_video_request_duration_seconds import (
    StartSoraVideoRequestDurationSeconds,
    check_start_sora_video_request_duration_seconds,
)
from ..models.start_sora_video_request_model_type import (
    StartSoraVideoRequestModelType,
    check_start_sora_video_request_model_type,
)
from ..models.start_sora_video_request_quality import (
    StartSoraVideoRequestQuality,
    check_start_sora_video_request_quality,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartSoraVideoRequest")


@_attrs_define(kw_only=True)
class StartSoraVideoRequest:
    """
    Attributes:
        prompt (str): What the video should show.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        model_type (StartSoraVideoRequestModelType | Unset): Whether the video starts from the prompt alone or from the
            images in `image_urls`. A2E's default: 'image-to-video'.
        image_urls (list[str] | Unset): Addresses of the source images; needed when `model_type` is image-to-video.
        aspect_ratio (StartSoraVideoRequestAspectRatio | Unset): Orientation of the video. A2E's default: 'landscape'.
        duration_seconds (StartSoraVideoRequestDurationSeconds | Unset): Length of the video in seconds, sent as a
            string. A2E's default: '5'.
        quality (StartSoraVideoRequestQuality | Unset): Rendering quality tier. A2E's default: 'standard'.
    """

    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    model_type: StartSoraVideoRequestModelType | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    aspect_ratio: StartSoraVideoRequestAspectRatio | Unset = UNSET
    duration_seconds: StartSoraVideoRequestDurationSeconds | Unset = UNSET
    quality: StartSoraVideoRequestQuality | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration_seconds: str | Unset = UNSET
        if not isinstance(self.duration_seconds, Unset):
            duration_seconds = self.duration_seconds

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

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
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: StartSoraVideoRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_start_sora_video_request_model_type(_model_type)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartSoraVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_sora_video_request_aspect_ratio(_aspect_ratio)

        _duration_seconds = d.pop("duration_seconds", UNSET)
        duration_seconds: StartSoraVideoRequestDurationSeconds | Unset
        if isinstance(_duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = check_start_sora_video_request_duration_seconds(
                _duration_seconds
            )

        _quality = d.pop("quality", UNSET)
        quality: StartSoraVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_start_sora_video_request_quality(_quality)

        start_sora_video_request = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            model_type=model_type,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            duration_seconds=duration_seconds,
            quality=quality,
        )

        start_sora_video_request.additional_properties = d
        return start_sora_video_request

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
