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
    from ..models.hailuo_video_task import HailuoVideoTask


T = TypeVar("T", bound="HailuoVideoTaskEnvelope")


@_attrs_define(kw_only=True)
class HailuoVideoTaskEnvelope:
    """
    Attributes:
        code (Literal[0]): 0, success (a failure's code is never 0).
        data (HailuoVideoTask): A Hailuo video task. Fields besides `_id` and `current_status` are typed from the start
            request and A2E's other video families (A2E publishes no schema for the record).
        msg (str | Unset): Human-readable reason, present on failures.
        message (str | Unset): The failure reason under another name: many programs that call A2E read it here, so it is
            kept beside `msg` (read `msg` first).
        trace_id (str | Unset): A2E's id for this request; quote it when asking A2E for support.
    """

    code: Literal[0]
    data: HailuoVideoTask
    msg: str | Unset = UNSET
    message: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data = self.data.to_dict()

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
        from ..models.hailuo_video_task import HailuoVideoTask  # noqa: PLC0415

        d = dict(src_dict)
        code = cast(Literal[0], required_value(d.pop("code"), "int", "code"))
        if code != 0:
            raise ValueError(f"code must match const 0, got '{code}'")

        data = HailuoVideoTask.from_dict(d.pop("data"))

        msg = d.pop("msg", UNSET)

        message = d.pop("message", UNSET)

        trace_id = d.pop("trace_id", UNSET)

        hailuo_video_task_envelope = cls(
            code=code,
            data=data,
            msg=msg,
            message=message,
            trace_id=trace_id,
        )

        hailuo_video_task_envelope.additional_properties = d
        return hailuo_video_task_envelope

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
