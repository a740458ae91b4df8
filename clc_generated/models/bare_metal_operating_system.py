# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="BareMetalOperatingSystem")


@_attrs_define
class BareMetalOperatingSystem:
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    hourly_rate_per_socket: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        hourly_rate_per_socket = self.hourly_rate_per_socket

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if hourly_rate_per_socket is not UNSET:
            field_dict["hourlyRatePerSocket"] = hourly_rate_per_socket

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BareMetalOperatingSystem", src_dict, (dict,))
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        hourly_rate_per_socket = d.pop("hourlyRatePerSocket", UNSET)

        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(hourly_rate_per_socket, (int, float, Unset)):
            raise wrong_type(
                "hourlyRatePerSocket",
                hourly_rate_per_socket,
                (
                    int,
                    float,
                ),
            )
        bare_metal_operating_system = cls(
            type_,
            description,
            hourly_rate_per_socket,
        )

        bare_metal_operating_system.additional_properties = d if d else {}
        return bare_metal_operating_system

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
