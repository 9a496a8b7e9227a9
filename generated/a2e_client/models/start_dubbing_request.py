from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartDubbingRequest")


@_attrs_define(kw_only=True)
class StartDubbingRequest:
    """
    Attributes:
        source_url (str): Address of the source video or audio.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        name (str | Unset): A name for the task, chosen by the caller.
        source_lang (str | Unset): Language spoken in the source, or auto.
        target_lang (str | Unset): Language to dub into, such as en, zh, ar, ja, es, de or fr.
        num_speakers (int | Unset): How many people speak in the source.
        drop_background_audio (bool | Unset): Leave out the background sound.
    """

    source_url: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    name: str | Unset = UNSET
    source_lang: str | Unset = UNSET
    target_lang: str | Unset = UNSET
    num_speakers: int | Unset = UNSET
    drop_background_audio: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_url = self.source_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        name = self.name

        source_lang = self.source_lang

        target_lang = self.target_lang

        num_speakers = self.num_speakers

        drop_background_audio = self.drop_background_audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_url": source_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if name is not UNSET:
            field_dict["name"] = name
        if source_lang is not UNSET:
            field_dict["source_lang"] = source_lang
        if target_lang is not UNSET:
            field_dict["target_lang"] = target_lang
        if num_speakers is not UNSET:
            field_dict["num_speakers"] = num_speakers
        if drop_background_audio is not UNSET:
            field_dict["drop_background_audio"] = drop_background_audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_url = required_value(d.pop("source_url"), "str", "source_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        name = d.pop("name", UNSET)

        source_lang = d.pop("source_lang", UNSET)

        target_lang = d.pop("target_lang", UNSET)

        num_speakers = d.pop("num_speakers", UNSET)

        drop_background_audio = d.pop("drop_background_audio", UNSET)

        start_dubbing_request = cls(
            source_url=source_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            name=name,
            source_lang=source_lang,
            target_lang=target_lang,
            num_speakers=num_speakers,
            drop_background_audio=drop_background_audio,
        )

        start_dubbing_request.additional_properties = d
        return start_dubbing_request

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
