# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="CustomFieldInput")


@_attrs_define
class CustomFieldInput:
    """A custom field value to set, by field id. The API keeps values as strings but accepts other JSON scalars (the Node
    SDK's recorded calls send a number), so value is untyped.

    """

    id: str
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CustomFieldInput", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id")

        value = d.pop("value", UNSET)

        if not isinstance(id, (str,)):
            raise wrong_type("id", id, (str,))
        custom_field_input = cls(
            id,
            value,
        )

        custom_field_input.additional_properties = d if d else {}
        return custom_field_input

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
