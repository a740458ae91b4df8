# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ImportableVm")


@_attrs_define
class ImportableVm:
    """An uploaded OVF image (id is what import_server takes as ovfId)."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    storage_size_gb: int | Unset = UNSET
    cpu_count: int | Unset = UNSET
    memory_size_mb: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        storage_size_gb = self.storage_size_gb

        cpu_count = self.cpu_count

        memory_size_mb = self.memory_size_mb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if storage_size_gb is not UNSET:
            field_dict["storageSizeGB"] = storage_size_gb
        if cpu_count is not UNSET:
            field_dict["cpuCount"] = cpu_count
        if memory_size_mb is not UNSET:
            field_dict["memorySizeMB"] = memory_size_mb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ImportableVm", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        storage_size_gb = d.pop("storageSizeGB", UNSET)

        cpu_count = d.pop("cpuCount", UNSET)

        memory_size_mb = d.pop("memorySizeMB", UNSET)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(storage_size_gb, (int, Unset)):
            raise wrong_type("storageSizeGB", storage_size_gb, (int,))
        if not isinstance(cpu_count, (int, Unset)):
            raise wrong_type("cpuCount", cpu_count, (int,))
        if not isinstance(memory_size_mb, (int, Unset)):
            raise wrong_type("memorySizeMB", memory_size_mb, (int,))
        importable_vm = cls(
            id,
            name,
            storage_size_gb,
            cpu_count,
            memory_size_mb,
        )

        importable_vm.additional_properties = d if d else {}
        return importable_vm

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
