# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="SiteToSiteVpnRequest")


@_attrs_define
class SiteToSiteVpnRequest:
    """All four sections are needed to create; any subset to update."""

    local: VpnLocal | Unset = UNSET
    remote: VpnRemote | Unset = UNSET
    ike: VpnIke | Unset = UNSET
    """ IKE (phase 1) settings. The documentation spells the Diffie-Hellman key both diffieHellmanGroup (responses)
    and diffieHelmanGroup (requests); both are listed. """
    ipsec: VpnIpsec | Unset = UNSET
    """ IPsec (phase 2) settings. """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        local: dict[str, Any] | Unset = UNSET
        if not isinstance(self.local, Unset):
            local = self.local.to_dict()

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        ike: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ike, Unset):
            ike = self.ike.to_dict()

        ipsec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ipsec, Unset):
            ipsec = self.ipsec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if local is not UNSET:
            field_dict["local"] = local
        if remote is not UNSET:
            field_dict["remote"] = remote
        if ike is not UNSET:
            field_dict["ike"] = ike
        if ipsec is not UNSET:
            field_dict["ipsec"] = ipsec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SiteToSiteVpnRequest", src_dict, (dict,))
        d = dict(src_dict)
        _local = d.pop("local", UNSET)
        local: VpnLocal | Unset
        if isinstance(_local, Unset):
            local = UNSET
        else:
            local = VpnLocal.from_dict(_local)

        _remote = d.pop("remote", UNSET)
        remote: VpnRemote | Unset
        if isinstance(_remote, Unset):
            remote = UNSET
        else:
            remote = VpnRemote.from_dict(_remote)

        _ike = d.pop("ike", UNSET)
        ike: VpnIke | Unset
        if isinstance(_ike, Unset):
            ike = UNSET
        else:
            ike = VpnIke.from_dict(_ike)

        _ipsec = d.pop("ipsec", UNSET)
        ipsec: VpnIpsec | Unset
        if isinstance(_ipsec, Unset):
            ipsec = UNSET
        else:
            ipsec = VpnIpsec.from_dict(_ipsec)

        site_to_site_vpn_request = cls(
            local,
            remote,
            ike,
            ipsec,
        )

        site_to_site_vpn_request.additional_properties = d if d else {}
        return site_to_site_vpn_request

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
from ..models.vpn_ike import VpnIke  # noqa: E402
from ..models.vpn_ipsec import VpnIpsec  # noqa: E402
from ..models.vpn_local import VpnLocal  # noqa: E402
from ..models.vpn_remote import VpnRemote  # noqa: E402
