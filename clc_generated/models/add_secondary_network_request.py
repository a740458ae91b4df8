# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="AddSecondaryNetworkRequest")


@_attrs_define
class AddSecondaryNetworkRequest:
    network_id: str
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        network_id = self.network_id

        ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "networkId": network_id,
            }
        )
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AddSecondaryNetworkRequest", src_dict, (dict,))
        d = dict(src_dict)
        network_id = d.pop("networkId")

        ip_address = d.pop("ipAddress", UNSET)

        if not isinstance(network_id, (str,)):
            raise wrong_type("networkId", network_id, (str,))
        if not isinstance(ip_address, (str, Unset)):
            raise wrong_type("ipAddress", ip_address, (str,))
        add_secondary_network_request = cls(
            network_id,
            ip_address,
        )

        add_secondary_network_request.additional_properties = d if d else {}
        return add_secondary_network_request

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
