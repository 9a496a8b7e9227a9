from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_tts_request_type import (
    GenerateTtsRequestType,
    check_generate_tts_request_type,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="GenerateTtsRequest")


@_attrs_define(kw_only=True)
class GenerateTtsRequest:
    """
    Attributes:
        msg (str): The text to speak.
        tts_id (str | Unset): A public voice, from listVoices.
        user_voice_id (str | Unset): A cloned voice of the caller.
        country (str | Unset): Language part of the locale, such as en. A2E's default: 'en'.
        region (str | Unset): Region part of the locale, such as US. A2E's default: 'US'.
        speech_rate (float | Unset): Speaking speed multiplier. A2E's default: 1.
        type_ (GenerateTtsRequestType | Unset): Captcha kind; only A2E's web app needs it.
        turnstile_token (str | Unset): Captcha answer; only A2E's web app needs it.
        captcha_verify_param (str | Unset): Captcha answer; only A2E's web app needs it.
    """

    msg: str
    tts_id: str | Unset = UNSET
    user_voice_id: str | Unset = UNSET
    country: str | Unset = UNSET
    region: str | Unset = UNSET
    speech_rate: float | Unset = UNSET
    type_: GenerateTtsRequestType | Unset = UNSET
    turnstile_token: str | Unset = UNSET
    captcha_verify_param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        tts_id = self.tts_id

        user_voice_id = self.user_voice_id

        country = self.country

        region = self.region

        speech_rate = self.speech_rate

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        turnstile_token = self.turnstile_token

        captcha_verify_param = self.captcha_verify_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msg": msg,
            }
        )
        if tts_id is not UNSET:
            field_dict["tts_id"] = tts_id
        if user_voice_id is not UNSET:
            field_dict["user_voice_id"] = user_voice_id
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if speech_rate is not UNSET:
            field_dict["speechRate"] = speech_rate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if turnstile_token is not UNSET:
            field_dict["turnstile_token"] = turnstile_token
        if captcha_verify_param is not UNSET:
            field_dict["captchaVerifyParam"] = captcha_verify_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg = required_value(d.pop("msg"), "str", "msg")

        tts_id = d.pop("tts_id", UNSET)

        user_voice_id = d.pop("user_voice_id", UNSET)

        country = d.pop("country", UNSET)

        region = d.pop("region", UNSET)

        speech_rate = d.pop("speechRate", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GenerateTtsRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_generate_tts_request_type(_type_)

        turnstile_token = d.pop("turnstile_token", UNSET)

        captcha_verify_param = d.pop("captchaVerifyParam", UNSET)

        generate_tts_request = cls(
            msg=msg,
            tts_id=tts_id,
            user_voice_id=user_voice_id,
            country=country,
            region=region,
            speech_rate=speech_rate,
            type_=type_,
            turnstile_token=turnstile_token,
            captcha_verify_param=captcha_verify_param,
        )

        generate_tts_request.additional_properties = d
        return generate_tts_request

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
