from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartActorSwapRequest")


@_attrs_define(kw_only=True)
class StartActorSwapRequest:
    """
    Attributes:
        image_url (str): Image of the person who takes over the role.
        video_url (str): Video whose actor is replaced; its movement drives the result.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        prompt (str | Unset): Optional text describing the wanted result.
        negative_prompt (str | Unset): Optional text describing what the result should avoid.
        timeout (int | Unset): Seconds A2E may spend before giving up on the task. A2E's default: 300.
    """

    image_url: str
    video_url: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        video_url = self.video_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "video_url": video_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = required_value(d.pop("image_url"), "str", "image_url")

        video_url = required_value(d.pop("video_url"), "str", "video_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        timeout = d.pop("timeout", UNSET)

        start_actor_swap_request = cls(
            image_url=image_url,
            video_url=video_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            timeout=timeout,
        )

        start_actor_swap_request.additional_properties = d
        return start_actor_swap_request

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
