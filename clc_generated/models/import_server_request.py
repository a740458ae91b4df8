# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ImportServerRequest")


@_attrs_define
class ImportServerRequest:
    name: str
    """ The short name a new server is built from: letters, digits and hyphens, one to eight of them; the account
    alias and the name together may not exceed ten characters (x-clc-max-length-with-alias). The API adds the data
    center, the alias and two digits. """
    group_id: str
    password: str = _attrs_field(repr=False)
    cpu: int
    """ Number of processors (documented 1-16). """
    memory_gb: int
    """ Memory in GB (documented 1-128). """
    ovf_id: str
    ovf_os_type: str
    description: str | Unset = UNSET
    primary_dns: str | Unset = UNSET
    secondary_dns: str | Unset = UNSET
    network_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    storage_type: str | Unset = UNSET
    custom_fields: list[CustomFieldInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        group_id = self.group_id

        password = self.password

        cpu = self.cpu

        memory_gb = self.memory_gb

        ovf_id = self.ovf_id

        ovf_os_type = self.ovf_os_type

        description = self.description

        primary_dns = self.primary_dns

        secondary_dns = self.secondary_dns

        network_id = self.network_id

        type_ = self.type_

        storage_type = self.storage_type

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "groupId": group_id,
                "password": password,
                "cpu": cpu,
                "memoryGB": memory_gb,
                "ovfId": ovf_id,
                "ovfOsType": ovf_os_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if primary_dns is not UNSET:
            field_dict["primaryDns"] = primary_dns
        if secondary_dns is not UNSET:
            field_dict["secondaryDns"] = secondary_dns
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ImportServerRequest", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name")

        group_id = d.pop("groupId")

        password = d.pop("password")

        cpu = d.pop("cpu")

        memory_gb = d.pop("memoryGB")

        ovf_id = d.pop("ovfId")

        ovf_os_type = d.pop("ovfOsType")

        description = d.pop("description", UNSET)

        primary_dns = d.pop("primaryDns", UNSET)

        secondary_dns = d.pop("secondaryDns", UNSET)

        network_id = d.pop("networkId", UNSET)

        type_ = d.pop("type", UNSET)

        storage_type = d.pop("storageType", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomFieldInput] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldInput.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        if not isinstance(name, (str,)):
            raise wrong_type("name", name, (str,))
        if not isinstance(group_id, (str,)):
            raise wrong_type("groupId", group_id, (str,))
        if not isinstance(password, (str,)):
            raise wrong_type("password", password, (str,))
        if not isinstance(cpu, (int,)):
            raise wrong_type("cpu", cpu, (int,))
        if not isinstance(memory_gb, (int,)):
            raise wrong_type("memoryGB", memory_gb, (int,))
        if not isinstance(ovf_id, (str,)):
            raise wrong_type("ovfId", ovf_id, (str,))
        if not isinstance(ovf_os_type, (str,)):
            raise wrong_type("ovfOsType", ovf_os_type, (str,))
        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(primary_dns, (str, Unset)):
            raise wrong_type("primaryDns", primary_dns, (str,))
        if not isinstance(secondary_dns, (str, Unset)):
            raise wrong_type("secondaryDns", secondary_dns, (str,))
        if not isinstance(network_id, (str, Unset)):
            raise wrong_type("networkId", network_id, (str,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(storage_type, (str, Unset)):
            raise wrong_type("storageType", storage_type, (str,))
        import_server_request = cls(
            name,
            group_id,
            password,
            cpu,
            memory_gb,
            ovf_id,
            ovf_os_type,
            description,
            primary_dns,
            secondary_dns,
            network_id,
            type_,
            storage_type,
            custom_fields,
        )

        import_server_request.additional_properties = d if d else {}
        return import_server_request

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


# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.custom_field_input import CustomFieldInput  # noqa: E402
