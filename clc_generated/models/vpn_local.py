# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="VpnLocal")


@_attrs_define
class VpnLocal:
    address: str | Unset = UNSET
    location_alias: str | Unset = UNSET
    location_description: str | Unset = UNSET
    subnets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        location_alias = self.location_alias

        location_description = self.location_description

        subnets: list[str] | Unset = UNSET
        if not isinstance(self.subnets, Unset):
            subnets = self.subnets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if location_alias is not UNSET:
            field_dict["locationAlias"] = location_alias
        if location_description is not UNSET:
            field_dict["locationDescription"] = location_description
        if subnets is not UNSET:
            field_dict["subnets"] = subnets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("VpnLocal", src_dict, (dict,))
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        location_alias = d.pop("locationAlias", UNSET)

        location_description = d.pop("locationDescription", UNSET)

        subnets = cast(list[str], d.pop("subnets", UNSET))

        if not isinstance(address, (str, Unset)):
            raise wrong_type("address", address, (str,))
        if not isinstance(location_alias, (str, Unset)):
            raise wrong_type("locationAlias", location_alias, (str,))
        if not isinstance(location_description, (str, Unset)):
            raise wrong_type("locationDescription", location_description, (str,))
        vpn_local = cls(
            address,
            location_alias,
            location_description,
            subnets,
        )

        vpn_local.additional_properties = d if d else {}
        return vpn_local

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
