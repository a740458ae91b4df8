# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ServerBillingEntry")


@_attrs_define
class ServerBillingEntry:
    template_cost: float | Unset = UNSET
    archive_cost: float | Unset = UNSET
    monthly_estimate: float | Unset = UNSET
    month_to_date: float | Unset = UNSET
    current_hour: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        template_cost = self.template_cost

        archive_cost = self.archive_cost

        monthly_estimate = self.monthly_estimate

        month_to_date = self.month_to_date

        current_hour = self.current_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_cost is not UNSET:
            field_dict["templateCost"] = template_cost
        if archive_cost is not UNSET:
            field_dict["archiveCost"] = archive_cost
        if monthly_estimate is not UNSET:
            field_dict["monthlyEstimate"] = monthly_estimate
        if month_to_date is not UNSET:
            field_dict["monthToDate"] = month_to_date
        if current_hour is not UNSET:
            field_dict["currentHour"] = current_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ServerBillingEntry", src_dict, (dict,))
        d = dict(src_dict)
        template_cost = d.pop("templateCost", UNSET)

        archive_cost = d.pop("archiveCost", UNSET)

        monthly_estimate = d.pop("monthlyEstimate", UNSET)

        month_to_date = d.pop("monthToDate", UNSET)

        current_hour = d.pop("currentHour", UNSET)

        if not isinstance(template_cost, (int, float, Unset)):
            raise wrong_type(
                "templateCost",
                template_cost,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(archive_cost, (int, float, Unset)):
            raise wrong_type(
                "archiveCost",
                archive_cost,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(monthly_estimate, (int, float, Unset)):
            raise wrong_type(
                "monthlyEstimate",
                monthly_estimate,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(month_to_date, (int, float, Unset)):
            raise wrong_type(
                "monthToDate",
                month_to_date,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(current_hour, (int, float, Unset)):
            raise wrong_type(
                "currentHour",
                current_hour,
                (
                    int,
                    float,
                ),
            )
        server_billing_entry = cls(
            template_cost,
            archive_cost,
            monthly_estimate,
            month_to_date,
            current_hour,
        )

        server_billing_entry.additional_properties = d if d else {}
        return server_billing_entry

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
