from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import required_value

if TYPE_CHECKING:
    from ..models.quote_generation_request_request_body import (
        QuoteGenerationRequestRequestBody,
    )


T = TypeVar("T", bound="QuoteGenerationRequest")


@_attrs_define(kw_only=True)
class QuoteGenerationRequest:
    """
    Attributes:
        endpoint (str): Path of the start operation to price, such as /api/v1/userImage2Video/start; a leading "POST "
            may be included.
        request_body (QuoteGenerationRequestRequestBody): The body you would send to that operation, exactly as you
            would send it.
    """

    endpoint: str
    request_body: QuoteGenerationRequestRequestBody
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        request_body = self.request_body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "requestBody": request_body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quote_generation_request_request_body import (
            QuoteGenerationRequestRequestBody,  # noqa: PLC0415
        )

        d = dict(src_dict)
        endpoint = required_value(d.pop("endpoint"), "str", "endpoint")

        request_body = QuoteGenerationRequestRequestBody.from_dict(d.pop("requestBody"))

        quote_generation_request = cls(
            endpoint=endpoint,
            request_body=request_body,
        )

        quote_generation_request.additional_properties = d
        return quote_generation_request

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
