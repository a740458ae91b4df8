# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="Network")


@_attrs_define
class Network:
    """A private network; ipAddresses is present when requested with ipAddresses=..."""

    id: str | Unset = UNSET
    cidr: str | Unset = UNSET
    description: str | Unset = UNSET
    gateway: str | Unset = UNSET
    name: str | Unset = UNSET
    netmask: str | Unset = UNSET
    type_: str | Unset = UNSET
    vlan: int | Unset = UNSET
    ip_addresses: list[IpAddress] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cidr = self.cidr

        description = self.description

        gateway = self.gateway

        name = self.name

        netmask = self.netmask

        type_ = self.type_

        vlan = self.vlan

        ip_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_addresses, Unset):
            ip_addresses = []
            for ip_addresses_item_data in self.ip_addresses:
                ip_addresses_item = ip_addresses_item_data.to_dict()
                ip_addresses.append(ip_addresses_item)

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
        if cidr is not UNSET:
            field_dict["cidr"] = cidr
        if description is not UNSET:
            field_dict["description"] = description
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if name is not UNSET:
            field_dict["name"] = name
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if type_ is not UNSET:
            field_dict["type"] = type_
        if vlan is not UNSET:
            field_dict["vlan"] = vlan
        if ip_addresses is not UNSET:
            field_dict["ipAddresses"] = ip_addresses
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Network", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        cidr = d.pop("cidr", UNSET)

        description = d.pop("description", UNSET)

        gateway = d.pop("gateway", UNSET)

        name = d.pop("name", UNSET)

        netmask = d.pop("netmask", UNSET)

        type_ = d.pop("type", UNSET)

        vlan = d.pop("vlan", UNSET)

        _ip_addresses = d.pop("ipAddresses", UNSET)
        ip_addresses: list[IpAddress] | Unset = UNSET
        if _ip_addresses is not UNSET:
            ip_addresses = []
            for ip_addresses_item_data in _ip_addresses:
                ip_addresses_item = IpAddress.from_dict(ip_addresses_item_data)

                ip_addresses.append(ip_addresses_item)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(cidr, (str, Unset)):
            raise wrong_type("cidr", cidr, (str,))
        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(gateway, (str, Unset)):
            raise wrong_type("gateway", gateway, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(netmask, (str, Unset)):
            raise wrong_type("netmask", netmask, (str,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(vlan, (int, Unset)):
            raise wrong_type("vlan", vlan, (int,))
        network = cls(
            id,
            cidr,
            description,
            gateway,
            name,
            netmask,
            type_,
            vlan,
            ip_addresses,
            links,
        )

        network.additional_properties = d if d else {}
        return network

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


decode_when_read(Network, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.ip_address import IpAddress  # noqa: E402
from ..models.link import Link  # noqa: E402
