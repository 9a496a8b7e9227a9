from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_voice_clone_request_gender import (
    TrainVoiceCloneRequestGender,
    check_train_voice_clone_request_gender,
)
from ..models.train_voice_clone_request_model import (
    TrainVoiceCloneRequestModel,
    check_train_voice_clone_request_model,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="TrainVoiceCloneRequest")


@_attrs_define(kw_only=True)
class TrainVoiceCloneRequest:
    """
    Attributes:
        name (str): A name for the task, chosen by the caller.
        voice_urls (list[str]): Addresses of the recordings: mp3, wav or m4a, one clean speaker, 15 to 60 seconds in
            all. A video address also works for cloning a voice from a video (unverified).
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        gender (TrainVoiceCloneRequestGender | Unset): Voice or avatar gender. A2E's default: 'female'.
        denoise (bool | Unset): Clean background noise from the recordings first.
        enhance_voice_similarity (bool | Unset): Favour closeness to the speaker over smoothness.
        model (TrainVoiceCloneRequestModel | Unset): Engine that trains and speaks the voice; the cost depends on it.
            A2E's default: 'a2e'.
        language (str | Unset): Main language of the recordings, such as en-US.
    """

    name: str
    voice_urls: list[str]
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    gender: TrainVoiceCloneRequestGender | Unset = UNSET
    denoise: bool | Unset = UNSET
    enhance_voice_similarity: bool | Unset = UNSET
    model: TrainVoiceCloneRequestModel | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        voice_urls = self.voice_urls

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        denoise = self.denoise

        enhance_voice_similarity = self.enhance_voice_similarity

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "voice_urls": voice_urls,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if gender is not UNSET:
            field_dict["gender"] = gender
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if enhance_voice_similarity is not UNSET:
            field_dict["enhance_voice_similarity"] = enhance_voice_similarity
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = required_value(d.pop("name"), "str", "name")

        voice_urls = cast(list[str], d.pop("voice_urls"))

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: TrainVoiceCloneRequestGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_train_voice_clone_request_gender(_gender)

        denoise = d.pop("denoise", UNSET)

        enhance_voice_similarity = d.pop("enhance_voice_similarity", UNSET)

        _model = d.pop("model", UNSET)
        model: TrainVoiceCloneRequestModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_train_voice_clone_request_model(_model)

        language = d.pop("language", UNSET)

        train_voice_clone_request = cls(
            name=name,
            voice_urls=voice_urls,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            gender=gender,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            model=model,
            language=language,
        )

        train_voice_clone_request.additional_properties = d
        return train_voice_clone_request

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
