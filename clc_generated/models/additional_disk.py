# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="AdditionalDisk")


@_attrs_define
class AdditionalDisk:
    """A disk to add (type raw, or partitioned with a path) or, in a server change, an existing disk (diskId) to grow. The
    Java SDK sends diskId and path as null for new raw disks, which the live API accepted.

    """

    size_gb: int
    """ Size of one disk in GB (documented up to 1024 GB per disk). """
    disk_id: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        size_gb = self.size_gb

        disk_id: None | str | Unset
        if isinstance(self.disk_id, Unset):
            disk_id = UNSET
        else:
            disk_id = self.disk_id

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sizeGB": size_gb,
            }
        )
        if disk_id is not UNSET:
            field_dict["diskId"] = disk_id
        if path is not UNSET:
            field_dict["path"] = path
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AdditionalDisk", src_dict, (dict,))
        d = dict(src_dict)
        size_gb = d.pop("sizeGB")

        def _parse_disk_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disk_id = _parse_disk_id(d.pop("diskId", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        type_ = d.pop("type", UNSET)

        if not isinstance(size_gb, (int,)):
            raise wrong_type("sizeGB", size_gb, (int,))
        if not isinstance(disk_id, (str, type(None), Unset)):
            raise wrong_type(
                "diskId",
                disk_id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(path, (str, type(None), Unset)):
            raise wrong_type(
                "path",
                path,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        additional_disk = cls(
            size_gb,
            disk_id,
            path,
            type_,
        )

        additional_disk.additional_properties = d if d else {}
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
