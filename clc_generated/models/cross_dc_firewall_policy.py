# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="CrossDcFirewallPolicy")


@_attrs_define
class CrossDcFirewallPolicy:
    id: str | Unset = UNSET
    status: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    source_cidr: str | Unset = UNSET
    source_account: str | Unset = UNSET
    source_location: str | Unset = UNSET
    destination_cidr: str | Unset = UNSET
    destination_account: str | Unset = UNSET
    destination_location: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        enabled = self.enabled

        source_cidr = self.source_cidr

        source_account = self.source_account

        source_location = self.source_location

        destination_cidr = self.destination_cidr

        destination_account = self.destination_account

        destination_location = self.destination_location

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if source_cidr is not UNSET:
            field_dict["sourceCidr"] = source_cidr
        if source_account is not UNSET:
            field_dict["sourceAccount"] = source_account
        if source_location is not UNSET:
            field_dict["sourceLocation"] = source_location
        if destination_cidr is not UNSET:
            field_dict["destinationCidr"] = destination_cidr
        if destination_account is not UNSET:
            field_dict["destinationAccount"] = destination_account
        if destination_location is not UNSET:
            field_dict["destinationLocation"] = destination_location
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CrossDcFirewallPolicy", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        enabled = d.pop("enabled", UNSET)

        source_cidr = d.pop("sourceCidr", UNSET)

        source_account = d.pop("sourceAccount", UNSET)

        source_location = d.pop("sourceLocation", UNSET)

        destination_cidr = d.pop("destinationCidr", UNSET)

        destination_account = d.pop("destinationAccount", UNSET)

        destination_location = d.pop("destinationLocation", UNSET)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        if not isinstance(enabled, (bool, Unset)):
            raise wrong_type("enabled", enabled, (bool,))
        if not isinstance(source_cidr, (str, Unset)):
            raise wrong_type("sourceCidr", source_cidr, (str,))
        if not isinstance(source_account, (str, Unset)):
            raise wrong_type("sourceAccount", source_account, (str,))
        if not isinstance(source_location, (str, Unset)):
            raise wrong_type("sourceLocation", source_location, (str,))
        if not isinstance(destination_cidr, (str, Unset)):
            raise wrong_type("destinationCidr", destination_cidr, (str,))
        if not isinstance(destination_account, (str, Unset)):
            raise wrong_type("destinationAccount", destination_account, (str,))
        if not isinstance(destination_location, (str, Unset)):
            raise wrong_type("destinationLocation", destination_location, (str,))
        cross_dc_firewall_policy = cls(
            id,
            status,
            enabled,
            source_cidr,
            source_account,
            source_location,
            destination_cidr,
            destination_account,
            destination_location,
            links,
        )

        cross_dc_firewall_policy.additional_properties = d if d else {}
        return cross_dc_firewall_policy

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


decode_when_read(CrossDcFirewallPolicy, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.link import Link  # noqa: E402
