from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_image_edit_request_edit_type import (
    StartImageEditRequestEditType,
    check_start_image_edit_request_edit_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartImageEditRequest")


@_attrs_define(kw_only=True)
class StartImageEditRequest:
    """
    Attributes:
        edit_type (StartImageEditRequestEditType): product to put a product in the person's hands, clothing to dress
            them.
        image_urls (list[str]): The item and the person: at least two addresses.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller. A2E's default: ''.
        timeout (float | Unset): Seconds A2E may spend before giving up on the task. A2E's default: 120.
    """

    edit_type: StartImageEditRequestEditType
    image_urls: list[str]
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    timeout: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edit_type: str = self.edit_type

        image_urls = self.image_urls

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edit_type": edit_type,
                "image_urls": image_urls,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        edit_type = check_start_image_edit_request_edit_type(d.pop("edit_type"))

        image_urls = cast(list[str], d.pop("image_urls"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        timeout = d.pop("timeout", UNSET)

        start_image_edit_request = cls(
            edit_type=edit_type,
            image_urls=image_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            timeout=timeout,
        )

        start_image_edit_request.additional_properties = d
        return start_image_edit_request

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
