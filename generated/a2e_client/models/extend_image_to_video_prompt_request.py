from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.extend_image_to_video_prompt_request_template import (
    ExtendImageToVideoPromptRequestTemplate,
    check_extend_image_to_video_prompt_request_template,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="ExtendImageToVideoPromptRequest")


@_attrs_define(kw_only=True)
class ExtendImageToVideoPromptRequest:
    """
    Attributes:
        reference_id (str): An id that A2E's catalog requires without explaining; its example is a 24-hex record id.
        image_url (str): The image the video will start from.
        prompt (str): The prompt to rewrite.
        negative_prompt (str): The negative prompt to rewrite.
        lang (str | Unset): Language to write the result in. A2E's default: 'en'.
        max_length (int | Unset): Upper bound on the length of the result, in characters (a cap, not a target).
        stream (bool | Unset): Answer with server-sent events (delta, result, done, error) instead of one JSON body.
        template (ExtendImageToVideoPromptRequestTemplate | Unset): default rewrites the prompt as one shot; cinematic
            writes a film structure with numbered shots. A2E's default: 'default'.
        shot_count (int | Unset): Number of shots for the cinematic template; A2E brings values outside 1-4 into that
            range. Ignored by the default template. A2E's default: 2.
        with_audio (bool | Unset): Whether the cinematic template adds an audio part. Ignored by the default template.
            A2E's default: True.
    """

    reference_id: str
    image_url: str
    prompt: str
    negative_prompt: str
    lang: str | Unset = UNSET
    max_length: int | Unset = UNSET
    stream: bool | Unset = UNSET
    template: ExtendImageToVideoPromptRequestTemplate | Unset = UNSET
    shot_count: int | Unset = UNSET
    with_audio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        image_url = self.image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lang = self.lang

        max_length = self.max_length

        stream = self.stream

        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        shot_count = self.shot_count

        with_audio = self.with_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "prompt": prompt,
                "negative_prompt": negative_prompt,
            }
        )
        if lang is not UNSET:
            field_dict["lang"] = lang
        if max_length is not UNSET:
            field_dict["max_length"] = max_length
        if stream is not UNSET:
            field_dict["stream"] = stream
        if template is not UNSET:
            field_dict["template"] = template
        if shot_count is not UNSET:
            field_dict["shot_count"] = shot_count
        if with_audio is not UNSET:
            field_dict["with_audio"] = with_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_id = required_value(d.pop("reference_id"), "str", "reference_id")

        image_url = required_value(d.pop("image_url"), "str", "image_url")

        prompt = required_value(d.pop("prompt"), "str", "prompt")

        negative_prompt = required_value(
            d.pop("negative_prompt"), "str", "negative_prompt"
        )

        lang = d.pop("lang", UNSET)

        max_length = d.pop("max_length", UNSET)

        stream = d.pop("stream", UNSET)

        _template = d.pop("template", UNSET)
        template: ExtendImageToVideoPromptRequestTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = check_extend_image_to_video_prompt_request_template(_template)

        shot_count = d.pop("shot_count", UNSET)

        with_audio = d.pop("with_audio", UNSET)

        extend_image_to_video_prompt_request = cls(
            reference_id=reference_id,
            image_url=image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
            template=template,
            shot_count=shot_count,
            with_audio=with_audio,
        )

        extend_image_to_video_prompt_request.additional_properties = d
        return extend_image_to_video_prompt_request

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
