# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="VpnIpsec")


@_attrs_define
class VpnIpsec:
    """IPsec (phase 2) settings."""

    encryption: str | Unset = UNSET
    hashing: str | Unset = UNSET
    protocol: str | Unset = UNSET
    pfs: str | Unset = UNSET
    lifetime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        encryption = self.encryption

        hashing = self.hashing

        protocol = self.protocol

        pfs = self.pfs

        lifetime = self.lifetime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encryption is not UNSET:
            field_dict["encryption"] = encryption
        if hashing is not UNSET:
            field_dict["hashing"] = hashing
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if pfs is not UNSET:
            field_dict["pfs"] = pfs
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("VpnIpsec", src_dict, (dict,))
        d = dict(src_dict)
        encryption = d.pop("encryption", UNSET)

        hashing = d.pop("hashing", UNSET)

        protocol = d.pop("protocol", UNSET)

        pfs = d.pop("pfs", UNSET)

        lifetime = d.pop("lifetime", UNSET)

        if not isinstance(encryption, (str, Unset)):
            raise wrong_type("encryption", encryption, (str,))
        if not isinstance(hashing, (str, Unset)):
            raise wrong_type("hashing", hashing, (str,))
        if not isinstance(protocol, (str, Unset)):
            raise wrong_type("protocol", protocol, (str,))
        if not isinstance(pfs, (str, Unset)):
            raise wrong_type("pfs", pfs, (str,))
        if not isinstance(lifetime, (int, Unset)):
            raise wrong_type("lifetime", lifetime, (int,))
        vpn_ipsec = cls(
            encryption,
            hashing,
            protocol,
            pfs,
            lifetime,
        )

        vpn_ipsec.additional_properties = d if d else {}
        return vpn_ipsec

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
