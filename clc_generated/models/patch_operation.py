# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="PatchOperation")


@_attrs_define
class PatchOperation:
    """One change of a PATCH request. op is "set"; member names the attribute (servers: cpu, memory, description, groupId,
    customFields, disks, password; groups: name, description, parentGroupId, customFields); value depends on member
    (number, string, object or array), so it has no fixed type. When member is password, value holds the current and the
    new administrator password, so value is marked secret (x-clc-secret: the generated model keeps it out of repr()).

    """

    op: str
    member: str
    value: Any | Unset = _attrs_field(repr=False, default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        member = self.member

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "member": member,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("PatchOperation", src_dict, (dict,))
        d = dict(src_dict)
        op = d.pop("op")

        member = d.pop("member")

        value = d.pop("value", UNSET)

        if not isinstance(op, (str,)):
            raise wrong_type("op", op, (str,))
        if not isinstance(member, (str,)):
            raise wrong_type("member", member, (str,))
        patch_operation = cls(
            op,
            member,
            value,
        )

        patch_operation.additional_properties = d if d else {}
        return patch_operation

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
