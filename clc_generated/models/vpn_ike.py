# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="VpnIke")


@_attrs_define
class VpnIke:
    """IKE (phase 1) settings. The documentation spells the Diffie-Hellman key both diffieHellmanGroup (responses) and
    diffieHelmanGroup (requests); both are listed.

    """

    encryption: str | Unset = UNSET
    hashing: str | Unset = UNSET
    diffie_hellman_group: str | Unset = UNSET
    diffie_helman_group: str | Unset = UNSET
    pre_shared_key: str | Unset = _attrs_field(repr=False, default=UNSET)
    lifetime: int | Unset = UNSET
    mode: str | Unset = UNSET
    dead_peer_detection: bool | Unset = UNSET
    nat_traversal: bool | Unset = UNSET
    remote_identity: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        encryption = self.encryption

        hashing = self.hashing

        diffie_hellman_group = self.diffie_hellman_group

        diffie_helman_group = self.diffie_helman_group

        pre_shared_key = self.pre_shared_key

        lifetime = self.lifetime

        mode = self.mode

        dead_peer_detection = self.dead_peer_detection

        nat_traversal = self.nat_traversal

        remote_identity: None | str | Unset
        if isinstance(self.remote_identity, Unset):
            remote_identity = UNSET
        else:
            remote_identity = self.remote_identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encryption is not UNSET:
            field_dict["encryption"] = encryption
        if hashing is not UNSET:
            field_dict["hashing"] = hashing
        if diffie_hellman_group is not UNSET:
            field_dict["diffieHellmanGroup"] = diffie_hellman_group
        if diffie_helman_group is not UNSET:
            field_dict["diffieHelmanGroup"] = diffie_helman_group
        if pre_shared_key is not UNSET:
            field_dict["preSharedKey"] = pre_shared_key
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if mode is not UNSET:
            field_dict["mode"] = mode
        if dead_peer_detection is not UNSET:
            field_dict["deadPeerDetection"] = dead_peer_detection
        if nat_traversal is not UNSET:
            field_dict["natTraversal"] = nat_traversal
        if remote_identity is not UNSET:
            field_dict["remoteIdentity"] = remote_identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("VpnIke", src_dict, (dict,))
        d = dict(src_dict)
        encryption = d.pop("encryption", UNSET)

        hashing = d.pop("hashing", UNSET)

        diffie_hellman_group = d.pop("diffieHellmanGroup", UNSET)

        diffie_helman_group = d.pop("diffieHelmanGroup", UNSET)

        pre_shared_key = d.pop("preSharedKey", UNSET)

        lifetime = d.pop("lifetime", UNSET)

        mode = d.pop("mode", UNSET)

        dead_peer_detection = d.pop("deadPeerDetection", UNSET)

        nat_traversal = d.pop("natTraversal", UNSET)

        def _parse_remote_identity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_identity = _parse_remote_identity(d.pop("remoteIdentity", UNSET))

        if not isinstance(encryption, (str, Unset)):
            raise wrong_type("encryption", encryption, (str,))
        if not isinstance(hashing, (str, Unset)):
            raise wrong_type("hashing", hashing, (str,))
        if not isinstance(diffie_hellman_group, (str, Unset)):
            raise wrong_type("diffieHellmanGroup", diffie_hellman_group, (str,))
        if not isinstance(diffie_helman_group, (str, Unset)):
            raise wrong_type("diffieHelmanGroup", diffie_helman_group, (str,))
        if not isinstance(pre_shared_key, (str, Unset)):
            raise wrong_type("preSharedKey", pre_shared_key, (str,))
        if not isinstance(lifetime, (int, Unset)):
            raise wrong_type("lifetime", lifetime, (int,))
        if not isinstance(mode, (str, Unset)):
            raise wrong_type("mode", mode, (str,))
        if not isinstance(dead_peer_detection, (bool, Unset)):
            raise wrong_type("deadPeerDetection", dead_peer_detection, (bool,))
        if not isinstance(nat_traversal, (bool, Unset)):
            raise wrong_type("natTraversal", nat_traversal, (bool,))
        if not isinstance(remote_identity, (str, type(None), Unset)):
            raise wrong_type(
                "remoteIdentity",
                remote_identity,
                (
                    str,
                    type(None),
                ),
            )
        vpn_ike = cls(
            encryption,
            hashing,
            diffie_hellman_group,
            diffie_helman_group,
            pre_shared_key,
            lifetime,
            mode,
            dead_peer_detection,
            nat_traversal,
            remote_identity,
        )

        vpn_ike.additional_properties = d if d else {}
        return vpn_ike

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
