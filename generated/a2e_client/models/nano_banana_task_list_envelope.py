from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

if TYPE_CHECKING:
    from ..models.nano_banana_task import NanoBananaTask


T = TypeVar("T", bound="NanoBananaTaskListEnvelope")


@_attrs_define(kw_only=True)
class NanoBananaTaskListEnvelope:
    """
    Attributes:
        code (Literal[0]): 0, success (a failure's code is never 0).
        data (list[NanoBananaTask]): The payload; its shape depends on the operation.
        msg (str | Unset): Human-readable reason, present on failures.
        message (str | Unset): The failure reason under another name: many programs that call A2E read it here, so it is
            kept beside `msg` (read `msg` first).
        trace_id (str | Unset): A2E's id for this request; quote it when asking A2E for support.
    """

    code: Literal[0]
    data: list[NanoBananaTask]
    msg: str | Unset = UNSET
    message: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        msg = self.msg

        message = self.message

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "data": data,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if message is not UNSET:
            field_dict["message"] = message
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nano_banana_task import NanoBananaTask  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal[0], required_value(d.pop("code"), "int", "code"))
        if code != 0:
            raise ValueError(f"code must match const 0, got '{code}'")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = NanoBananaTask.from_dict(data_item_data)

            data.append(data_item)

        msg = d.pop("msg", UNSET)

        message = d.pop("message", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        nano_banana_task_list_envelope = cls(
            code=code,
            data=data,
            msg=msg,
            message=message,
            trace_id=trace_id,
        )

        nano_banana_task_list_envelope.additional_properties = d
        return nano_banana_task_list_envelope

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
