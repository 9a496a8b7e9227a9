from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartHeadSwapRequest")


@_attrs_define(kw_only=True)
class StartHeadSwapRequest:
    """
    Attributes:
        image_url (str): Image of the head to transplant.
        target_image_url (str): Image, or video of at most 15 seconds, of the person who receives the head.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        minor_suspected_skip (bool | Unset): Go ahead when A2E only suspects a 10-14 year-old (code 1004); a detected
            child under 10 is refused regardless. A2E's default: False.
    """

    image_url: str
    target_image_url: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    minor_suspected_skip: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        target_image_url = self.target_image_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        minor_suspected_skip = self.minor_suspected_skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "target_image_url": target_image_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = required_value(d.pop("image_url"), "str", "image_url")

        target_image_url = required_value(
            d.pop("target_image_url"), "str", "target_image_url"
        )

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        start_head_swap_request = cls(
            image_url=image_url,
            target_image_url=target_image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            minor_suspected_skip=minor_suspected_skip,
        )

        start_head_swap_request.additional_properties = d
        return start_head_swap_request

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
