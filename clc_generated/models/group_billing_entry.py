# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="GroupBillingEntry")


@_attrs_define
class GroupBillingEntry:
    name: str | Unset = UNSET
    servers: GroupBillingEntryServers | Unset = UNSET
    """ Charges by server name. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        servers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = self.servers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if servers is not UNSET:
            field_dict["servers"] = servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("GroupBillingEntry", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _servers = d.pop("servers", UNSET)
        servers: GroupBillingEntryServers | Unset
        if isinstance(_servers, Unset):
            servers = UNSET
        else:
            servers = GroupBillingEntryServers.from_dict(_servers)

        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        group_billing_entry = cls(
            name,
            servers,
        )

        group_billing_entry.additional_properties = d if d else {}
        return group_billing_entry

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
from ..models.group_billing_entry_servers import GroupBillingEntryServers  # noqa: E402
