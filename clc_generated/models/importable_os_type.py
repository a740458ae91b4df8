# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ImportableOsType")


@_attrs_define
class ImportableOsType:
    """An OS type accepted by import_server (shape from the Java SDK)."""

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    lab_product_code: None | str | Unset = UNSET
    premium_product_code: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        lab_product_code: None | str | Unset
        if isinstance(self.lab_product_code, Unset):
            lab_product_code = UNSET
        else:
            lab_product_code = self.lab_product_code

        premium_product_code: None | str | Unset
        if isinstance(self.premium_product_code, Unset):
            premium_product_code = UNSET
        else:
            premium_product_code = self.premium_product_code

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if lab_product_code is not UNSET:
            field_dict["labProductCode"] = lab_product_code
        if premium_product_code is not UNSET:
            field_dict["premiumProductCode"] = premium_product_code
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ImportableOsType", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        def _parse_lab_product_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lab_product_code = _parse_lab_product_code(d.pop("labProductCode", UNSET))

        def _parse_premium_product_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        premium_product_code = _parse_premium_product_code(d.pop("premiumProductCode", UNSET))

        type_ = d.pop("type", UNSET)

        if not isinstance(id, (int, Unset)):
            raise wrong_type("id", id, (int,))
        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(lab_product_code, (str, type(None), Unset)):
            raise wrong_type(
                "labProductCode",
                lab_product_code,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(premium_product_code, (str, type(None), Unset)):
            raise wrong_type(
                "premiumProductCode",
                premium_product_code,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        importable_os_type = cls(
            id,
            description,
            lab_product_code,
            premium_product_code,
            type_,
        )

        importable_os_type.additional_properties = d if d else {}
        return importable_os_type

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
