# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="FirewallPolicy")


@_attrs_define
class FirewallPolicy:
    """Intra data center firewall policy. ports entries look like "any", "icmp", "tcp/80" or "udp/100-200"."""

    id: str | Unset = UNSET
    status: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    source: list[str] | Unset = UNSET
    destination: list[str] | Unset = UNSET
    destination_account: str | Unset = UNSET
    ports: list[str] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        enabled = self.enabled

        source: list[str] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        destination: list[str] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination

        destination_account = self.destination_account

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

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
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destination_account is not UNSET:
            field_dict["destinationAccount"] = destination_account
        if ports is not UNSET:
            field_dict["ports"] = ports
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("FirewallPolicy", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        enabled = d.pop("enabled", UNSET)

        source = cast(list[str], d.pop("source", UNSET))

        destination = cast(list[str], d.pop("destination", UNSET))

        destination_account = d.pop("destinationAccount", UNSET)

        ports = cast(list[str], d.pop("ports", UNSET))

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        if not isinstance(enabled, (bool, Unset)):
            raise wrong_type("enabled", enabled, (bool,))
        if not isinstance(destination_account, (str, Unset)):
            raise wrong_type("destinationAccount", destination_account, (str,))
        firewall_policy = cls(
            id,
            status,
            enabled,
            source,
            destination,
            destination_account,
            ports,
            links,
        )

        firewall_policy.additional_properties = d if d else {}
        return firewall_policy

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


decode_when_read(FirewallPolicy, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.link import Link  # noqa: E402
