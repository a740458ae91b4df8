# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="BareMetalMemory")


@_attrs_define
class BareMetalMemory:
    capacity_gb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        capacity_gb = self.capacity_gb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity_gb is not UNSET:
            field_dict["capacityGB"] = capacity_gb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BareMetalMemory", src_dict, (dict,))
        d = dict(src_dict)
        capacity_gb = d.pop("capacityGB", UNSET)

        if not isinstance(capacity_gb, (int, float, Unset)):
            raise wrong_type(
                "capacityGB",
                capacity_gb,
                (
                    int,
                    float,
                ),
            )
        bare_metal_memory = cls(
            capacity_gb,
        )

        bare_metal_memory.additional_properties = d if d else {}
        return bare_metal_memory

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
