from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_veo_video_request_aspect_ratio import (
    StartVeoVideoRequestAspectRatio,
    check_start_veo_video_request_aspect_ratio,
)
from ..models.start_veo_video_request_generation_type import (
    StartVeoVideoRequestGenerationType,
    check_start_veo_video_request_generation_type,
)
from ..models.start_veo_video_request_model import (
    StartVeoVideoRequestModel,
    check_start_veo_video_request_model,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartVeoVideoRequest")


@_attrs_define(kw_only=True)
class StartVeoVideoRequest:
    """
    Attributes:
        prompt (str): What the video should show. Must be present but may be empty, in which case A2E uses a stock
            prompt.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task; A2E makes one up when it is left out.
        generation_type (StartVeoVideoRequestGenerationType | Unset): From the prompt alone, from a first (and
            optionally last) frame, or from reference images. A2E's default: 'TEXT_2_VIDEO'.
        image_urls (list[str] | Unset): Image addresses; 1-2 frames for FIRST_AND_LAST_FRAMES_2_VIDEO, 1-3 references
            for REFERENCE_2_VIDEO.
        model (StartVeoVideoRequestModel | Unset): The Veo model; veo3_fast is quicker, veo3 the full model. A2E's
            default: 'veo3_fast'.
        aspect_ratio (StartVeoVideoRequestAspectRatio | Unset): Shape of the video; only 16:9 videos have a 1080p
            version. A2E's default: 'Auto'.
        watermark (str | Unset): Text to stamp on the video as a watermark, if wanted.
        seeds (float | Unset): Random seed, from 10000 to 99999, to make a result repeatable.
    """

    prompt: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    generation_type: StartVeoVideoRequestGenerationType | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    model: StartVeoVideoRequestModel | Unset = UNSET
    aspect_ratio: StartVeoVideoRequestAspectRatio | Unset = UNSET
    watermark: str | Unset = UNSET
    seeds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        generation_type: str | Unset = UNSET
        if not isinstance(self.generation_type, Unset):
            generation_type = self.generation_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        watermark = self.watermark

        seeds = self.seeds

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
        if generation_type is not UNSET:
            field_dict["generationType"] = generation_type
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if seeds is not UNSET:
            field_dict["seeds"] = seeds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = required_value(d.pop("prompt"), "str", "prompt")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        _generation_type = d.pop("generationType", UNSET)
        generation_type: StartVeoVideoRequestGenerationType | Unset
        if isinstance(_generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = check_start_veo_video_request_generation_type(
                _generation_type
            )

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        _model = d.pop("model", UNSET)
        model: StartVeoVideoRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_start_veo_video_request_model(_model)

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: StartVeoVideoRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_start_veo_video_request_aspect_ratio(_aspect_ratio)

        watermark = d.pop("watermark", UNSET)

        seeds = d.pop("seeds", UNSET)

        start_veo_video_request = cls(
            prompt=prompt,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            generation_type=generation_type,
            image_urls=image_urls,
            model=model,
            aspect_ratio=aspect_ratio,
            watermark=watermark,
            seeds=seeds,
        )

        start_veo_video_request.additional_properties = d
        return start_veo_video_request

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
