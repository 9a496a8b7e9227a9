from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_text_2_image_request_aspect_ratio import (
    StartText2ImageRequestAspectRatio,
    check_start_text_2_image_request_aspect_ratio,
)
from ..models.start_text_2_image_request_model_type import (
    StartText2ImageRequestModelType,
    check_start_text_2_image_request_model_type,
)
from ..models.start_text_2_image_request_req_key import (
    StartText2ImageRequestReqKey,
    check_start_text_2_image_request_req_key,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartText2ImageRequest")


@_attrs_define(kw_only=True)
class StartText2ImageRequest:
    """
    Attributes:
        prompt (str): What the result should show.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        width (float | Unset): Width of the result in pixels. A2E's default: 1024.
        height (float | Unset): Height of the result in pixels. A2E's default: 1024.
        model_type (StartText2ImageRequestModelType | Unset): Model to use. A2E's default: 'a2e'.
        input_images (list[str] | Unset): Reference images (a2e takes up to 2, seedream up to 10).
        skip_face_enhance (bool | Unset): Skip making faces closer to the references. A2E's default: False.
        aspect_ratio (StartText2ImageRequestAspectRatio | Unset): Shape of the result (seedream).
        max_images (int | Unset): How many images to make at most.
        req_key (StartText2ImageRequestReqKey | Unset): Model preset of the docs' older form of this body.
    """

    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    model_type: StartText2ImageRequestModelType | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    skip_face_enhance: bool | Unset = UNSET
    aspect_ratio: StartText2ImageRequestAspectRatio | Unset = UNSET
    max_images: int | Unset = UNSET
    req_key: StartText2ImageRequestReqKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        width = self.width

        height = self.height

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        skip_face_enhance = self.skip_face_enhance

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        max_images = self.max_images

        req_key: str | Unset = UNSET
        if not isinstance(self.req_key, Unset):
            req_key = self.req_key

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
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if skip_face_enhance is not UNSET:
            field_dict["skip_face_enhance"] = skip_face_enhance
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if max_images is not UNSET:
            field_dict["max_images"] = max_images
        if req_key is not UNSET:
            field_dict["req_key"] = req_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: StartText2ImageRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_start_text_2_image_request_model_type(_model_type)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        skip_face_enhance = d.pop("skip_face_enhance", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartText2ImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_text_2_image_request_aspect_ratio(_aspect_ratio)

        max_images = d.pop("max_images", UNSET)

        _req_key = d.pop("req_key", UNSET)
        req_key: StartText2ImageRequestReqKey | Unset
        if isinstance(_req_key, Unset):
            req_key = UNSET
        else:
            req_key = check_start_text_2_image_request_req_key(_req_key)

        start_text_2_image_request = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            width=width,
            height=height,
            model_type=model_type,
            input_images=input_images,
            skip_face_enhance=skip_face_enhance,
            aspect_ratio=aspect_ratio,
            max_images=max_images,
            req_key=req_key,
        )

        start_text_2_image_request.additional_properties = d
        return start_text_2_image_request

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
