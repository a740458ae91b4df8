# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="HorizontalAutoscalePoolRequest")


@_attrs_define
class HorizontalAutoscalePoolRequest:
    id: str | Unset = UNSET
    public_port: int | Unset = UNSET
    private_port: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        public_port = self.public_port

        private_port = self.private_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if public_port is not UNSET:
            field_dict["publicPort"] = public_port
        if private_port is not UNSET:
            field_dict["privatePort"] = private_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("HorizontalAutoscalePoolRequest", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        public_port = d.pop("publicPort", UNSET)

        private_port = d.pop("privatePort", UNSET)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(public_port, (int, Unset)):
            raise wrong_type("publicPort", public_port, (int,))
        if not isinstance(private_port, (int, Unset)):
            raise wrong_type("privatePort", private_port, (int,))
        horizontal_autoscale_pool_request = cls(
            id,
            public_port,
            private_port,
        )

        horizontal_autoscale_pool_request.additional_properties = d if d else {}
        return horizontal_autoscale_pool_request

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
