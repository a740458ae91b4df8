# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="FirewallPolicyRequest")


@_attrs_define
class FirewallPolicyRequest:
    """A new policy, or the changes to one. The Java SDK sends destinationAccount as null in an update, which the live API
    accepted.

    """

    destination_account: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    source: list[str] | Unset = UNSET
    destination: list[str] | Unset = UNSET
    ports: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        destination_account: None | str | Unset
        if isinstance(self.destination_account, Unset):
            destination_account = UNSET
        else:
            destination_account = self.destination_account

        enabled = self.enabled

        source: list[str] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source

        destination: list[str] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination

        ports: list[str] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = self.ports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_account is not UNSET:
            field_dict["destinationAccount"] = destination_account
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if ports is not UNSET:
            field_dict["ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("FirewallPolicyRequest", src_dict, (dict,))
        d = dict(src_dict)

        def _parse_destination_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination_account = _parse_destination_account(d.pop("destinationAccount", UNSET))

        enabled = d.pop("enabled", UNSET)

        source = cast(list[str], d.pop("source", UNSET))

        destination = cast(list[str], d.pop("destination", UNSET))

        ports = cast(list[str], d.pop("ports", UNSET))

        if not isinstance(destination_account, (str, type(None), Unset)):
            raise wrong_type(
                "destinationAccount",
                destination_account,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(enabled, (bool, Unset)):
            raise wrong_type("enabled", enabled, (bool,))
        firewall_policy_request = cls(
            destination_account,
            enabled,
            source,
            destination,
            ports,
        )

        firewall_policy_request.additional_properties = d if d else {}
        return firewall_policy_request

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
