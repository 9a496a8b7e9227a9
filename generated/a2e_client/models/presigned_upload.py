from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import required_value

T = TypeVar("T", bound="PresignedUpload")


@_attrs_define(kw_only=True)
class PresignedUpload:
    """
    Attributes:
        upload_url (str): PUT the file's bytes here.
        cdn_url (str): Where the file can be read once uploaded; pass it to tasks.
        key (str):
        bucket (str):
        expires_in (int): Seconds uploadUrl stays valid.
    """

    upload_url: str
    cdn_url: str
    key: str
    bucket: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        cdn_url = self.cdn_url

        key = self.key

        bucket = self.bucket

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploadUrl": upload_url,
                "cdnUrl": cdn_url,
                "key": key,
                "bucket": bucket,
                "expiresIn": expires_in,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_url = required_value(d.pop("uploadUrl"), "str", "uploadUrl")

        cdn_url = required_value(d.pop("cdnUrl"), "str", "cdnUrl")

        key = required_value(d.pop("key"), "str", "key")

        bucket = required_value(d.pop("bucket"), "str", "bucket")

        expires_in = required_value(d.pop("expiresIn"), "int", "expiresIn")

        presigned_upload = cls(
            upload_url=upload_url,
            cdn_url=cdn_url,
            key=key,
            bucket=bucket,
            expires_in=expires_in,
        )

        presigned_upload.additional_properties = d
        return presigned_upload

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
