from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_face_swap_task_request_model_version import (
    StartFaceSwapTaskRequestModelVersion,
    check_start_face_swap_task_request_model_version,
)
from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="StartFaceSwapTaskRequest")


@_attrs_define(kw_only=True)
class StartFaceSwapTaskRequest:
    """
    Attributes:
        name (str): A name for the task, chosen by the caller.
        video_url (str): Address of the video whose face is replaced.
        face_url (str): Address of the face image to put in.
        webhook_url (str | Unset): A2E calls this URL once when the task completes or fails (best effort, one attempt).
        webhook_token (str | Unset): Sent back in the `X-A2e-Webhook-Token` header of the callback, so the receiver can
            check it.
        cover_url (str | Unset): Address of a cover image for the result.
        model_version (StartFaceSwapTaskRequestModelVersion | Unset): Pipeline to use; v2 handles images only. A2E's
            default: 'v1'.
    """

    name: str
    video_url: str
    face_url: str
    webhook_url: str | Unset = UNSET
    webhook_token: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    model_version: StartFaceSwapTaskRequestModelVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        video_url = self.video_url

        face_url = self.face_url

        webhook_url = self.webhook_url

        webhook_token = self.webhook_token

        cover_url = self.cover_url

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "video_url": video_url,
                "face_url": face_url,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if webhook_token is not UNSET:
            field_dict["webhook_token"] = webhook_token
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if model_version is not UNSET:
            field_dict["model_version"] = model_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = required_value(d.pop("name"), "str", "name")

        video_url = required_value(d.pop("video_url"), "str", "video_url")

        face_url = required_value(d.pop("face_url"), "str", "face_url")

        webhook_url = d.pop("webhook_url", UNSET)

        webhook_token = d.pop("webhook_token", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        _model_version = d.pop("model_version", UNSET)
        model_version: StartFaceSwapTaskRequestModelVersion | Unset
        if isinstance(_model_version, Unset):
            model_version = UNSET
        else:
            model_version = check_start_face_swap_task_request_model_version(
                _model_version
            )

        start_face_swap_task_request = cls(
            name=name,
            video_url=video_url,
            face_url=face_url,
            webhook_url=webhook_url,
            webhook_token=webhook_token,
            cover_url=cover_url,
            model_version=model_version,
        )

        start_face_swap_task_request.additional_properties = d
        return start_face_swap_task_request

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
