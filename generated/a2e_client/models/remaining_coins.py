from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="RemainingCoins")


@_attrs_define(kw_only=True)
class RemainingCoins:
    """
    Attributes:
        coins (float): Credits left.
        diamonds (float | Unset): Diamonds left.
    """

    coins: float
    diamonds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coins = self.coins

        diamonds = self.diamonds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coins": coins,
            }
        )
        if diamonds is not UNSET:
            field_dict["diamonds"] = diamonds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coins = required_value(d.pop("coins"), "float", "coins")

        diamonds = d.pop("diamonds", UNSET)

        remaining_coins = cls(
            coins=coins,
            diamonds=diamonds,
        )

        remaining_coins.additional_properties = d
        return remaining_coins

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
