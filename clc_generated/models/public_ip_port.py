# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="PublicIpPort")


@_attrs_define
class PublicIpPort:
    """An open port (or range port..portTo) for a protocol (TCP, UDP or ICMP). Requests give ports within the Port limit;
    answers may carry 0 for ICMP (the documentation's example does), so this shared shape does not state the limit.

    """

    protocol: str
    port: int | Unset = UNSET
    port_to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        port = self.port

        port_to = self.port_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "protocol": protocol,
            }
        )
        if port is not UNSET:
            field_dict["port"] = port
        if port_to is not UNSET:
            field_dict["portTo"] = port_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("PublicIpPort", src_dict, (dict,))
        d = dict(src_dict)
        protocol = d.pop("protocol")

        port = d.pop("port", UNSET)

        port_to = d.pop("portTo", UNSET)

        if not isinstance(protocol, (str,)):
            raise wrong_type("protocol", protocol, (str,))
        if not isinstance(port, (int, Unset)):
            raise wrong_type("port", port, (int,))
        if not isinstance(port_to, (int, Unset)):
            raise wrong_type("portTo", port_to, (int,))
        public_ip_port = cls(
            protocol,
            port,
            port_to,
        )

        public_ip_port.additional_properties = d if d else {}
        return public_ip_port

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
