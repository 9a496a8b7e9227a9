from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_nano_banana_request_aspect_ratio import (
    StartNanoBananaRequestAspectRatio,
    check_start_nano_banana_request_aspect_ratio,
)
from ..models.start_nano_banana_request_image_size import (
    StartNanoBananaRequestImageSize,
    check_start_nano_banana_request_image_size,
)
from ..models.start_nano_banana_request_model import (
    StartNanoBananaRequestModel,
    check_start_nano_banana_request_model,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartNanoBananaRequest")


@_attrs_define(kw_only=True)
class StartNanoBananaRequest:
    """
    Attributes:
        name (str): A label for the task, chosen by the caller.
        prompt (str): What the image should show, in words.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        model (StartNanoBananaRequestModel | Unset): Which Nano Banana variant renders the image. A2E's default: 'nano-
            banana-pro'.
        input_images (list[str] | Unset): Addresses of reference images to build on (A2E's section note speaks of up to
            four); leave out to work from the prompt alone.
        aspect_ratio (StartNanoBananaRequestAspectRatio | Unset): Shape of the output; `auto` lets the model choose.
            A2E's default: 'auto'.
        image_size (StartNanoBananaRequestImageSize | Unset): Output size; nano-banana-pro and nano-banana-2 honour it,
            nano-banana-2-lite always renders 1K. A2E's default: '1K'.
        google_search (bool | Unset): Let the model ground the picture in Google search results; only nano-banana-2 uses
            it. A2E's default: False.
        force_generate (bool | Unset): Generate even when A2E's content check flags the request as NSFW; API callers
            normally leave it true. A2E's default: True.
    """

    name: str
    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    model: StartNanoBananaRequestModel | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    aspect_ratio: StartNanoBananaRequestAspectRatio | Unset = UNSET
    image_size: StartNanoBananaRequestImageSize | Unset = UNSET
    google_search: bool | Unset = UNSET
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

        image_size: str | Unset = UNSET
        if not isinstance(self.image_size, Unset):
            image_size = self.image_size

        google_search = self.google_search

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
        if image_size is not UNSET:
            field_dict["image_size"] = image_size
        if google_search is not UNSET:
            field_dict["google_search"] = google_search
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
        model: StartNanoBananaRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_nano_banana_request_model(_model)

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartNanoBananaRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_nano_banana_request_aspect_ratio(_aspect_ratio)

        _image_size = d.pop("image_size", UNSET)
        image_size: StartNanoBananaRequestImageSize | Unset
        if isinstance(_image_size, Unset):
            image_size = UNSET
        else:
            image_size = check_start_nano_banana_request_image_size(_image_size)

        google_search = d.pop("google_search", UNSET)

        force_generate = d.pop("force_generate", UNSET)

        start_nano_banana_request = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            model=model,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            google_search=google_search,
            force_generate=force_generate,
        )

        start_nano_banana_request.additional_properties = d
        return start_nano_banana_request

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
