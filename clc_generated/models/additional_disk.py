# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalDisk")


@_attrs_define
class AdditionalDisk:
    size_gb: int
    path: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size_gb = self.size_gb

        path = self.path

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sizeGB": size_gb,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size_gb = d.pop("sizeGB")

        path = d.pop("path", UNSET)

        type_ = d.pop("type", UNSET)

        for _key, _value, _types in (
            ("sizeGB", size_gb, (int,)),
            ("path", path, (str,)),
            ("type", type_, (str,)),
        ):
            if not isinstance(_value, (*_types, Unset)):
                raise TypeError(
                    f"{_key}: {type(_value).__name__} is not {' or '.join(t.__name__ for t in _types)}"
                )
        additional_disk = cls(
            size_gb=size_gb,
            path=path,
            type_=type_,
        )

        additional_disk.additional_properties = d
        return additional_disk

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
