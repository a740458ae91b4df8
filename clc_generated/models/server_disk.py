# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ServerDisk")

# The JSON keys of the model's fields.
_FIELDS = frozenset(
    (
        "id",
        "sizeGB",
        "partitionPaths",
    )
)


@_attrs_define
class ServerDisk:
    id: str | Unset = UNSET
    size_gb: int | Unset = UNSET
    partition_paths: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        size_gb = self.size_gb

        partition_paths: list[str] | Unset = UNSET
        if not isinstance(self.partition_paths, Unset):
            partition_paths = self.partition_paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if size_gb is not UNSET:
            field_dict["sizeGB"] = size_gb
        if partition_paths is not UNSET:
            field_dict["partitionPaths"] = partition_paths

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
                raise wrong_type("ServerDisk", src_dict, (dict,))
            id = src_dict.get("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise wrong_type("id", id, (str,))
            size_gb = src_dict.get("sizeGB", UNSET)
            if not isinstance(size_gb, (int, Unset)):
                raise wrong_type("sizeGB", size_gb, (int,))
            if plain:
                plain = _FIELDS.issuperset(src_dict)  # marshal refuses what is not a dict
                partition_paths = src_dict.get("partitionPaths", UNSET)
                if plain and partition_paths is not UNSET:
                    plain = type(partition_paths) is list
                    for partition_paths_item in partition_paths if plain else ():
                        plain = plain and type(partition_paths_item) is str
        return plain

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ServerDisk", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        size_gb = d.pop("sizeGB", UNSET)

        partition_paths = cast(list[str], d.pop("partitionPaths", UNSET))

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(size_gb, (int, Unset)):
            raise wrong_type("sizeGB", size_gb, (int,))
        server_disk = cls(
            id,
            size_gb,
            partition_paths,
        )

        server_disk.additional_properties = d if d else {}
        return server_disk

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
