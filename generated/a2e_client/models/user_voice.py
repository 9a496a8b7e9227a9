from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="UserVoice")


@_attrs_define(kw_only=True)
class UserVoice:
    """A cloned voice: a training task that becomes a usable voice once completed.

    Attributes:
        id (str): A2E's id of this record.
        current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
            spells it
            `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
            notice, so readers must accept values not listed here.
        name (str | Unset): The name given when the task was started.
        voice_urls (list[str] | Unset): Addresses of the training recordings.
        gender (str | Unset): female or male.
        model (str | Unset): Engine that trained the voice: a2e, cartesia, minimax or elevenlabs.
        lang (str | Unset): Language code.
        language (str | Unset): Language code.
        train_mode (str | Unset): How the voice was trained.
        speaker_id (str | Unset): Voice id to pass to generateTts as `user_voice_id` once completed.
        coins (float | Unset): Credits the task costs.
        denoise (bool | Unset): Whether noise was removed first.
        enhance_voice_similarity (bool | Unset): Whether closeness to the speaker was favoured.
        tts_rate (float | Unset): Credits per 10 seconds of speech.
        has_refund_coin (bool | Unset): Whether the credits were refunded.
        user_id (str | Unset): The owner's A2E user id.
        failed_message (None | str | Unset): Why the task failed; empty otherwise.
        created_at (datetime.datetime | Unset): When the record was created.
        updated_at (datetime.datetime | Unset): When the record last changed.
    """

    id: str
    current_status: TaskStatus
    name: str | Unset = UNSET
    voice_urls: list[str] | Unset = UNSET
    gender: str | Unset = UNSET
    model: str | Unset = UNSET
    lang: str | Unset = UNSET
    language: str | Unset = UNSET
    train_mode: str | Unset = UNSET
    speaker_id: str | Unset = UNSET
    coins: float | Unset = UNSET
    denoise: bool | Unset = UNSET
    enhance_voice_similarity: bool | Unset = UNSET
    tts_rate: float | Unset = UNSET
    has_refund_coin: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    failed_message: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status: str = self.current_status

        name = self.name

        voice_urls: list[str] | Unset = UNSET
        if not isinstance(self.voice_urls, Unset):
            voice_urls = self.voice_urls

        gender = self.gender

        model = self.model

        lang = self.lang

        language = self.language

        train_mode = self.train_mode

        speaker_id = self.speaker_id

        coins = self.coins

        denoise = self.denoise

        enhance_voice_similarity = self.enhance_voice_similarity

        tts_rate = self.tts_rate

        has_refund_coin = self.has_refund_coin

        user_id = self.user_id

        failed_message: None | str | Unset
        if isinstance(self.failed_message, Unset):
            failed_message = UNSET
        else:
            failed_message = self.failed_message

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "current_status": current_status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if voice_urls is not UNSET:
            field_dict["voice_urls"] = voice_urls
        if gender is not UNSET:
            field_dict["gender"] = gender
        if model is not UNSET:
            field_dict["model"] = model
        if lang is not UNSET:
            field_dict["lang"] = lang
        if language is not UNSET:
            field_dict["language"] = language
        if train_mode is not UNSET:
            field_dict["train_mode"] = train_mode
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id
        if coins is not UNSET:
            field_dict["coins"] = coins
        if denoise is not UNSET:
            field_dict["denoise"] = denoise
        if enhance_voice_similarity is not UNSET:
            field_dict["enhance_voice_similarity"] = enhance_voice_similarity
        if tts_rate is not UNSET:
            field_dict["ttsRate"] = tts_rate
        if has_refund_coin is not UNSET:
            field_dict["hasRefundCoin"] = has_refund_coin
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if failed_message is not UNSET:
            field_dict["failed_message"] = failed_message
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = required_value(d.pop("_id"), "str", "_id")

        current_status = check_task_status(d.pop("current_status"))

        name = d.pop("name", UNSET)

        voice_urls = cast(list[str], d.pop("voice_urls", UNSET))

        gender = d.pop("gender", UNSET)

        model = d.pop("model", UNSET)

        lang = d.pop("lang", UNSET)

        language = d.pop("language", UNSET)

        train_mode = d.pop("train_mode", UNSET)

        speaker_id = d.pop("speaker_id", UNSET)

        coins = d.pop("coins", UNSET)

        denoise = d.pop("denoise", UNSET)

        enhance_voice_similarity = d.pop("enhance_voice_similarity", UNSET)

        tts_rate = d.pop("ttsRate", UNSET)

        has_refund_coin = d.pop("hasRefundCoin", UNSET)

        user_id = d.pop("user_id", UNSET)

        def _parse_failed_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failed_message = _parse_failed_message(d.pop("failed_message", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        user_voice = cls(
            id=id,
            current_status=current_status,
            name=name,
            voice_urls=voice_urls,
            gender=gender,
            model=model,
            lang=lang,
            language=language,
            train_mode=train_mode,
            speaker_id=speaker_id,
            coins=coins,
            denoise=denoise,
            enhance_voice_similarity=enhance_voice_similarity,
            tts_rate=tts_rate,
            has_refund_coin=has_refund_coin,
            user_id=user_id,
            failed_message=failed_message,
            created_at=created_at,
            updated_at=updated_at,
        )

        user_voice.additional_properties = d
        return user_voice

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
