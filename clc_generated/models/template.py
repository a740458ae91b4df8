# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """A server template (name is what create_server takes as sourceServerId)."""

    name: str | Unset = UNSET
    os_type: str | Unset = UNSET
    description: str | Unset = UNSET
    storage_size_gb: int | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    reserved_drive_paths: list[str] | Unset = UNSET
    drive_path_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        os_type = self.os_type

        description = self.description

        storage_size_gb = self.storage_size_gb

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        reserved_drive_paths: list[str] | Unset = UNSET
        if not isinstance(self.reserved_drive_paths, Unset):
            reserved_drive_paths = self.reserved_drive_paths

        drive_path_length = self.drive_path_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if description is not UNSET:
            field_dict["description"] = description
        if storage_size_gb is not UNSET:
            field_dict["storageSizeGB"] = storage_size_gb
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if reserved_drive_paths is not UNSET:
            field_dict["reservedDrivePaths"] = reserved_drive_paths
        if drive_path_length is not UNSET:
            field_dict["drivePathLength"] = drive_path_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Template", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        os_type = d.pop("osType", UNSET)

        description = d.pop("description", UNSET)

        storage_size_gb = d.pop("storageSizeGB", UNSET)

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        reserved_drive_paths = cast(list[str], d.pop("reservedDrivePaths", UNSET))

        drive_path_length = d.pop("drivePathLength", UNSET)

        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(os_type, (str, Unset)):
            raise wrong_type("osType", os_type, (str,))
        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(storage_size_gb, (int, Unset)):
            raise wrong_type("storageSizeGB", storage_size_gb, (int,))
        if not isinstance(drive_path_length, (int, Unset)):
            raise wrong_type("drivePathLength", drive_path_length, (int,))
        template = cls(
            name,
            os_type,
            description,
            storage_size_gb,
            capabilities,
            reserved_drive_paths,
            drive_path_length,
        )

        template.additional_properties = d if d else {}
        return template

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
