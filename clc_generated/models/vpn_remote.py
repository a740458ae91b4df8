# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="VpnRemote")


@_attrs_define
class VpnRemote:
    site_name: str | Unset = UNSET
    device_type: str | Unset = UNSET
    address: str | Unset = UNSET
    subnets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        site_name = self.site_name

        device_type = self.device_type

        address = self.address

        subnets: list[str] | Unset = UNSET
        if not isinstance(self.subnets, Unset):
            subnets = self.subnets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if site_name is not UNSET:
            field_dict["siteName"] = site_name
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type
        if address is not UNSET:
            field_dict["address"] = address
        if subnets is not UNSET:
            field_dict["subnets"] = subnets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("VpnRemote", src_dict, (dict,))
        d = dict(src_dict)
        site_name = d.pop("siteName", UNSET)

        device_type = d.pop("deviceType", UNSET)

        address = d.pop("address", UNSET)

        subnets = cast(list[str], d.pop("subnets", UNSET))

        if not isinstance(site_name, (str, Unset)):
            raise wrong_type("siteName", site_name, (str,))
        if not isinstance(device_type, (str, Unset)):
            raise wrong_type("deviceType", device_type, (str,))
        if not isinstance(address, (str, Unset)):
            raise wrong_type("address", address, (str,))
        vpn_remote = cls(
            site_name,
            device_type,
            address,
            subnets,
        )

        vpn_remote.additional_properties = d if d else {}
        return vpn_remote

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
