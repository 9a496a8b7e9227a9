from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import required_value

if TYPE_CHECKING:
    from ..models.motion_transfer_task import MotionTransferTask


T = TypeVar("T", bound="MotionTransferTaskPage")


@_attrs_define(kw_only=True)
class MotionTransferTaskPage:
    """
    Attributes:
        rows (list[MotionTransferTask]):
        count (int): Total number of records over all pages.
    """

    rows: list[MotionTransferTask]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rows": rows,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.motion_transfer_task import MotionTransferTask  # noqa: PLC0415

        d = dict(src_dict)
        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = MotionTransferTask.from_dict(rows_item_data)

            rows.append(rows_item)

        count = required_value(d.pop("count"), "int", "count")

        motion_transfer_task_page = cls(
            rows=rows,
            count=count,
        )

        motion_transfer_task_page.additional_properties = d
        return motion_transfer_task_page

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
