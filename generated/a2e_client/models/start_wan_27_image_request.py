from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_wan_27_image_request_aspect_ratio import (
    StartWan27ImageRequestAspectRatio,
    check_start_wan_27_image_request_aspect_ratio,
)
from ..models.start_wan_27_image_request_model import (
    StartWan27ImageRequestModel,
    check_start_wan_27_image_request_model,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartWan27ImageRequest")


@_attrs_define(kw_only=True)
class StartWan27ImageRequest:
    """
    Attributes:
        name (str): A label for the task, chosen by the caller.
        prompt (str): What to draw or how to change the images (up to 5000 characters).
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        model (StartWan27ImageRequestModel | Unset): Standard or pro Wan2.7 model. A2E's default: 'wan2.7-image'.
        input_images (list[str] | Unset): Addresses of zero to nine images to edit, each at most 20 MB.
        aspect_ratio (StartWan27ImageRequestAspectRatio | Unset): Width-to-height ratio of the output. A2E's default:
            '1:1'.
        bbox_list (list[Any] | Unset): Boxes marking the regions to edit, for interactive editing; A2E does not document
            the shape of a box.
        force_generate (bool | Unset): Go ahead even when A2E would otherwise stop at a content warning (meaning
            inferred from the name).
    """

    name: str
    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    model: StartWan27ImageRequestModel | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    aspect_ratio: StartWan27ImageRequestAspectRatio | Unset = UNSET
    bbox_list: list[Any] | Unset = UNSET
    force_generate: bool | Unset = UNSET
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

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        bbox_list: list[Any] | Unset = UNSET
        if not isinstance(self.bbox_list, Unset):
            bbox_list = self.bbox_list

        force_generate = self.force_generate

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if bbox_list is not UNSET:
            field_dict["bbox_list"] = bbox_list
        if force_generate is not UNSET:
            field_dict["force_generate"] = force_generate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = required_value(d.pop("name"), "str", "name")

        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _model = d.pop("model", UNSET)
        model: StartWan27ImageRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_wan_27_image_request_model(_model)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartWan27ImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_wan_27_image_request_aspect_ratio(_aspect_ratio)

        bbox_list = cast(list[Any], d.pop("bbox_list", UNSET))

        force_generate = d.pop("force_generate", UNSET)

        start_wan_27_image_request = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            bbox_list=bbox_list,
            force_generate=force_generate,
        )

        start_wan_27_image_request.additional_properties = d
        return start_wan_27_image_request

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
