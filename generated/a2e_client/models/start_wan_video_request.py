from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_wan_video_request_duration import (
    StartWanVideoRequestDuration,
    check_start_wan_video_request_duration,
)
from ..models.start_wan_video_request_model import (
    StartWanVideoRequestModel,
    check_start_wan_video_request_model,
)
from ..models.start_wan_video_request_ratio import (
    StartWanVideoRequestRatio,
    check_start_wan_video_request_ratio,
)
from ..models.start_wan_video_request_resolution import (
    StartWanVideoRequestResolution,
    check_start_wan_video_request_resolution,
)
from ..models.start_wan_video_request_task_type import (
    StartWanVideoRequestTaskType,
    check_start_wan_video_request_task_type,
)
from ..types import UNSET, Unset, required_value

if TYPE_CHECKING:
    from ..models.wan_video_reference_media import WanVideoReferenceMedia


T = TypeVar("T", bound="StartWanVideoRequest")


@_attrs_define(kw_only=True)
class StartWanVideoRequest:
    """
    Attributes:
        prompt (str): What the video shows.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        image_url (str | Unset): Start image; needed for first_frame and first_last_frame.
        negative_prompt (str | Unset): What the video should avoid.
        duration (StartWanVideoRequestDuration | Unset): Length in seconds; Wan 2.5 accepts only 5 and 10 (see the
            operation for the other models). A2E's default: '5'.
        resolution (StartWanVideoRequestResolution | Unset): Output resolution. A2E's default: '720p'.
        ratio (StartWanVideoRequestRatio | Unset): Aspect ratio; used only by Wan 2.7 text_to_video and reference_image.
            A2E's default: '16:9'.
        enable_prompt_expansion (bool | Unset): Let a language model rewrite the prompt first. A2E's default: False.
        multi_shots (bool | Unset): Cut the video into several shots; needs enable_prompt_expansion. A2E's default:
            False.
        model (StartWanVideoRequestModel | Unset): Wan model; the 2.6 and 2.7 models need a VIP or Max account. A2E's
            default: 'wan2.5-i2v-preview'.
        task_type (StartWanVideoRequestTaskType | Unset): Mode of wan2.7-i2v. A2E's default: 'first_frame'.
        last_frame_url (str | Unset): End image, for first_last_frame.
        first_clip_url (str | Unset): Clip to continue, for video_extend.
        edit_video_url (str | Unset): Video to change, for video_edit.
        reference_image_urls (list[str] | Unset): Older way to pass reference images; also the up to 3 references of
            video_edit.
        reference_media (list[WanVideoReferenceMedia] | Unset): References for reference_image, in the order the prompt
            names them.
        seed (float | Unset): Fixes the randomness, to repeat a result.
        audio (bool | Unset): Whether the video gets a soundtrack. A2E's default: True.
        audio_url (str | Unset): Soundtrack to use: WAV or MP3, 3 to 30 seconds, at most 15 MB.
    """

    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    image_url: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    duration: StartWanVideoRequestDuration | Unset = UNSET
    resolution: StartWanVideoRequestResolution | Unset = UNSET
    ratio: StartWanVideoRequestRatio | Unset = UNSET
    enable_prompt_expansion: bool | Unset = UNSET
    multi_shots: bool | Unset = UNSET
    model: StartWanVideoRequestModel | Unset = UNSET
    task_type: StartWanVideoRequestTaskType | Unset = UNSET
    last_frame_url: str | Unset = UNSET
    first_clip_url: str | Unset = UNSET
    edit_video_url: str | Unset = UNSET
    reference_image_urls: list[str] | Unset = UNSET
    reference_media: list[WanVideoReferenceMedia] | Unset = UNSET
    seed: float | Unset = UNSET
    audio: bool | Unset = UNSET
    audio_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        image_url = self.image_url

        negative_prompt = self.negative_prompt

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        ratio: str | Unset = UNSET
        if not isinstance(self.ratio, Unset):
            ratio = self.ratio

        enable_prompt_expansion = self.enable_prompt_expansion

        multi_shots = self.multi_shots

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type

        last_frame_url = self.last_frame_url

        first_clip_url = self.first_clip_url

        edit_video_url = self.edit_video_url

        reference_image_urls: list[str] | Unset = UNSET
        if not isinstance(self.reference_image_urls, Unset):
            reference_image_urls = self.reference_image_urls

        reference_media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_media, Unset):
            reference_media = []
            for reference_media_item_data in self.reference_media:
                reference_media_item = reference_media_item_data.to_dict()
                reference_media.append(reference_media_item)

        seed = self.seed

        audio = self.audio

        audio_url = self.audio_url

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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if enable_prompt_expansion is not UNSET:
            field_dict["enable_prompt_expansion"] = enable_prompt_expansion
        if multi_shots is not UNSET:
            field_dict["multi_shots"] = multi_shots
        if model is not UNSET:
            field_dict["model"] = model
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if last_frame_url is not UNSET:
            field_dict["last_frame_url"] = last_frame_url
        if first_clip_url is not UNSET:
            field_dict["first_clip_url"] = first_clip_url
        if edit_video_url is not UNSET:
            field_dict["edit_video_url"] = edit_video_url
        if reference_image_urls is not UNSET:
            field_dict["reference_image_urls"] = reference_image_urls
        if reference_media is not UNSET:
            field_dict["reference_media"] = reference_media
        if seed is not UNSET:
            field_dict["seed"] = seed
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_video_reference_media import WanVideoReferenceMedia  # noqa: PLC0415

        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        image_url = d.pop("image_url", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: StartWanVideoRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_start_wan_video_request_duration(_duration)

        _resolution = d.pop("resolution", UNSET)
        resolution: StartWanVideoRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_wan_video_request_resolution(_resolution)

        _ratio = d.pop("ratio", UNSET)
        ratio: StartWanVideoRequestRatio | Unset
        if isinstance(_ratio, Unset):
            ratio = UNSET
        else:
            ratio = check_start_wan_video_request_ratio(_ratio)

        enable_prompt_expansion = d.pop("enable_prompt_expansion", UNSET)

        multi_shots = d.pop("multi_shots", UNSET)

        _model = d.pop("model", UNSET)
        model: StartWanVideoRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_wan_video_request_model(_model)

        _task_type = d.pop("task_type", UNSET)
        task_type: StartWanVideoRequestTaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = check_start_wan_video_request_task_type(_task_type)

        last_frame_url = d.pop("last_frame_url", UNSET)

        first_clip_url = d.pop("first_clip_url", UNSET)

        edit_video_url = d.pop("edit_video_url", UNSET)

        reference_image_urls = cast(list[str], d.pop("reference_image_urls", UNSET))

        _reference_media = d.pop("reference_media", UNSET)
        reference_media: list[WanVideoReferenceMedia] | Unset = UNSET
        if _reference_media is not UNSET:
            reference_media = []
            for reference_media_item_data in _reference_media:
                reference_media_item = WanVideoReferenceMedia.from_dict(
                    reference_media_item_data
                )

                reference_media.append(reference_media_item)

        seed = d.pop("seed", UNSET)

        audio = d.pop("audio", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        start_wan_video_request = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            image_url=image_url,
            negative_prompt=negative_prompt,
            duration=duration,
            resolution=resolution,
            ratio=ratio,
            enable_prompt_expansion=enable_prompt_expansion,
            multi_shots=multi_shots,
            model=model,
            task_type=task_type,
            last_frame_url=last_frame_url,
            first_clip_url=first_clip_url,
            edit_video_url=edit_video_url,
            reference_image_urls=reference_image_urls,
            reference_media=reference_media,
            seed=seed,
            audio=audio,
            audio_url=audio_url,
        )

        start_wan_video_request.additional_properties = d
        return start_wan_video_request

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
