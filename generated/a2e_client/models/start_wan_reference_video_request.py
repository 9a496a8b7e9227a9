from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_wan_reference_video_request_aspect_ratio import (
    StartWanReferenceVideoRequestAspectRatio,
    check_start_wan_reference_video_request_aspect_ratio,
)
from ..models.start_wan_reference_video_request_duration import (
    StartWanReferenceVideoRequestDuration,
    check_start_wan_reference_video_request_duration,
)
from ..models.start_wan_reference_video_request_model import (
    StartWanReferenceVideoRequestModel,
    check_start_wan_reference_video_request_model,
)
from ..models.start_wan_reference_video_request_resolution import (
    StartWanReferenceVideoRequestResolution,
    check_start_wan_reference_video_request_resolution,
)
from ..models.start_wan_reference_video_request_shot_type import (
    StartWanReferenceVideoRequestShotType,
    check_start_wan_reference_video_request_shot_type,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartWanReferenceVideoRequest")


@_attrs_define(kw_only=True)
class StartWanReferenceVideoRequest:
    """
    Attributes:
        reference_urls (list[str]): Addresses of the reference images or clips, at most 5.
        prompt (str): What the video shows; call the references character1, character2 and so on.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        model (StartWanReferenceVideoRequestModel | Unset): Model; the flash one is faster and costs less. A2E's
            default: 'wan2.6-r2v-flash'.
        name (str | Unset): A name for the task, chosen by the caller.
        duration (StartWanReferenceVideoRequestDuration | Unset): Length in seconds. A2E's default: '5'.
        resolution (StartWanReferenceVideoRequestResolution | Unset): Output resolution. A2E's default: '720p'.
        aspect_ratio (StartWanReferenceVideoRequestAspectRatio | Unset): Aspect ratio of the video. A2E's default:
            '16:9'.
        shot_type (StartWanReferenceVideoRequestShotType | Unset): One continuous shot, or several. A2E's default:
            'single'.
        audio (bool | Unset): Whether the video gets a soundtrack. A2E's default: True.
    """

    reference_urls: list[str]
    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    model: StartWanReferenceVideoRequestModel | Unset = UNSET
    name: str | Unset = UNSET
    duration: StartWanReferenceVideoRequestDuration | Unset = UNSET
    resolution: StartWanReferenceVideoRequestResolution | Unset = UNSET
    aspect_ratio: StartWanReferenceVideoRequestAspectRatio | Unset = UNSET
    shot_type: StartWanReferenceVideoRequestShotType | Unset = UNSET
    audio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_urls = self.reference_urls

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        name = self.name

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_urls": reference_urls,
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_urls = cast(list[str], d.pop("reference_urls"))

        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _model = d.pop("model", UNSET)
        model: StartWanReferenceVideoRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_wan_reference_video_request_model(_model)

        name = d.pop("name", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: StartWanReferenceVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_start_wan_reference_video_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: StartWanReferenceVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_wan_reference_video_request_resolution(_resolution)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartWanReferenceVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_wan_reference_video_request_aspect_ratio(
                _aspect_ratio
            )

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: StartWanReferenceVideoRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_start_wan_reference_video_request_shot_type(_shot_type)

        audio = d.pop("audio", UNSET)

        start_wan_reference_video_request = cls(
            reference_urls=reference_urls,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            name=name,
            duration=duration,
            resolution=resolution,
            aspect_ratio=aspect_ratio,
            shot_type=shot_type,
            audio=audio,
        )

        start_wan_reference_video_request.additional_properties = d
        return start_wan_reference_video_request

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
