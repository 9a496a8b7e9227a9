from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_image_2_video_request_model_type import (
    StartImage2VideoRequestModelType,
    check_start_image_2_video_request_model_type,
)
from ..models.start_image_2_video_request_model_version import (
    StartImage2VideoRequestModelVersion,
    check_start_image_2_video_request_model_version,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartImage2VideoRequest")


@_attrs_define(kw_only=True)
class StartImage2VideoRequest:
    """
    Attributes:
        image_url (str): Address of the input image.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        prompt (str | Unset): What the result should show.
        negative_prompt (str | Unset): What the result should avoid.
        lora (str | Unset): A motion preset; with one, the prompt may be left out.
        model_type (StartImage2VideoRequestModelType | Unset): GENERAL animates one image; FLF2V goes from image_url to
            end_image_url. A2E's default: 'GENERAL'.
        model_version (StartImage2VideoRequestModelVersion | Unset): Model to use; left out, it depends on the caller's
            plan.
        end_image_url (str | Unset): Last frame, for model_type FLF2V.
        extend_prompt (bool | Unset): Let A2E enrich the prompt. A2E's default: True.
        number_of_images (int | Unset): How many videos to make. A2E's default: 1.
        video_time (int | Unset): Length in seconds: 5, 10, 15 or 20. A2E's default: 5.
        video_length (int | Unset): Older length in frames; use video_time.
        skip_face_enhance (bool | Unset): Skip making the face closer to the input. A2E's default: False.
        mask_face (bool | Unset): Result of A2E's web app content check.
        minor_suspected_skip (bool | Unset): Go on although the person may be a minor (A2E error 1004). A2E's default:
            False.
        negative_prmpt (str | Unset): The docs' spelling of negative_prompt, kept because the docs' field table names it
            so.
    """

    image_url: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    prompt: str | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    lora: str | Unset = UNSET
    model_type: StartImage2VideoRequestModelType | Unset = UNSET
    model_version: StartImage2VideoRequestModelVersion | Unset = UNSET
    end_image_url: str | Unset = UNSET
    extend_prompt: bool | Unset = UNSET
    number_of_images: int | Unset = UNSET
    video_time: int | Unset = UNSET
    video_length: int | Unset = UNSET
    skip_face_enhance: bool | Unset = UNSET
    mask_face: bool | Unset = UNSET
    minor_suspected_skip: bool | Unset = UNSET
    negative_prmpt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lora = self.lora

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        end_image_url = self.end_image_url

        extend_prompt = self.extend_prompt

        number_of_images = self.number_of_images

        video_time = self.video_time

        video_length = self.video_length

        skip_face_enhance = self.skip_face_enhance

        mask_face = self.mask_face

        minor_suspected_skip = self.minor_suspected_skip

        negative_prmpt = self.negative_prmpt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
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
        if lora is not UNSET:
            field_dict["lora"] = lora
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if end_image_url is not UNSET:
            field_dict["end_image_url"] = end_image_url
        if extend_prompt is not UNSET:
            field_dict["extend_prompt"] = extend_prompt
        if number_of_images is not UNSET:
            field_dict["number_of_images"] = number_of_images
        if video_time is not UNSET:
            field_dict["video_time"] = video_time
        if video_length is not UNSET:
            field_dict["video_length"] = video_length
        if skip_face_enhance is not UNSET:
            field_dict["skip_face_enhance"] = skip_face_enhance
        if mask_face is not UNSET:
            field_dict["mask_face"] = mask_face
        if minor_suspected_skip is not UNSET:
            field_dict["minor_suspected_skip"] = minor_suspected_skip
        if negative_prmpt is not UNSET:
            field_dict["negative_prmpt"] = negative_prmpt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = required_value(d.pop("image_url"), "str", "image_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        lora = d.pop("lora", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: StartImage2VideoRequestModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = check_start_image_2_video_request_model_type(_model_type)

        _model_version = d.pop("model_version", UNSET)
        model_version: StartImage2VideoRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_start_image_2_video_request_model_version(
                _model_version
            )

        end_image_url = d.pop("end_image_url", UNSET)

        extend_prompt = d.pop("extend_prompt", UNSET)

        number_of_images = d.pop("number_of_images", UNSET)

        video_time = d.pop("video_time", UNSET)

        video_length = d.pop("video_length", UNSET)

        skip_face_enhance = d.pop("skip_face_enhance", UNSET)

        mask_face = d.pop("mask_face", UNSET)

        minor_suspected_skip = d.pop("minor_suspected_skip", UNSET)

        negative_prmpt = d.pop("negative_prmpt", UNSET)

        start_image_2_video_request = cls(
            image_url=image_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lora=lora,
            model_type=model_type,
            model_version=model_version,
            end_image_url=end_image_url,
            extend_prompt=extend_prompt,
            number_of_images=number_of_images,
            video_time=video_time,
            video_length=video_length,
            skip_face_enhance=skip_face_enhance,
            mask_face=mask_face,
            minor_suspected_skip=minor_suspected_skip,
            negative_prmpt=negative_prmpt,
        )

        start_image_2_video_request.additional_properties = d
        return start_image_2_video_request

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
