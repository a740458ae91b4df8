# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ServerIpAddress")


@_attrs_define
class ServerIpAddress:
    """An internal address of a server and the public address mapped to it, if any."""

    public: str | Unset = UNSET
    internal: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        public = self.public

        internal = self.internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if public is not UNSET:
            field_dict["public"] = public
        if internal is not UNSET:
            field_dict["internal"] = internal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ServerIpAddress", src_dict, (dict,))
        d = dict(src_dict)
        public = d.pop("public", UNSET)

        internal = d.pop("internal", UNSET)

        if not isinstance(public, (str, Unset)):
            raise wrong_type("public", public, (str,))
        if not isinstance(internal, (str, Unset)):
            raise wrong_type("internal", internal, (str,))
        server_ip_address = cls(
            public,
            internal,
        )

        server_ip_address.additional_properties = d if d else {}
        return server_ip_address

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
