from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="UploadPresignedUrlRequest")


@_attrs_define(kw_only=True)
class UploadPresignedUrlRequest:
    """
    Attributes:
        key (str): Object key (path) the file will have in storage.
        bucket (str | Unset): Storage bucket; A2E picks one when left out.
        url_prefix (str | Unset): Prefix of the key, outside A2E's own sites.
        cdn_domain (str | Unset): Domain of cdnUrl, outside A2E's own sites.
        expires_in (int | Unset): Seconds the upload address stays valid.
        content_type (str | Unset): MIME type the upload must be sent with.
        file_size (float | Unset): Size of the file in bytes.
        content_length (float | Unset): Size of the file in bytes; wins over fileSize.
    """

    key: str
    bucket: str | Unset = UNSET
    url_prefix: str | Unset = UNSET
    cdn_domain: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    content_type: str | Unset = UNSET
    file_size: float | Unset = UNSET
    content_length: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        bucket = self.bucket

        url_prefix = self.url_prefix

        cdn_domain = self.cdn_domain

        expires_in = self.expires_in

        content_type = self.content_type

        file_size = self.file_size

        content_length = self.content_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if url_prefix is not UNSET:
            field_dict["urlPrefix"] = url_prefix
        if cdn_domain is not UNSET:
            field_dict["cdnDomain"] = cdn_domain
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = required_value(d.pop("key"), "str", "key")

        bucket = d.pop("bucket", UNSET)

        url_prefix = d.pop("urlPrefix", UNSET)

        cdn_domain = d.pop("cdnDomain", UNSET)

        expires_in = d.pop("expiresIn", UNSET)

        content_type = d.pop("contentType", UNSET)

        file_size = d.pop("fileSize", UNSET)

        content_length = d.pop("contentLength", UNSET)

        upload_presigned_url_request = cls(
            key=key,
            bucket=bucket,
            url_prefix=url_prefix,
            cdn_domain=cdn_domain,
            expires_in=expires_in,
            content_type=content_type,
            file_size=file_size,
            content_length=content_length,
        )

        upload_presigned_url_request.additional_properties = d
        return upload_presigned_url_request

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
