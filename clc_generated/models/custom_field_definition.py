# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="CustomFieldDefinition")


@_attrs_define
class CustomFieldDefinition:
    """A custom field defined for the account (type is text, checkbox or option)."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    is_required: bool | Unset = UNSET
    type_: str | Unset = UNSET
    options: list[CustomFieldOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_required = self.is_required

        type_ = self.type_

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CustomFieldDefinition", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        is_required = d.pop("isRequired", UNSET)

        type_ = d.pop("type", UNSET)

        _options = d.pop("options", UNSET)
        options: list[CustomFieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CustomFieldOption.from_dict(options_item_data)

                options.append(options_item)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(is_required, (bool, Unset)):
            raise wrong_type("isRequired", is_required, (bool,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        custom_field_definition = cls(
            id,
            name,
            is_required,
            type_,
            options,
        )

        custom_field_definition.additional_properties = d if d else {}
        return custom_field_definition

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
from ..models.custom_field_option import CustomFieldOption  # noqa: E402
