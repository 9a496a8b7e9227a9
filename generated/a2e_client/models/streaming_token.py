from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StreamingToken")


@_attrs_define(kw_only=True)
class StreamingToken:
    """
    Attributes:
        token (str): Agora RTC token.
        app_id (str): Agora app id.
        channel (str): Agora channel; it also names the session in the other streaming calls.
        uid (int): Agora user id.
        expire_epoch_timestamp (int | Unset): When the session ends (epoch).
        expire_date_utc (str | Unset): When the session ends (UTC).
    """

    token: str
    app_id: str
    channel: str
    uid: int
    expire_epoch_timestamp: int | Unset = UNSET
    expire_date_utc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        app_id = self.app_id

        channel = self.channel

        uid = self.uid

        expire_epoch_timestamp = self.expire_epoch_timestamp

        expire_date_utc = self.expire_date_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "appId": app_id,
                "channel": channel,
                "uid": uid,
            }
        )
        if expire_epoch_timestamp is not UNSET:
            field_dict["expire_epoch_timestamp"] = expire_epoch_timestamp
        if expire_date_utc is not UNSET:
            field_dict["expire_date_UTC"] = expire_date_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = required_value(d.pop("token"), "str", "token")

        app_id = required_value(d.pop("appId"), "str", "appId")

        channel = required_value(d.pop("channel"), "str", "channel")

        uid = required_value(d.pop("uid"), "int", "uid")

        expire_epoch_timestamp = d.pop("expire_epoch_timestamp", UNSET)

        expire_date_utc = d.pop("expire_date_UTC", UNSET)

        streaming_token = cls(
            token=token,
            app_id=app_id,
            channel=channel,
            uid=uid,
            expire_epoch_timestamp=expire_epoch_timestamp,
            expire_date_utc=expire_date_utc,
        )

        streaming_token.additional_properties = d
        return streaming_token

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
