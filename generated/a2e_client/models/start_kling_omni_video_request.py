from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_kling_omni_video_request_aspect_ratio import (
    StartKlingOmniVideoRequestAspectRatio,
    check_start_kling_omni_video_request_aspect_ratio,
)
from ..models.start_kling_omni_video_request_mode import (
    StartKlingOmniVideoRequestMode,
    check_start_kling_omni_video_request_mode,
)
from ..models.start_kling_omni_video_request_shot_type import (
    StartKlingOmniVideoRequestShotType,
    check_start_kling_omni_video_request_shot_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_kling_omni_video_request_multi_prompt_item import (
        StartKlingOmniVideoRequestMultiPromptItem,
    )


T = TypeVar("T", bound="StartKlingOmniVideoRequest")


@_attrs_define(kw_only=True)
class StartKlingOmniVideoRequest:
    """
    Attributes:
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        prompt (str | Unset): What the video should show, naming reference images as <<<image_1>>>, <<<image_2>>>...;
            needed unless multi_shot is on with shot_type customize.
        image_list (list[str] | Unset): Addresses of up to seven reference images.
        mode (StartKlingOmniVideoRequestMode | Unset): std renders 720p, pro 1080p. A2E's default: 'std'.
        duration (str | Unset): Length in seconds, from 3 to 15. A2E's default: '5'.
        aspect_ratio (StartKlingOmniVideoRequestAspectRatio | Unset): Shape of the video. A2E's default: '16:9'.
        sound (bool | Unset): Whether the model makes a soundtrack along with the video. A2E's default: False.
        multi_shot (bool | Unset): Whether to cut the video into several shots. A2E's default: False.
        shot_type (StartKlingOmniVideoRequestShotType | Unset): How the shots are planned, by the model or from
            multi_prompt; needed when multi_shot is on.
        multi_prompt (list[StartKlingOmniVideoRequestMultiPromptItem] | Unset): The storyboard for shot_type customize,
            one entry per shot (one to six).
    """

    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    image_list: list[str] | Unset = UNSET
    mode: StartKlingOmniVideoRequestMode | Unset = UNSET
    duration: str | Unset = UNSET
    aspect_ratio: StartKlingOmniVideoRequestAspectRatio | Unset = UNSET
    sound: bool | Unset = UNSET
    multi_shot: bool | Unset = UNSET
    shot_type: StartKlingOmniVideoRequestShotType | Unset = UNSET
    multi_prompt: list[StartKlingOmniVideoRequestMultiPromptItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        prompt = self.prompt

        image_list: list[str] | Unset = UNSET
        if not isinstance(self.image_list, Unset):
            image_list = self.image_list

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        duration = self.duration

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        sound = self.sound

        multi_shot = self.multi_shot

        shot_type: str | Unset = UNSET
        if not isinstance(self.shot_type, Unset):
            shot_type = self.shot_type

        multi_prompt: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_prompt, Unset):
            multi_prompt = []
            for multi_prompt_item_data in self.multi_prompt:
                multi_prompt_item = multi_prompt_item_data.to_dict()
                multi_prompt.append(multi_prompt_item)

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
        if image_list is not UNSET:
            field_dict["image_list"] = image_list
        if mode is not UNSET:
            field_dict["mode"] = mode
        if duration is not UNSET:
            field_dict["duration"] = duration
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if sound is not UNSET:
            field_dict["sound"] = sound
        if multi_shot is not UNSET:
            field_dict["multi_shot"] = multi_shot
        if shot_type is not UNSET:
            field_dict["shot_type"] = shot_type
        if multi_prompt is not UNSET:
            field_dict["multi_prompt"] = multi_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_kling_omni_video_request_multi_prompt_item import (
            StartKlingOmniVideoRequestMultiPromptItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        image_list = cast(list[str], d.pop("image_list", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: StartKlingOmniVideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_start_kling_omni_video_request_mode(_mode)

        duration = d.pop("duration", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartKlingOmniVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_kling_omni_video_request_aspect_ratio(
                _aspect_ratio
            )

        sound = d.pop("sound", UNSET)

        multi_shot = d.pop("multi_shot", UNSET)

        _shot_type = d.pop("shot_type", UNSET)
        shot_type: StartKlingOmniVideoRequestShotType | Unset
        if isinstance(_shot_type, Unset):
            shot_type = UNSET
        else:
            shot_type = check_start_kling_omni_video_request_shot_type(_shot_type)

        _multi_prompt = d.pop("multi_prompt", UNSET)
        multi_prompt: list[StartKlingOmniVideoRequestMultiPromptItem] | Unset = UNSET
        if _multi_prompt is not UNSET:
            multi_prompt = []
            for multi_prompt_item_data in _multi_prompt:
                multi_prompt_item = StartKlingOmniVideoRequestMultiPromptItem.from_dict(
                    multi_prompt_item_data
                )

                multi_prompt.append(multi_prompt_item)

        start_kling_omni_video_request = cls(
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            image_list=image_list,
            mode=mode,
            duration=duration,
            aspect_ratio=aspect_ratio,
            sound=sound,
            multi_shot=multi_shot,
            shot_type=shot_type,
            multi_prompt=multi_prompt,
        )

        start_kling_omni_video_request.additional_properties = d
        return start_kling_omni_video_request

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
