from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_gpt_image_request_aspect_ratio import (
    StartGptImageRequestAspectRatio,
    check_start_gpt_image_request_aspect_ratio,
)
from ..models.start_gpt_image_request_model import (
    StartGptImageRequestModel,
    check_start_gpt_image_request_model,
)
from ..models.start_gpt_image_request_quality import (
    StartGptImageRequestQuality,
    check_start_gpt_image_request_quality,
)
from ..models.start_gpt_image_request_resolution import (
    StartGptImageRequestResolution,
    check_start_gpt_image_request_resolution,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartGptImageRequest")


@_attrs_define(kw_only=True)
class StartGptImageRequest:
    """
    Attributes:
        name (str): A label for the task, chosen by the caller.
        prompt (str): What to draw, or how to change the input images; at most 3000 characters.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        input_images (list[str] | Unset): Addresses of images to edit; sending any makes the task an edit. gpt-image-1.5
            takes up to 16.
        model (StartGptImageRequestModel | Unset): Which GPT Image model runs. gpt-image-1.5 costs 20 or 35 coins; gpt-
            image-2 costs 25, 35 or 45 coins at 1K, 2K or 4K. A2E's default: 'gpt-image-1.5'.
        aspect_ratio (StartGptImageRequestAspectRatio | Unset): Shape of the output; gpt-image-1.5 accepts only 1:1, 3:2
            and 2:3. A2E's default: '1:1'.
        quality (StartGptImageRequestQuality | Unset): Rendering quality; only gpt-image-1.5 reads it. A2E's default:
            'medium'.
        resolution (StartGptImageRequestResolution | Unset): Output resolution; only gpt-image-2 reads it. A2E's
            default: '1K'.
        force_generate (bool | Unset): Generate even when A2E's content check flags the request as NSFW.
    """

    name: str
    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    model: StartGptImageRequestModel | Unset = UNSET
    aspect_ratio: StartGptImageRequestAspectRatio | Unset = UNSET
    quality: StartGptImageRequestQuality | Unset = UNSET
    resolution: StartGptImageRequestResolution | Unset = UNSET
    force_generate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        input_images: list[str] | Unset = UNSET
        if not isinstance(self.input_images, Unset):
            input_images = self.input_images

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

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
        if input_images is not UNSET:
            field_dict["input_images"] = input_images
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
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

        input_images = cast(list[str], d.pop("input_images", UNSET))

        _model = d.pop("model", UNSET)
        model: StartGptImageRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_gpt_image_request_model(_model)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartGptImageRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_gpt_image_request_aspect_ratio(_aspect_ratio)

        _quality = d.pop("quality", UNSET)
        quality: StartGptImageRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_start_gpt_image_request_quality(_quality)

        _resolution = d.pop("resolution", UNSET)
        resolution: StartGptImageRequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_gpt_image_request_resolution(_resolution)

        force_generate = d.pop("force_generate", UNSET)

        start_gpt_image_request = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            input_images=input_images,
            model=model,
            aspect_ratio=aspect_ratio,
            quality=quality,
            resolution=resolution,
            force_generate=force_generate,
        )

        start_gpt_image_request.additional_properties = d
        return start_gpt_image_request

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
