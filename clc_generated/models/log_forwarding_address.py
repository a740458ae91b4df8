# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="LogForwardingAddress")


@_attrs_define
class LogForwardingAddress:
    remote_address: str | Unset = UNSET
    protocol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        remote_address = self.remote_address

        protocol = self.protocol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remote_address is not UNSET:
            field_dict["remoteAddress"] = remote_address
        if protocol is not UNSET:
            field_dict["protocol"] = protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("LogForwardingAddress", src_dict, (dict,))
        d = dict(src_dict)
        remote_address = d.pop("remoteAddress", UNSET)

        protocol = d.pop("protocol", UNSET)

        if not isinstance(remote_address, (str, Unset)):
            raise wrong_type("remoteAddress", remote_address, (str,))
        if not isinstance(protocol, (str, Unset)):
            raise wrong_type("protocol", protocol, (str,))
        log_forwarding_address = cls(
            remote_address,
            protocol,
        )

        log_forwarding_address.additional_properties = d if d else {}
        return log_forwarding_address

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
