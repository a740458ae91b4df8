# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ServerPartition")

# The JSON keys of the model's fields.
_FIELDS = frozenset(
    (
        "sizeGB",
        "path",
    )
)


@_attrs_define
class ServerPartition:
    size_gb: float | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        size_gb = self.size_gb

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size_gb is not UNSET:
            field_dict["sizeGB"] = size_gb
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @staticmethod
    def check_all(items: list[Any]) -> bool:
        """Raise what ``from_dict`` raises (KeyError, TypeError) for any of ``items``,
        without building them: arrays of this model are decoded when first read.

        Return whether the items are plain JSON of this model's fields alone (dicts of its
        keys, arrays of exact scalars, no NaN), which ``marshal`` holds exactly."""
        plain = True
        for src_dict in items:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # JSON: a dict
                raise wrong_type("ServerPartition", src_dict, (dict,))
            size_gb = src_dict.get("sizeGB", UNSET)
            if not isinstance(size_gb, (int, float, Unset)):
                raise wrong_type(
                    "sizeGB",
                    size_gb,
                    (
                        int,
                        float,
                    ),
                )
            path = src_dict.get("path", UNSET)
            if not isinstance(path, (str, Unset)):
                raise wrong_type("path", path, (str,))
            if plain:
                plain = _FIELDS.issuperset(src_dict)  # marshal refuses what is not a dict
                plain = plain and size_gb == size_gb  # NaN is not equal to itself
        return plain

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ServerPartition", src_dict, (dict,))
        d = dict(src_dict)
        size_gb = d.pop("sizeGB", UNSET)

        path = d.pop("path", UNSET)

        if not isinstance(size_gb, (int, float, Unset)):
            raise wrong_type(
                "sizeGB",
                size_gb,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(path, (str, Unset)):
            raise wrong_type("path", path, (str,))
        server_partition = cls(
            size_gb,
            path,
        )

        server_partition.additional_properties = d if d else {}
        return server_partition

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
