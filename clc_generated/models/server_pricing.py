# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ServerPricing")


@_attrs_define
class ServerPricing:
    """Hourly unit prices of a server's resources. Undocumented; keys from the Python and .NET SDKs."""

    cpu: float | Unset = UNSET
    memory_gb: float | Unset = UNSET
    storage_gb: float | Unset = UNSET
    managed_os: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory_gb = self.memory_gb

        storage_gb = self.storage_gb

        managed_os = self.managed_os

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory_gb is not UNSET:
            field_dict["memoryGB"] = memory_gb
        if storage_gb is not UNSET:
            field_dict["storageGB"] = storage_gb
        if managed_os is not UNSET:
            field_dict["managedOS"] = managed_os

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ServerPricing", src_dict, (dict,))
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory_gb = d.pop("memoryGB", UNSET)

        storage_gb = d.pop("storageGB", UNSET)

        managed_os = d.pop("managedOS", UNSET)

        if not isinstance(cpu, (int, float, Unset)):
            raise wrong_type(
                "cpu",
                cpu,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(memory_gb, (int, float, Unset)):
            raise wrong_type(
                "memoryGB",
                memory_gb,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(storage_gb, (int, float, Unset)):
            raise wrong_type(
                "storageGB",
                storage_gb,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(managed_os, (int, float, Unset)):
            raise wrong_type(
                "managedOS",
                managed_os,
                (
                    int,
                    float,
                ),
            )
        server_pricing = cls(
            cpu,
            memory_gb,
            storage_gb,
            managed_os,
        )

        server_pricing.additional_properties = d if d else {}
        return server_pricing

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
