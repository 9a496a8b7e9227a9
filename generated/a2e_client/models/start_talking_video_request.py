from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartTalkingVideoRequest")


@_attrs_define(kw_only=True)
class StartTalkingVideoRequest:
    """
    Attributes:
        name (str): A name for the task, chosen by the caller.
        video_url (str): Address of the input video.
        prompt (str): What the result should show.
        negative_prompt (str): What the result should avoid.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        audio_url (str | Unset): Address of the audio to use.
        duration (int | Unset): Length of the result in seconds. A2E's default: 3.
    """

    name: str
    video_url: str
    prompt: str
    negative_prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        video_url = self.video_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        audio_url = self.audio_url

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "video_url": video_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = required_value(d.pop("name"), "str", "name")

        video_url = required_value(d.pop("video_url"), "str", "video_url")

        prompt = required_value(d.pop("prompt"), "str", "prompt")

        negative_prompt = required_value(
            d.pop("negative_prompt"), "str", "negative_prompt"
        )

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        duration = d.pop("duration", UNSET)

        start_talking_video_request = cls(
            name=name,
            video_url=video_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            audio_url=audio_url,
            duration=duration,
        )

        start_talking_video_request.additional_properties = d
        return start_talking_video_request

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
