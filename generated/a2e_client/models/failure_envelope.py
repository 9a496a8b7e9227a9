from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="FailureEnvelope")


@_attrs_define(kw_only=True)
class FailureEnvelope:
    """A2E's answer when it refuses or fails a request: a non-zero `code` and the reason in
    `msg` (or `message`), most often with HTTP 200. a2e raises a2e.APIError for it, so an
    operation returns only its success envelope.

        Attributes:
            code (int): A2E's error code, never 0.
            msg (str | Unset): Human-readable reason.
            message (str | Unset): The reason under another name (read `msg` first).
            data (Any | Unset): Usually null.
            trace_id (str | Unset): A2E's id for this request; quote it when asking A2E for support.
    """

    code: int
    msg: str | Unset = UNSET
    message: str | Unset = UNSET
    data: Any | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        message = self.message

        data = self.data

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = required_value(d.pop("code"), "int", "code")

        msg = d.pop("msg", UNSET)

        message = d.pop("message", UNSET)

        data = d.pop("data", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        failure_envelope = cls(
            code=code,
            msg=msg,
            message=message,
            data=data,
            trace_id=trace_id,
        )

        failure_envelope.additional_properties = d
        return failure_envelope

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
