# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ServerCapabilities")


@_attrs_define
class ServerCapabilities:
    """What can be changed on a running server. Undocumented; keys from the attributes the Python SDK reads from this call."""

    reserved_drive_paths: list[str] | Unset = UNSET
    adding_cpu_requires_reboot: bool | Unset = UNSET
    adding_memory_requires_reboot: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        reserved_drive_paths: list[str] | Unset = UNSET
        if not isinstance(self.reserved_drive_paths, Unset):
            reserved_drive_paths = self.reserved_drive_paths

        adding_cpu_requires_reboot = self.adding_cpu_requires_reboot

        adding_memory_requires_reboot = self.adding_memory_requires_reboot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reserved_drive_paths is not UNSET:
            field_dict["reservedDrivePaths"] = reserved_drive_paths
        if adding_cpu_requires_reboot is not UNSET:
            field_dict["addingCpuRequiresReboot"] = adding_cpu_requires_reboot
        if adding_memory_requires_reboot is not UNSET:
            field_dict["addingMemoryRequiresReboot"] = adding_memory_requires_reboot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ServerCapabilities", src_dict, (dict,))
        d = dict(src_dict)
        reserved_drive_paths = cast(list[str], d.pop("reservedDrivePaths", UNSET))

        adding_cpu_requires_reboot = d.pop("addingCpuRequiresReboot", UNSET)

        adding_memory_requires_reboot = d.pop("addingMemoryRequiresReboot", UNSET)

        if not isinstance(adding_cpu_requires_reboot, (bool, Unset)):
            raise wrong_type("addingCpuRequiresReboot", adding_cpu_requires_reboot, (bool,))
        if not isinstance(adding_memory_requires_reboot, (bool, Unset)):
            raise wrong_type("addingMemoryRequiresReboot", adding_memory_requires_reboot, (bool,))
        server_capabilities = cls(
            reserved_drive_paths,
            adding_cpu_requires_reboot,
            adding_memory_requires_reboot,
        )

        server_capabilities.additional_properties = d if d else {}
        return server_capabilities

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
