from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_flux_2_request_aspect_ratio import (
    StartFlux2RequestAspectRatio,
    check_start_flux_2_request_aspect_ratio,
)
from ..models.start_flux_2_request_resolution import (
    StartFlux2RequestResolution,
    check_start_flux_2_request_resolution,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartFlux2Request")


@_attrs_define(kw_only=True)
class StartFlux2Request:
    """
    Attributes:
        name (str): A label for the task, chosen by the caller.
        prompt (str): What the image should show, or the change to make to the input images.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        input_images (list[str] | Unset): Up to 8 addresses of reference images; sending any turns the task into an
            image-to-image edit.
        aspect_ratio (StartFlux2RequestAspectRatio | Unset): Shape of the output; `match_input_image` follows the input
            image's shape. A2E's default: '9:16'.
        resolution (StartFlux2RequestResolution | Unset): Output size: 1K is about one megapixel, 2K about two. A2E's
            default: '1K'.
        force_generate (bool | Unset): Generate even when A2E's content check flags the request as NSFW; API callers
            normally leave it true. A2E's default: True.
    """

    name: str
    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    input_images: list[str] | Unset = UNSET
    aspect_ratio: StartFlux2RequestAspectRatio | Unset = UNSET
    resolution: StartFlux2RequestResolution | Unset = UNSET
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

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

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
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: StartFlux2RequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_flux_2_request_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: StartFlux2RequestResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_start_flux_2_request_resolution(_resolution)

        force_generate = d.pop("force_generate", UNSET)

        start_flux_2_request = cls(
            name=name,
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            input_images=input_images,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            force_generate=force_generate,
        )

        start_flux_2_request.additional_properties = d
        return start_flux_2_request

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
