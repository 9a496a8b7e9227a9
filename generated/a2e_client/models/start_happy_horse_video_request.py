from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_happy_horse_video_request_audio_setting import (
    StartHappyHorseVideoRequestAudioSetting,
    check_start_happy_horse_video_request_audio_setting,
)
from ..models.start_happy_horse_video_request_duration import (
    StartHappyHorseVideoRequestDuration,
    check_start_happy_horse_video_request_duration,
)
from ..models.start_happy_horse_video_request_mode import (
    StartHappyHorseVideoRequestMode,
    check_start_happy_horse_video_request_mode,
)
from ..models.start_happy_horse_video_request_model_version import (
    StartHappyHorseVideoRequestModelVersion,
    check_start_happy_horse_video_request_model_version,
)
from ..models.start_happy_horse_video_request_ratio import (
    StartHappyHorseVideoRequestRatio,
    check_start_happy_horse_video_request_ratio,
)
from ..models.start_happy_horse_video_request_resolution import (
    StartHappyHorseVideoRequestResolution,
    check_start_happy_horse_video_request_resolution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartHappyHorseVideoRequest")


@_attrs_define(kw_only=True)
class StartHappyHorseVideoRequest:
    """
    Attributes:
        mode (StartHappyHorseVideoRequestMode): What to make: text to video, image to video, reference to video, or an
            edit of a video.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        model_version (StartHappyHorseVideoRequestModelVersion | Unset): HappyHorse version for t2v, i2v and r2v; video-
            edit always runs on 1.0. A2E's default: '1.0'.
        prompt (str | Unset): What the video shows; needed for t2v, r2v and video-edit.
        image_url (str | Unset): Image used as the first frame (i2v).
        reference_image_urls (list[str] | Unset): Reference image addresses: 1 to 9 for r2v, up to 5 for video-edit.
        edit_video_url (str | Unset): Address of the video to edit (video-edit).
        input_video_seconds (float | Unset): Length of the input video in seconds, used to estimate the credits.
        duration (StartHappyHorseVideoRequestDuration | Unset): Length in seconds: 5, 10 or 15 on version 1.0, any of 3
            to 15 on 1.1. A2E's default: '5'.
        resolution (StartHappyHorseVideoRequestResolution | Unset): Output resolution; 480P needs version 1.1. A2E's
            default: '720P'.
        ratio (StartHappyHorseVideoRequestRatio | Unset): Aspect ratio; applies to t2v and r2v only. A2E's default:
            '16:9'.
        audio_setting (StartHappyHorseVideoRequestAudioSetting | Unset): Sound of an edited video (video-edit only):
            generated, or kept from the input. A2E's default: 'auto'.
        seed (int | Unset): Fixes the randomness, to repeat a result.
        watermark (bool | Unset): Whether DashScope stamps its watermark. A2E's default: True.
        minor_suspected_skip (bool | Unset): Skip A2E's check for prompts that may involve minors. A2E's default: False.
    """

    mode: StartHappyHorseVideoRequestMode
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    model_version: StartHappyHorseVideoRequestModelVersion | Unset = UNSET
    prompt: str | Unset = UNSET
    image_url: str | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    edit_video_url: str | Unset = UNSET
    input_video_seconds: float | Unset = UNSET
    duration: StartHappyHorseVideoRequestDuration | Unset = UNSET
    resolution: StartHappyHorseVideoRequestResolution | Unset = UNSET
    ratio: StartHappyHorseVideoRequestRatio | Unset = UNSET
    audio_setting: StartHappyHorseVideoRequestAudioSetting | Unset = UNSET
    seed: int | Unset = UNSET
    watermark: bool | Unset = UNSET
    minor_suspected_skip: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        prompt = self.prompt

        image_url = self.image_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        edit_video_url = self.edit_video_url

        input_video_seconds = self.input_video_seconds

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        audio_setting: str | Unset = UNSET
        if not isinstance(self.audio_setting, Unset):
            audio_setting = self.audio_setting

        seed = self.seed

        watermark = self.watermark

        minor_suspected_skip = self.minor_suspected_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if edit_video_url is not UNSET:
            field_dict["edit_video_url"] = edit_video_url
        if input_video_seconds is not UNSET:
            field_dict["input_video_seconds"] = input_video_seconds
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if audio_setting is not UNSET:
            field_dict["audio_setting"] = audio_setting
        if seed is not UNSET:
            field_dict["seed"] = seed
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = check_start_happy_horse_video_request_mode(d.pop("mode"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _model_version = d.pop("model_version", UNSET)
        model_version: StartHappyHorseVideoRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_start_happy_horse_video_request_model_version(
                _model_version
            )

        prompt = d.pop("prompt", UNSET)

        image_url = d.pop("image_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        edit_video_url = d.pop("edit_video_url", UNSET)

        input_video_seconds = d.pop("input_video_seconds", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: StartHappyHorseVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_start_happy_horse_video_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: StartHappyHorseVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_happy_horse_video_request_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: StartHappyHorseVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_start_happy_horse_video_request_ratio(_ratio)

        _audio_setting = d.pop("audio_setting", UNSET)
        audio_setting: StartHappyHorseVideoRequestAudioSetting | Unset
        if isinstance(_audio_setting, Unset):
            audio_setting = UNSET
        else:
            audio_setting = check_start_happy_horse_video_request_audio_setting(
                _audio_setting
            )

        seed = d.pop("seed", UNSET)

        watermark = d.pop("watermark", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        start_happy_horse_video_request = cls(
            mode=mode,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            model_version=model_version,
            prompt=prompt,
            image_url=image_url,
            reference_image_urls=reference_image_urls,
            edit_video_url=edit_video_url,
            input_video_seconds=input_video_seconds,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            audio_setting=audio_setting,
            seed=seed,
            watermark=watermark,
            minor_suspected_skip=minor_suspected_skip,
        )

        start_happy_horse_video_request.additional_properties = d
        return start_happy_horse_video_request

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
