# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="SiteToSiteVpn")


@_attrs_define
class SiteToSiteVpn:
    id: str | Unset = UNSET
    pending_task_id: None | str | Unset = UNSET
    account_alias: str | Unset = UNSET
    change_info: ChangeInfo | Unset = UNSET
    """ Who created and last modified the resource, and when. """
    local: VpnLocal | Unset = UNSET
    remote: VpnRemote | Unset = UNSET
    ike: VpnIke | Unset = UNSET
    """ IKE (phase 1) settings. The documentation spells the Diffie-Hellman key both diffieHellmanGroup (responses)
    and diffieHelmanGroup (requests); both are listed. """
    ipsec: VpnIpsec | Unset = UNSET
    """ IPsec (phase 2) settings. """
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pending_task_id: None | str | Unset
        if isinstance(self.pending_task_id, Unset):
            pending_task_id = UNSET
        else:
            pending_task_id = self.pending_task_id

        account_alias = self.account_alias

        change_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_info, Unset):
            change_info = self.change_info.to_dict()

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

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if pending_task_id is not UNSET:
            field_dict["pendingTaskId"] = pending_task_id
        if account_alias is not UNSET:
            field_dict["accountAlias"] = account_alias
        if change_info is not UNSET:
            field_dict["changeInfo"] = change_info
        if local is not UNSET:
            field_dict["local"] = local
        if remote is not UNSET:
            field_dict["remote"] = remote
        if ike is not UNSET:
            field_dict["ike"] = ike
        if ipsec is not UNSET:
            field_dict["ipsec"] = ipsec
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SiteToSiteVpn", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_pending_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pending_task_id = _parse_pending_task_id(d.pop("pendingTaskId", UNSET))

        account_alias = d.pop("accountAlias", UNSET)

        _change_info = d.pop("changeInfo", UNSET)
        change_info: ChangeInfo | Unset
        if isinstance(_change_info, Unset):
            change_info = UNSET
        else:
            change_info = ChangeInfo.from_dict(_change_info)

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

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(pending_task_id, (str, type(None), Unset)):
            raise wrong_type(
                "pendingTaskId",
                pending_task_id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(account_alias, (str, Unset)):
            raise wrong_type("accountAlias", account_alias, (str,))
        site_to_site_vpn = cls(
            id,
            pending_task_id,
            account_alias,
            change_info,
            local,
            remote,
            ike,
            ipsec,
            links,
        )

        site_to_site_vpn.additional_properties = d if d else {}
        return site_to_site_vpn

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


decode_when_read(SiteToSiteVpn, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.change_info import ChangeInfo  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.vpn_ike import VpnIke  # noqa: E402
from ..models.vpn_ipsec import VpnIpsec  # noqa: E402
from ..models.vpn_local import VpnLocal  # noqa: E402
from ..models.vpn_remote import VpnRemote  # noqa: E402
