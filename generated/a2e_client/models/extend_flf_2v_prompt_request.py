from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="ExtendFlf2VPromptRequest")


@_attrs_define(kw_only=True)
class ExtendFlf2VPromptRequest:
    """
    Attributes:
        reference_id (str): An id that A2E's catalog requires without explaining; its example is a 24-hex record id.
        image_url (str): First frame of the planned video.
        end_image_url (str): Last frame of the planned video.
        prompt (str): The prompt to rewrite.
        negative_prompt (str): The negative prompt to rewrite.
        lang (str | Unset): Language to write the result in. A2E's default: 'en'.
        max_length (int | Unset): Upper bound on the length of the result, in characters (a cap, not a target).
        stream (bool | Unset): Answer with server-sent events instead of one JSON body.
    """

    reference_id: str
    image_url: str
    end_image_url: str
    prompt: str
    negative_prompt: str
    lang: str | Unset = UNSET
    max_length: int | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        image_url = self.image_url

        end_image_url = self.end_image_url

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        lang = self.lang

        max_length = self.max_length

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference_id": reference_id,
                "image_url": image_url,
                "end_image_url": end_image_url,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_id = required_value(d.pop("reference_id"), "str", "reference_id")

        image_url = required_value(d.pop("image_url"), "str", "image_url")

        end_image_url = required_value(d.pop("end_image_url"), "str", "end_image_url")

        prompt = required_value(d.pop("prompt"), "str", "prompt")

        negative_prompt = required_value(
            d.pop("negative_prompt"), "str", "negative_prompt"
        )

        lang = d.pop("lang", UNSET)

        max_length = d.pop("max_length", UNSET)

        stream = d.pop("stream", UNSET)

        extend_flf_2v_prompt_request = cls(
            reference_id=reference_id,
            image_url=image_url,
            end_image_url=end_image_url,
            prompt=prompt,
            negative_prompt=negative_prompt,
            lang=lang,
            max_length=max_length,
            stream=stream,
        )

        extend_flf_2v_prompt_request.additional_properties = d
        return extend_flf_2v_prompt_request

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
