from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_grok_video_request_aspect_ratio import (
    StartGrokVideoRequestAspectRatio,
    check_start_grok_video_request_aspect_ratio,
)
from ..models.start_grok_video_request_duration import (
    StartGrokVideoRequestDuration,
    check_start_grok_video_request_duration,
)
from ..models.start_grok_video_request_mode import (
    StartGrokVideoRequestMode,
    check_start_grok_video_request_mode,
)
from ..models.start_grok_video_request_model_type import (
    StartGrokVideoRequestModelType,
    check_start_grok_video_request_model_type,
)
from ..models.start_grok_video_request_model_version import (
    StartGrokVideoRequestModelVersion,
    check_start_grok_video_request_model_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartGrokVideoRequest")


@_attrs_define(kw_only=True)
class StartGrokVideoRequest:
    """
    Attributes:
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        model_type (StartGrokVideoRequestModelType | Unset): Whether the video comes from the prompt or from reference
            images. A2E's default: 'text-to-video'.
        model_version (StartGrokVideoRequestModelVersion | Unset): Grok model version; 1.5 is for image-to-video only.
            A2E's default: 'legacy'.
        prompt (str | Unset): What the video should show; needed for text-to-video.
        mode (StartGrokVideoRequestMode | Unset): Style of the result. A2E's default: 'normal'.
        image_urls (list[str] | Unset): Addresses of the reference images, for image-to-video.
        image_url (str | Unset): One more reference image address; A2E puts it in front of image_urls.
        aspect_ratio (StartGrokVideoRequestAspectRatio | Unset): Shape of the video. A2E's default: '16:9'.
        duration (StartGrokVideoRequestDuration | Unset): Length in seconds. A2E's default: '6'.
        nsfw_checker (bool | Unset): Run an additional NSFW check on the request (Grok 1.5). A2E's default: False.
    """

    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    model_type: StartGrokVideoRequestModelType | Unset = UNSET
    model_version: StartGrokVideoRequestModelVersion | Unset = UNSET
    prompt: str | Unset = UNSET
    mode: StartGrokVideoRequestMode | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    image_url: str | Unset = UNSET
    aspect_ratio: StartGrokVideoRequestAspectRatio | Unset = UNSET
    duration: StartGrokVideoRequestDuration | Unset = UNSET
    nsfw_checker: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        prompt = self.prompt

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        image_url = self.image_url

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        nsfw_checker = self.nsfw_checker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if mode is not UNSET:
            field_dict["mode"] = mode
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if nsfw_checker is not UNSET:
            field_dict["nsfw_checker"] = nsfw_checker

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: StartGrokVideoRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_start_grok_video_request_model_type(_model_type)

        _model_version = d.pop("model_version", UNSET)
        model_version: StartGrokVideoRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_start_grok_video_request_model_version(_model_version)

        prompt = d.pop("prompt", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: StartGrokVideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_start_grok_video_request_mode(_mode)

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        image_url = d.pop("image_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartGrokVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_grok_video_request_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: StartGrokVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_start_grok_video_request_duration(_duration)

        nsfw_checker = d.pop("nsfw_checker", UNSET)

        start_grok_video_request = cls(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            model_type=model_type,
            model_version=model_version,
            prompt=prompt,
            mode=mode,
            image_urls=image_urls,
            image_url=image_url,
            aspect_ratio=aspect_ratio,
            duration=duration,
            nsfw_checker=nsfw_checker,
        )

        start_grok_video_request.additional_properties = d
        return start_grok_video_request

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
