from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(kw_only=True)
class ErrorResponse:
    """Error body of the newer endpoints, sent with a 4xx status.

    Attributes:
        success (bool):
        error (str): What went wrong.
        code (str | Unset): Short error code.
        timestamp (str | Unset): When the error happened (ISO 8601).
    """

    success: bool
    error: str
    code: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        code = self.code

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "error": error,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = required_value(d.pop("success"), "bool", "success")

        error = required_value(d.pop("error"), "str", "error")

        code = d.pop("code", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        error_response = cls(
            success=success,
            error=error,
            code=code,
            timestamp=timestamp,
        )

        error_response.additional_properties = d
        return error_response

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
