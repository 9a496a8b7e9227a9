from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_wan_spicy_request_model import (
    StartWanSpicyRequestModel,
    check_start_wan_spicy_request_model,
)
from ..models.start_wan_spicy_request_resolution import (
    StartWanSpicyRequestResolution,
    check_start_wan_spicy_request_resolution,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartWanSpicyRequest")


@_attrs_define(kw_only=True)
class StartWanSpicyRequest:
    """
    Attributes:
        prompt (str): What happens in the video.
        image_url (str): HTTPS address of the image to animate.
        resolution (StartWanSpicyRequestResolution): Output resolution: 720p or 1080p on wan2.7, 480p or 720p on wan2.2.
        duration (float): Length in seconds: 2 to 15 on wan2.7, 5 or 8 on wan2.2.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        model (StartWanSpicyRequestModel | Unset): Which Wan Spicy model to use. A2E's default: 'wan2.7-i2v-spicy'.
        name (str | Unset): A name for the task, chosen by the caller.
        negative_prompt (str | Unset): What the video should avoid (wan2.7 only).
        audio_url (str | Unset): Soundtrack, WAV or MP3 (wan2.7 only).
        prompt_extend (bool | Unset): Let the model rewrite the prompt first. A2E's default: True.
        seed (int | Unset): Fixes the randomness, to repeat a result.
        minor_suspected_skip (bool | Unset): Skip A2E's check for prompts that may involve minors. A2E's default: False.
    """

    prompt: str
    image_url: str
    resolution: StartWanSpicyRequestResolution
    duration: float
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    model: StartWanSpicyRequestModel | Unset = UNSET
    name: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    prompt_extend: bool | Unset = UNSET
    seed: int | Unset = UNSET
    minor_suspected_skip: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        image_url = self.image_url

        resolution: str = self.resolution

        duration = self.duration

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        name = self.name

        negative_prompt = self.negative_prompt

        audio_url = self.audio_url

        prompt_extend = self.prompt_extend

        seed = self.seed

        minor_suspected_skip = self.minor_suspected_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "image_url": image_url,
                "resolution": resolution,
                "duration": duration,
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
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if prompt_extend is not UNSET:
            field_dict["prompt_extend"] = prompt_extend
        if seed is not UNSET:
            field_dict["seed"] = seed
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        image_url = required_value(d.pop("image_url"), "str", "image_url")

        resolution = check_start_wan_spicy_request_resolution(d.pop("resolution"))

        duration = required_value(d.pop("duration"), "float", "duration")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _model = d.pop("model", UNSET)
        model: StartWanSpicyRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_wan_spicy_request_model(_model)

        name = d.pop("name", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        prompt_extend = d.pop("prompt_extend", UNSET)

        seed = d.pop("seed", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        start_wan_spicy_request = cls(
            prompt=prompt,
            image_url=image_url,
            resolution=resolution,
            duration=duration,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            name=name,
            negative_prompt=negative_prompt,
            audio_url=audio_url,
            prompt_extend=prompt_extend,
            seed=seed,
            minor_suspected_skip=minor_suspected_skip,
        )

        start_wan_spicy_request.additional_properties = d
        return start_wan_spicy_request

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
