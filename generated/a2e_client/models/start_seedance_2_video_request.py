from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_seedance_2_video_request_aspect_ratio import (
    StartSeedance2VideoRequestAspectRatio,
    check_start_seedance_2_video_request_aspect_ratio,
)
from ..models.start_seedance_2_video_request_mode import (
    StartSeedance2VideoRequestMode,
    check_start_seedance_2_video_request_mode,
)
from ..models.start_seedance_2_video_request_model_version import (
    StartSeedance2VideoRequestModelVersion,
    check_start_seedance_2_video_request_model_version,
)
from ..models.start_seedance_2_video_request_omni_reference_task_type import (
    StartSeedance2VideoRequestOmniReferenceTaskType,
    check_start_seedance_2_video_request_omni_reference_task_type,
)
from ..models.start_seedance_2_video_request_resolution import (
    StartSeedance2VideoRequestResolution,
    check_start_seedance_2_video_request_resolution,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartSeedance2VideoRequest")


@_attrs_define(kw_only=True)
class StartSeedance2VideoRequest:
    """
    Attributes:
        prompt (str): What the video should show.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        mode (StartSeedance2VideoRequestMode | Unset): How the video is built: from the prompt, from a first frame,
            between two frames, or from reference media. A2E's default: 'text-to-video'.
        model_version (StartSeedance2VideoRequestModelVersion | Unset): Seedance 2.0 tier (standard, mini, fast) or
            Seedance 2.5. A2E's default: 'standard'.
        omni_reference_task_type (StartSeedance2VideoRequestOmniReferenceTaskType | Unset): For 2.5 in reference mode:
            whether the reference media is used as a guide, edited, or extended.
        image_url (str | Unset): Address of the first frame, for image-to-video.
        first_frame_url (str | Unset): Address of the opening frame; needed for first-last-frames.
        last_frame_url (str | Unset): Address of the closing frame.
        reference_urls (list[str] | Unset): Reference images for reference mode (at most 9 on 2.0, 30 on 2.5).
        video_urls (list[str] | Unset): Reference videos (at most 3 on 2.0, 10 on 2.5).
        audio_urls (list[str] | Unset): Reference audio files (at most 3 on 2.0, 10 on 2.5).
        input_video_duration (float | Unset): The caller's estimate of the input video's length in seconds; A2E bills on
            the larger of this and what it measures.
        duration (int | Unset): Length of the video in seconds: 4 to 15 on 2.0, 4 to 30 on 2.5; -1 (2.5 edit) keeps the
            input's length. Values 0 to 3 are not accepted. A2E's default: 5.
        aspect_ratio (StartSeedance2VideoRequestAspectRatio | Unset): Frame shape of the video; `adaptive` follows the
            input media. A2E's default: '16:9'.
        resolution (StartSeedance2VideoRequestResolution | Unset): Output resolution; 4k is offered only by 2.0
            standard. A2E's default: '720p'.
        generate_audio (bool | Unset): Also produce a soundtrack (it counts toward the price). A2E's default: True.
        minor_suspected_skip (bool | Unset): Go ahead despite the soft 'suspected minor' block (error 1004); the hard
            block (1003) still applies. A2E's default: False.
    """

    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    mode: StartSeedance2VideoRequestMode | Unset = UNSET
    model_version: StartSeedance2VideoRequestModelVersion | Unset = UNSET
    omni_reference_task_type: (
        StartSeedance2VideoRequestOmniReferenceTaskType | Unset
    ) = UNSET
    image_url: str | Unset = UNSET
    first_frame_url: str | Unset = UNSET
    last_frame_url: str | Unset = UNSET
    reference_urls: list[str] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    audio_urls: list[str] | Unset = UNSET
    input_video_duration: float | Unset = UNSET
    duration: int | Unset = UNSET
    aspect_ratio: StartSeedance2VideoRequestAspectRatio | Unset = UNSET
    resolution: StartSeedance2VideoRequestResolution | Unset = UNSET
    generate_audio: bool | Unset = UNSET
    minor_suspected_skip: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        omni_reference_task_type: str | Unset = UNSET
        if not isinstance(self.omni_reference_task_type, Unset):
            omni_reference_task_type = self.omni_reference_task_type

        image_url = self.image_url

        first_frame_url = self.first_frame_url

        last_frame_url = self.last_frame_url

        reference_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_urls, Unset):
            reference_urls = self.reference_urls

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        audio_urls: list[str] | Unset = UNSET
        if not isinstance(self.audio_urls, Unset):
            audio_urls = self.audio_urls

        input_video_duration = self.input_video_duration

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        generate_audio = self.generate_audio

        minor_suspected_skip = self.minor_suspected_skip

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
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if omni_reference_task_type is not UNSET:
            field_dict["omni_reference_task_type"] = omni_reference_task_type
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if first_frame_url is not UNSET:
            field_dict["first_frame_url"] = first_frame_url
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if reference_urls is not UNSET:
            field_dict["reference_urls"] = reference_urls
        if video_urls is not UNSET:
            field_dict["video_urls"] = video_urls
        if audio_urls is not UNSET:
            field_dict["audio_urls"] = audio_urls
        if input_video_duration is not UNSET:
            field_dict["input_video_duration"] = input_video_duration
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: StartSeedance2VideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_start_seedance_2_video_request_mode(_mode)

        _model_version = d.pop("model_version", UNSET)
        model_version: StartSeedance2VideoRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_start_seedance_2_video_request_model_version(
                _model_version
            )

        _omni_reference_task_type = d.pop("omni_reference_task_type", UNSET)
        omni_reference_task_type: (
            StartSeedance2VideoRequestOmniReferenceTaskType | Unset
        )
        if isinstance(_omni_reference_task_type, Unset):
            omni_reference_task_type = UNSET
        else:
            omni_reference_task_type = (
                check_start_seedance_2_video_request_omni_reference_task_type(
                    _omni_reference_task_type
                )
            )

        image_url = d.pop("image_url", UNSET)

        first_frame_url = d.pop("first_frame_url", UNSET)

        last_frame_url = d.pop("last_frame_url", UNSET)

        reference_urls = cast(list[str], d.pop("reference_urls", UNSET))

        video_urls = cast(list[str], d.pop("video_urls", UNSET))

        audio_urls = cast(list[str], d.pop("audio_urls", UNSET))

        input_video_duration = d.pop("input_video_duration", UNSET)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartSeedance2VideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_seedance_2_video_request_aspect_ratio(
                _aspect_ratio
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: StartSeedance2VideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_seedance_2_video_request_resolution(_resolution)

        generate_audio = d.pop("generate_audio", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        start_seedance_2_video_request = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            mode=mode,
            model_version=model_version,
            omni_reference_task_type=omni_reference_task_type,
            image_url=image_url,
            first_frame_url=first_frame_url,
            last_frame_url=last_frame_url,
            reference_urls=reference_urls,
            video_urls=video_urls,
            audio_urls=audio_urls,
            input_video_duration=input_video_duration,
            duration=duration,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            generate_audio=generate_audio,
            minor_suspected_skip=minor_suspected_skip,
        )

        start_seedance_2_video_request.additional_properties = d
        return start_seedance_2_video_request

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
