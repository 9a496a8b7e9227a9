from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_qwen_image_request_model import (
    StartQwenImageRequestModel,
    check_start_qwen_image_request_model,
)
from ..models.start_qwen_image_request_size import (
    StartQwenImageRequestSize,
    check_start_qwen_image_request_size,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartQwenImageRequest")


@_attrs_define(kw_only=True)
class StartQwenImageRequest:
    """
    Attributes:
        name (str): A label for the task, chosen by the caller.
        prompt (str): What the image should show, or the change to make to the reference images.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        model (StartQwenImageRequestModel | Unset): Which Qwen Image model runs. A2E's default: 'qwen-image-2.0'.
        input_images (list[str] | Unset): Addresses of reference images, for edits.
        size (StartQwenImageRequestSize | Unset): Output width*height in pixels; the 2048-pixel (2K) sizes work only
            with qwen-image-3.0-pro. A2E's default: '1024*1024'.
    """

    name: str
    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    model: StartQwenImageRequestModel | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    size: StartQwenImageRequestSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "prompt": prompt,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if model is not UNSET:
            field_dict["model"] = model
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = required_value(d.pop("name"), "str", "name")

        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _model = d.pop("model", UNSET)
        model: StartQwenImageRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_qwen_image_request_model(_model)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _size = d.pop("size", UNSET)
        size: StartQwenImageRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_start_qwen_image_request_size(_size)

        start_qwen_image_request = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            input_images=input_images,
            size=size,
        )

        start_qwen_image_request.additional_properties = d
        return start_qwen_image_request

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
