from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset, parse_datetime, required_value

T = TypeVar("T", bound="WatermarkTask")


@_attrs_define(kw_only=True)
class WatermarkTask:
    """A watermark task; it usually completes at once.

    Attributes:
        id (str): A2E's id of this record.
        current_status (TaskStatus): Stage of a task. Tasks move from `initialized` (or `sent`/`pending`; A2E also
            spells it
            `pendding`) through `processing` to `completed` or `failed`. A2E adds values without
            notice, so readers must accept values not listed here.
        request_id (str | Unset): A2E's id of the watermark request.
        media_url (str | Unset): Address of the marked media.
        watermark_type (str | Unset): Kind of mark.
        text (str | Unset): The text of the mark.
        fontsize (int | Unset): Font size in pixels.
        fontcolor (list[int] | Unset): Red, green, blue and alpha, 0 to 255.
        position (str | Unset): Where the mark is.
        scale_ratio (float | Unset): Scale of the mark.
        to_720p (bool | Unset): Whether the media was scaled to 720p.
        result_url (str | Unset): Address of the result once completed; empty before.
        coins (float | Unset): Credits the task costs.
        failed_message (str | Unset): Why the task failed; empty otherwise.
        failed_code (int | str | Unset): A2E's failure code; empty otherwise.
        created_at (datetime.datetime | Unset): When the record was created.
        updated_at (datetime.datetime | Unset): When the record last changed.
    """

    id: str
    current_status: TaskStatus
    request_id: str | Unset = UNSET
    media_url: str | Unset = UNSET
    watermark_type: str | Unset = UNSET
    text: str | Unset = UNSET
    fontsize: int | Unset = UNSET
    fontcolor: list[int] | Unset = UNSET
    position: str | Unset = UNSET
    scale_ratio: float | Unset = UNSET
    to_720p: bool | Unset = UNSET
    result_url: str | Unset = UNSET
    coins: float | Unset = UNSET
    failed_message: str | Unset = UNSET
    failed_code: int | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_status: str = self.current_status

        request_id = self.request_id

        media_url = self.media_url

        watermark_type = self.watermark_type

        text = self.text

        fontsize = self.fontsize

        fontcolor: list[int] | Unset = UNSET
        if not isinstance(self.fontcolor, Unset):
            fontcolor = self.fontcolor

        position = self.position

        scale_ratio = self.scale_ratio

        to_720p = self.to_720p

        result_url = self.result_url

        coins = self.coins

        failed_message = self.failed_message

        failed_code: int | str | Unset
        if isinstance(self.failed_code, Unset):
            failed_code = UNSET
        else:
            failed_code = self.failed_code

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
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if watermark_type is not UNSET:
            field_dict["watermark_type"] = watermark_type
        if text is not UNSET:
            field_dict["text"] = text
        if fontsize is not UNSET:
            field_dict["fontsize"] = fontsize
        if fontcolor is not UNSET:
            field_dict["fontcolor"] = fontcolor
        if position is not UNSET:
            field_dict["position"] = position
        if scale_ratio is not UNSET:
            field_dict["scale_ratio"] = scale_ratio
        if to_720p is not UNSET:
            field_dict["to_720p"] = to_720p
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if coins is not UNSET:
            field_dict["coins"] = coins
        if failed_message is not UNSET:
            field_dict["failed_message"] = failed_message
        if failed_code is not UNSET:
            field_dict["failed_code"] = failed_code
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

        request_id = d.pop("request_id", UNSET)

        media_url = d.pop("media_url", UNSET)

        watermark_type = d.pop("watermark_type", UNSET)

        text = d.pop("text", UNSET)

        fontsize = d.pop("fontsize", UNSET)

        fontcolor = cast(list[int], d.pop("fontcolor", UNSET))

        position = d.pop("position", UNSET)

        scale_ratio = d.pop("scale_ratio", UNSET)

        to_720p = d.pop("to_720p", UNSET)

        result_url = d.pop("result_url", UNSET)

        coins = d.pop("coins", UNSET)

        failed_message = d.pop("failed_message", UNSET)

        def _parse_failed_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        failed_code = _parse_failed_code(d.pop("failed_code", UNSET))

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

        watermark_task = cls(
            id=id,
            current_status=current_status,
            request_id=request_id,
            media_url=media_url,
            watermark_type=watermark_type,
            text=text,
            fontsize=fontsize,
            fontcolor=fontcolor,
            position=position,
            scale_ratio=scale_ratio,
            to_720p=to_720p,
            result_url=result_url,
            coins=coins,
            failed_message=failed_message,
            failed_code=failed_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        watermark_task.additional_properties = d
        return watermark_task

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
