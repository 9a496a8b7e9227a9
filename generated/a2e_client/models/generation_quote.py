from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerationQuote")


@_attrs_define(kw_only=True)
class GenerationQuote:
    """A credit estimate. A2E names only `generationRequestValidated`; the other fields of the estimate are kept as sent.

    Attributes:
        generation_request_validated (bool | Unset): false when only the fields that set the price were checked, not the
            whole request.
    """

    generation_request_validated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_request_validated = self.generation_request_validated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_request_validated is not UNSET:
            field_dict["generationRequestValidated"] = generation_request_validated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generation_request_validated = d.pop("generationRequestValidated", UNSET)

        generation_quote = cls(
            generation_request_validated=generation_request_validated,
        )

        generation_quote.additional_properties = d
        return generation_quote

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
