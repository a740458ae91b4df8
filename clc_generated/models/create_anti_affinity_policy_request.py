# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_type

T = TypeVar("T", bound="CreateAntiAffinityPolicyRequest")


@_attrs_define
class CreateAntiAffinityPolicyRequest:
    name: str
    location: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CreateAntiAffinityPolicyRequest", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name")

        location = d.pop("location")

        if not isinstance(name, (str,)):
            raise wrong_type("name", name, (str,))
        if not isinstance(location, (str,)):
            raise wrong_type("location", location, (str,))
        create_anti_affinity_policy_request = cls(
            name,
            location,
        )

        create_anti_affinity_policy_request.additional_properties = d if d else {}
        return create_anti_affinity_policy_request

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
