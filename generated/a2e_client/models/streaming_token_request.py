from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StreamingTokenRequest")


@_attrs_define(kw_only=True)
class StreamingTokenRequest:
    """
    Attributes:
        avatar_id (str): A streaming avatar, from listStreamingAvatars.
        expire_seconds (int | Unset): Length of the session; its credits are taken up front and the unused part refunded
            on leaveStreamingRoom.
    """

    avatar_id: str
    expire_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id = self.avatar_id

        expire_seconds = self.expire_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_id": avatar_id,
            }
        )
        if expire_seconds is not UNSET:
            field_dict["expire_seconds"] = expire_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id = required_value(d.pop("avatar_id"), "str", "avatar_id")

        expire_seconds = d.pop("expire_seconds", UNSET)

        streaming_token_request = cls(
            avatar_id=avatar_id,
            expire_seconds=expire_seconds,
        )

        streaming_token_request.additional_properties = d
        return streaming_token_request

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
