# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="GroupDefaults")


@_attrs_define
class GroupDefaults:
    """Defaults a group gives to new servers. Each entry tells the value and whether it is inherited from a parent group."""

    cpu: GroupDefaultValue | Unset = UNSET
    """ A default; value is a number (cpu, memoryGB) or a string (the others). """
    memory_gb: GroupDefaultValue | Unset = UNSET
    """ A default; value is a number (cpu, memoryGB) or a string (the others). """
    network_id: GroupDefaultValue | Unset = UNSET
    """ A default; value is a number (cpu, memoryGB) or a string (the others). """
    primary_dns: GroupDefaultValue | Unset = UNSET
    """ A default; value is a number (cpu, memoryGB) or a string (the others). """
    secondary_dns: GroupDefaultValue | Unset = UNSET
    """ A default; value is a number (cpu, memoryGB) or a string (the others). """
    template_name: GroupDefaultValue | Unset = UNSET
    """ A default; value is a number (cpu, memoryGB) or a string (the others). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        memory_gb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_gb, Unset):
            memory_gb = self.memory_gb.to_dict()

        network_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_id, Unset):
            network_id = self.network_id.to_dict()

        primary_dns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_dns, Unset):
            primary_dns = self.primary_dns.to_dict()

        secondary_dns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secondary_dns, Unset):
            secondary_dns = self.secondary_dns.to_dict()

        template_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template_name, Unset):
            template_name = self.template_name.to_dict()

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
            raise wrong_type("GroupDefaults", src_dict, (dict,))
        d = dict(src_dict)
        _cpu = d.pop("cpu", UNSET)
        cpu: GroupDefaultValue | Unset
        if isinstance(_cpu, Unset):
            cpu = UNSET
        else:
            cpu = GroupDefaultValue.from_dict(_cpu)

        _memory_gb = d.pop("memoryGB", UNSET)
        memory_gb: GroupDefaultValue | Unset
        if isinstance(_memory_gb, Unset):
            memory_gb = UNSET
        else:
            memory_gb = GroupDefaultValue.from_dict(_memory_gb)

        _network_id = d.pop("networkId", UNSET)
        network_id: GroupDefaultValue | Unset
        if isinstance(_network_id, Unset):
            network_id = UNSET
        else:
            network_id = GroupDefaultValue.from_dict(_network_id)

        _primary_dns = d.pop("primaryDns", UNSET)
        primary_dns: GroupDefaultValue | Unset
        if isinstance(_primary_dns, Unset):
            primary_dns = UNSET
        else:
            primary_dns = GroupDefaultValue.from_dict(_primary_dns)

        _secondary_dns = d.pop("secondaryDns", UNSET)
        secondary_dns: GroupDefaultValue | Unset
        if isinstance(_secondary_dns, Unset):
            secondary_dns = UNSET
        else:
            secondary_dns = GroupDefaultValue.from_dict(_secondary_dns)

        _template_name = d.pop("templateName", UNSET)
        template_name: GroupDefaultValue | Unset
        if isinstance(_template_name, Unset):
            template_name = UNSET
        else:
            template_name = GroupDefaultValue.from_dict(_template_name)

        group_defaults = cls(
            cpu,
            memory_gb,
            network_id,
            primary_dns,
            secondary_dns,
            template_name,
        )

        group_defaults.additional_properties = d if d else {}
        return group_defaults

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
from ..models.group_default_value import GroupDefaultValue  # noqa: E402
