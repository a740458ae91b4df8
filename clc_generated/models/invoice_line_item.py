# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    quantity: float | Unset = UNSET
    description: str | Unset = UNSET
    unit_cost: float | Unset = UNSET
    item_total: float | Unset = UNSET
    service_location: str | Unset = UNSET
    item_details: list[InvoiceItemDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        description = self.description

        unit_cost = self.unit_cost

        item_total = self.item_total

        service_location = self.service_location

        item_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.item_details, Unset):
            item_details = []
            for item_details_item_data in self.item_details:
                item_details_item = item_details_item_data.to_dict()
                item_details.append(item_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if description is not UNSET:
            field_dict["description"] = description
        if unit_cost is not UNSET:
            field_dict["unitCost"] = unit_cost
        if item_total is not UNSET:
            field_dict["itemTotal"] = item_total
        if service_location is not UNSET:
            field_dict["serviceLocation"] = service_location
        if item_details is not UNSET:
            field_dict["itemDetails"] = item_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("InvoiceLineItem", src_dict, (dict,))
        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        description = d.pop("description", UNSET)

        unit_cost = d.pop("unitCost", UNSET)

        item_total = d.pop("itemTotal", UNSET)

        service_location = d.pop("serviceLocation", UNSET)

        _item_details = d.pop("itemDetails", UNSET)
        item_details: list[InvoiceItemDetail] | Unset = UNSET
        if _item_details is not UNSET:
            item_details = []
            for item_details_item_data in _item_details:
                item_details_item = InvoiceItemDetail.from_dict(item_details_item_data)

                item_details.append(item_details_item)

        if not isinstance(quantity, (int, float, Unset)):
            raise wrong_type(
                "quantity",
                quantity,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(unit_cost, (int, float, Unset)):
            raise wrong_type(
                "unitCost",
                unit_cost,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(item_total, (int, float, Unset)):
            raise wrong_type(
                "itemTotal",
                item_total,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(service_location, (str, Unset)):
            raise wrong_type("serviceLocation", service_location, (str,))
        invoice_line_item = cls(
            quantity,
            description,
            unit_cost,
            item_total,
            service_location,
            item_details,
        )

        invoice_line_item.additional_properties = d if d else {}
        return invoice_line_item

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


# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.invoice_item_detail import InvoiceItemDetail  # noqa: E402
