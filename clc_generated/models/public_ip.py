# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="PublicIp")


@_attrs_define
class PublicIp:
    """A public IP of a server, the internal address it maps to and its open ports."""

    internal_ip_address: str | Unset = UNSET
    ports: list[PublicIpPort] | Unset = UNSET
    source_restrictions: list[SourceRestriction] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        internal_ip_address = self.internal_ip_address

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        source_restrictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_restrictions, Unset):
            source_restrictions = []
            for source_restrictions_item_data in self.source_restrictions:
                source_restrictions_item = source_restrictions_item_data.to_dict()
                source_restrictions.append(source_restrictions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_ip_address is not UNSET:
            field_dict["internalIPAddress"] = internal_ip_address
        if ports is not UNSET:
            field_dict["ports"] = ports
        if source_restrictions is not UNSET:
            field_dict["sourceRestrictions"] = source_restrictions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("PublicIp", src_dict, (dict,))
        d = dict(src_dict)
        internal_ip_address = d.pop("internalIPAddress", UNSET)

        _ports = d.pop("ports", UNSET)
        ports: list[PublicIpPort] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = PublicIpPort.from_dict(ports_item_data)

                ports.append(ports_item)

        _source_restrictions = d.pop("sourceRestrictions", UNSET)
        source_restrictions: list[SourceRestriction] | Unset = UNSET
        if _source_restrictions is not UNSET:
            source_restrictions = []
            for source_restrictions_item_data in _source_restrictions:
                source_restrictions_item = SourceRestriction.from_dict(
                    source_restrictions_item_data
                )

                source_restrictions.append(source_restrictions_item)

        if not isinstance(internal_ip_address, (str, Unset)):
            raise wrong_type("internalIPAddress", internal_ip_address, (str,))
        public_ip = cls(
            internal_ip_address,
            ports,
            source_restrictions,
        )

        public_ip.additional_properties = d if d else {}
        return public_ip

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
from ..models.public_ip_port import PublicIpPort  # noqa: E402
from ..models.source_restriction import SourceRestriction  # noqa: E402
