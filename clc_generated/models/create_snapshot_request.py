# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="CreateSnapshotRequest")


@_attrs_define
class CreateSnapshotRequest:
    server_ids: list[str]
    snapshot_expiration_days: int | Unset = UNSET
    """ Days to keep a snapshot (documented 1-10). """
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        server_ids = self.server_ids

        snapshot_expiration_days = self.snapshot_expiration_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverIds": server_ids,
            }
        )
        if snapshot_expiration_days is not UNSET:
            field_dict["snapshotExpirationDays"] = snapshot_expiration_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CreateSnapshotRequest", src_dict, (dict,))
        d = dict(src_dict)
        server_ids = cast(list[str], d.pop("serverIds"))

        snapshot_expiration_days = d.pop("snapshotExpirationDays", UNSET)

        if not isinstance(snapshot_expiration_days, (int, Unset)):
            raise wrong_type("snapshotExpirationDays", snapshot_expiration_days, (int,))
        create_snapshot_request = cls(
            server_ids,
            snapshot_expiration_days,
        )

        create_snapshot_request.additional_properties = d if d else {}
        return create_snapshot_request

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
