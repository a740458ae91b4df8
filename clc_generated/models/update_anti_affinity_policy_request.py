# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="UpdateAntiAffinityPolicyRequest")


@_attrs_define
class UpdateAntiAffinityPolicyRequest:
    """A policy's new name. The Java SDK also sends location as null, which the live API accepted (a policy cannot move)."""

    name: str
    location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("UpdateAntiAffinityPolicyRequest", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        if not isinstance(name, (str,)):
            raise wrong_type("name", name, (str,))
        if not isinstance(location, (str, type(None), Unset)):
            raise wrong_type(
                "location",
                location,
                (
                    str,
                    type(None),
                ),
            )
        update_anti_affinity_policy_request = cls(
            name,
            location,
        )

        update_anti_affinity_policy_request.additional_properties = d if d else {}
        return update_anti_affinity_policy_request

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
