from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Wan30VideoStart")


@_attrs_define(kw_only=True)
class Wan30VideoStart:
    """The Wan 3.0 task just created. Typed from A2E's other start answers (unverified); A2E declares no fields.

    Attributes:
        id (str | Unset): A2E's id of the new task.
        name (str | Unset): The name given to the task.
        model (str | Unset): Wan 3.0 model used.
        mode (str | Unset): Mode the task was started with.
        current_status (TaskStatus | Unset): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E
            also spells it
            `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
            notice, so readers must accept values not listed here.
        coins (float | Unset): Credits the task costs.
        created_at (datetime.datetime | Unset): When the record was created.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    model: str | Unset = UNSET
    mode: str | Unset = UNSET
    current_status: TaskStatus | Unset = UNSET
    coins: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        model = self.model

        mode = self.mode

        current_status: str | Unset = UNSET
        if not isinstance(self.current_status, Unset):
            current_status = self.current_status

        coins = self.coins

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["_id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if model is not UNSET:
            field_dict["model"] = model
        if mode is not UNSET:
            field_dict["mode"] = mode
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if coins is not UNSET:
            field_dict["coins"] = coins
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("_id", UNSET)

        name = d.pop("name", UNSET)

        model = d.pop("model", UNSET)

        mode = d.pop("mode", UNSET)

        _current_status = d.pop("current_status", UNSET)
        current_status: TaskStatus | Unset
        if isinstance(_current_status, Unset):
            current_status = UNSET
        else:
            current_status = check_task_status(_current_status)

        coins = d.pop("coins", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        wan_30_video_start = cls(
            id=id,
            name=name,
            model=model,
            mode=mode,
            current_status=current_status,
            coins=coins,
            created_at=created_at,
        )

        wan_30_video_start.additional_properties = d
        return wan_30_video_start

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
