# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_type

T = TypeVar("T", bound="GroupBillingEntryServers")


@_attrs_define
class GroupBillingEntryServers:
    """Charges by server name."""

    additional_properties: dict[str, ServerBillingEntry] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("GroupBillingEntryServers", src_dict, (dict,))
        d = dict(src_dict)
        group_billing_entry_servers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ServerBillingEntry.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        group_billing_entry_servers.additional_properties = additional_properties
        return group_billing_entry_servers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ServerBillingEntry:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ServerBillingEntry) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.server_billing_entry import ServerBillingEntry  # noqa: E402
