# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="GuestDiskUsage")


@_attrs_define
class GuestDiskUsage:
    path: str | Unset = UNSET
    capacity_mb: float | Unset = UNSET
    consumed_mb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        capacity_mb = self.capacity_mb

        consumed_mb = self.consumed_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if capacity_mb is not UNSET:
            field_dict["capacityMB"] = capacity_mb
        if consumed_mb is not UNSET:
            field_dict["consumedMB"] = consumed_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("GuestDiskUsage", src_dict, (dict,))
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        capacity_mb = d.pop("capacityMB", UNSET)

        consumed_mb = d.pop("consumedMB", UNSET)

        if not isinstance(path, (str, Unset)):
            raise wrong_type("path", path, (str,))
        if not isinstance(capacity_mb, (int, float, Unset)):
            raise wrong_type(
                "capacityMB",
                capacity_mb,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(consumed_mb, (int, float, Unset)):
            raise wrong_type(
                "consumedMB",
                consumed_mb,
                (
                    int,
                    float,
                ),
            )
        guest_disk_usage = cls(
            path,
            capacity_mb,
            consumed_mb,
        )

        guest_disk_usage.additional_properties = d if d else {}
        return guest_disk_usage

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
