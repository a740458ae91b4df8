# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="BareMetalStorage")


@_attrs_define
class BareMetalStorage:
    capacity_gb: float | Unset = UNSET
    speed_rpm: float | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        capacity_gb = self.capacity_gb

        speed_rpm = self.speed_rpm

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_gb is not UNSET:
            field_dict["capacityGB"] = capacity_gb
        if speed_rpm is not UNSET:
            field_dict["speedRpm"] = speed_rpm
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BareMetalStorage", src_dict, (dict,))
        d = dict(src_dict)
        capacity_gb = d.pop("capacityGB", UNSET)

        speed_rpm = d.pop("speedRpm", UNSET)

        type_ = d.pop("type", UNSET)

        if not isinstance(capacity_gb, (int, float, Unset)):
            raise wrong_type(
                "capacityGB",
                capacity_gb,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(speed_rpm, (int, float, Unset)):
            raise wrong_type(
                "speedRpm",
                speed_rpm,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        bare_metal_storage = cls(
            capacity_gb,
            speed_rpm,
            type_,
        )

        bare_metal_storage.additional_properties = d if d else {}
        return bare_metal_storage

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
