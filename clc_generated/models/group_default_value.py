# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="GroupDefaultValue")


@_attrs_define
class GroupDefaultValue:
    """A default; value is a number (cpu, memoryGB) or a string (the others)."""

    value: Any | Unset = UNSET
    inherited: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        inherited = self.inherited

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if inherited is not UNSET:
            field_dict["inherited"] = inherited

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("GroupDefaultValue", src_dict, (dict,))
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        inherited = d.pop("inherited", UNSET)

        if not isinstance(inherited, (bool, Unset)):
            raise wrong_type("inherited", inherited, (bool,))
        group_default_value = cls(
            value,
            inherited,
        )

        group_default_value.additional_properties = d if d else {}
        return group_default_value

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
