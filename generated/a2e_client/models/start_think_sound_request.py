from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartThinkSoundRequest")


@_attrs_define(kw_only=True)
class StartThinkSoundRequest:
    """
    Attributes:
        video_url (str): Video to make sound for: an .mp4, .avi, .mov or .mkv file.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        caption (str | Unset): Short caption of the video or of the sound wanted. A2E's default: ''.
        cot_description (str | Unset): Longer, step-by-step description of the sound to generate (the model's chain-of-
            thought input). A2E's default: ''.
        seed (float | Unset): Random seed; the same seed and inputs repeat a result.
    """

    video_url: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    caption: str | Unset = UNSET
    cot_description: str | Unset = UNSET
    seed: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        caption = self.caption

        cot_description = self.cot_description

        seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if caption is not UNSET:
            field_dict["caption"] = caption
        if cot_description is not UNSET:
            field_dict["cot_description"] = cot_description
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = required_value(d.pop("video_url"), "str", "video_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        caption = d.pop("caption", UNSET)

        cot_description = d.pop("cot_description", UNSET)

        seed = d.pop("seed", UNSET)

        start_think_sound_request = cls(
            video_url=video_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            caption=caption,
            cot_description=cot_description,
            seed=seed,
        )

        start_think_sound_request.additional_properties = d
        return start_think_sound_request

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
