# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="IpAddress")


@_attrs_define
class IpAddress:
    """An address of a network, whether it is claimed, and by which server."""

    address: str | Unset = UNSET
    claimed: bool | Unset = UNSET
    primary: bool | Unset = UNSET
    server: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        claimed = self.claimed

        primary = self.primary

        server = self.server

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if claimed is not UNSET:
            field_dict["claimed"] = claimed
        if primary is not UNSET:
            field_dict["primary"] = primary
        if server is not UNSET:
            field_dict["server"] = server
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("IpAddress", src_dict, (dict,))
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        claimed = d.pop("claimed", UNSET)

        primary = d.pop("primary", UNSET)

        server = d.pop("server", UNSET)

        type_ = d.pop("type", UNSET)

        if not isinstance(address, (str, Unset)):
            raise wrong_type("address", address, (str,))
        if not isinstance(claimed, (bool, Unset)):
            raise wrong_type("claimed", claimed, (bool,))
        if not isinstance(primary, (bool, Unset)):
            raise wrong_type("primary", primary, (bool,))
        if not isinstance(server, (str, Unset)):
            raise wrong_type("server", server, (str,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        ip_address = cls(
            address,
            claimed,
            primary,
            server,
            type_,
        )

        ip_address.additional_properties = d if d else {}
        return ip_address

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
