# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_type

T = TypeVar("T", bound="MaintenanceModeChange")


@_attrs_define
class MaintenanceModeChange:
    id: str
    in_maintenance_mode: bool
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        in_maintenance_mode = self.in_maintenance_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inMaintenanceMode": in_maintenance_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("MaintenanceModeChange", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id")

        in_maintenance_mode = d.pop("inMaintenanceMode")

        if not isinstance(id, (str,)):
            raise wrong_type("id", id, (str,))
        if not isinstance(in_maintenance_mode, (bool,)):
            raise wrong_type("inMaintenanceMode", in_maintenance_mode, (bool,))
        maintenance_mode_change = cls(
            id,
            in_maintenance_mode,
        )

        maintenance_mode_change.additional_properties = d if d else {}
        return maintenance_mode_change

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
