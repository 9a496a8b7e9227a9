from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="SystemVoice")


@_attrs_define(kw_only=True)
class SystemVoice:
    """A preset TTS voice of A2E. Fields as a third-party program reads them (unverified).

    Attributes:
        id (str): Id of the voice; pass it to generateTts as `tts_id`.
        name (str | Unset): Name to show.
        voice_name (str | Unset): The voice's name at its speech engine.
        gender (str | Unset): female or male.
        language (str | Unset): Locale the voice speaks, such as en-US.
        lang (str | Unset): Language code (some records use this name).
    """

    id: str
    name: str | Unset = UNSET
    voice_name: str | Unset = UNSET
    gender: str | Unset = UNSET
    language: str | Unset = UNSET
    lang: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        voice_name = self.voice_name

        gender = self.gender

        language = self.language

        lang = self.lang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if language is not UNSET:
            field_dict["language"] = language
        if lang is not UNSET:
            field_dict["lang"] = lang

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        name = d.pop("name", UNSET)

        voice_name = d.pop("voice_name", UNSET)

        gender = d.pop("gender", UNSET)

        language = d.pop("language", UNSET)

        lang = d.pop("lang", UNSET)

        system_voice = cls(
            id=id,
            name=name,
            voice_name=voice_name,
            gender=gender,
            language=language,
            lang=lang,
        )

        system_voice.additional_properties = d
        return system_voice

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
