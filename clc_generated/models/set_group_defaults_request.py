# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="SetGroupDefaultsRequest")


@_attrs_define
class SetGroupDefaultsRequest:
    """New defaults. The documentation and the Go SDK send cpu and memoryGB as strings, so both numbers and numeric strings
    are accepted.

    """

    cpu: int | str | Unset = UNSET
    memory_gb: int | str | Unset = UNSET
    network_id: str | Unset = UNSET
    primary_dns: str | Unset = UNSET
    secondary_dns: str | Unset = UNSET
    template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        cpu: int | str | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        else:
            cpu = self.cpu

        memory_gb: int | str | Unset
        if isinstance(self.memory_gb, Unset):
            memory_gb = UNSET
        else:
            memory_gb = self.memory_gb

        network_id = self.network_id

        primary_dns = self.primary_dns

        secondary_dns = self.secondary_dns

        template_name = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory_gb is not UNSET:
            field_dict["memoryGB"] = memory_gb
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if primary_dns is not UNSET:
            field_dict["primaryDns"] = primary_dns
        if secondary_dns is not UNSET:
            field_dict["secondaryDns"] = secondary_dns
        if template_name is not UNSET:
            field_dict["templateName"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SetGroupDefaultsRequest", src_dict, (dict,))
        d = dict(src_dict)

        def _parse_cpu(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        cpu = _parse_cpu(d.pop("cpu", UNSET))

        def _parse_memory_gb(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        memory_gb = _parse_memory_gb(d.pop("memoryGB", UNSET))

        network_id = d.pop("networkId", UNSET)

        primary_dns = d.pop("primaryDns", UNSET)

        secondary_dns = d.pop("secondaryDns", UNSET)

        template_name = d.pop("templateName", UNSET)

        if not isinstance(network_id, (str, Unset)):
            raise wrong_type("networkId", network_id, (str,))
        if not isinstance(primary_dns, (str, Unset)):
            raise wrong_type("primaryDns", primary_dns, (str,))
        if not isinstance(secondary_dns, (str, Unset)):
            raise wrong_type("secondaryDns", secondary_dns, (str,))
        if not isinstance(template_name, (str, Unset)):
            raise wrong_type("templateName", template_name, (str,))
        set_group_defaults_request = cls(
            cpu,
            memory_gb,
            network_id,
            primary_dns,
            secondary_dns,
            template_name,
        )

        set_group_defaults_request.additional_properties = d if d else {}
        return set_group_defaults_request

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
