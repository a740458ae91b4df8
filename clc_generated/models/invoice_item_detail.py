# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="InvoiceItemDetail")


@_attrs_define
class InvoiceItemDetail:
    description: str | Unset = UNSET
    cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("InvoiceItemDetail", src_dict, (dict,))
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        cost = d.pop("cost", UNSET)

        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(cost, (int, float, Unset)):
            raise wrong_type(
                "cost",
                cost,
                (
                    int,
                    float,
                ),
            )
        invoice_item_detail = cls(
            description,
            cost,
        )

        invoice_item_detail.additional_properties = d if d else {}
        return invoice_item_detail

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
