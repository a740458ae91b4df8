# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="CrossDcFirewallPolicyRequest")


@_attrs_define
class CrossDcFirewallPolicyRequest:
    destination_account_id: str
    destination_location_id: str
    destination_cidr: str
    source_cidr: str
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        destination_account_id = self.destination_account_id

        destination_location_id = self.destination_location_id

        destination_cidr = self.destination_cidr

        source_cidr = self.source_cidr

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationAccountId": destination_account_id,
                "destinationLocationId": destination_location_id,
                "destinationCidr": destination_cidr,
                "sourceCidr": source_cidr,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CrossDcFirewallPolicyRequest", src_dict, (dict,))
        d = dict(src_dict)
        destination_account_id = d.pop("destinationAccountId")

        destination_location_id = d.pop("destinationLocationId")

        destination_cidr = d.pop("destinationCidr")

        source_cidr = d.pop("sourceCidr")

        enabled = d.pop("enabled", UNSET)

        if not isinstance(destination_account_id, (str,)):
            raise wrong_type("destinationAccountId", destination_account_id, (str,))
        if not isinstance(destination_location_id, (str,)):
            raise wrong_type("destinationLocationId", destination_location_id, (str,))
        if not isinstance(destination_cidr, (str,)):
            raise wrong_type("destinationCidr", destination_cidr, (str,))
        if not isinstance(source_cidr, (str,)):
            raise wrong_type("sourceCidr", source_cidr, (str,))
        if not isinstance(enabled, (bool, Unset)):
            raise wrong_type("enabled", enabled, (bool,))
        cross_dc_firewall_policy_request = cls(
            destination_account_id,
            destination_location_id,
            destination_cidr,
            source_cidr,
            enabled,
        )

        cross_dc_firewall_policy_request.additional_properties = d if d else {}
        return cross_dc_firewall_policy_request

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
