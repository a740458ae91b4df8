# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="DeployableNetwork")


@_attrs_define
class DeployableNetwork:
    name: str | Unset = UNSET
    network_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        network_id = self.network_id

        type_ = self.type_

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if account_id is not UNSET:
            field_dict["accountID"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("DeployableNetwork", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        network_id = d.pop("networkId", UNSET)

        type_ = d.pop("type", UNSET)

        account_id = d.pop("accountID", UNSET)

        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(network_id, (str, Unset)):
            raise wrong_type("networkId", network_id, (str,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(account_id, (str, Unset)):
            raise wrong_type("accountID", account_id, (str,))
        deployable_network = cls(
            name,
            network_id,
            type_,
            account_id,
        )

        deployable_network.additional_properties = d if d else {}
        return deployable_network

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
