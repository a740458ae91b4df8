# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="BareMetalProcessor")


@_attrs_define
class BareMetalProcessor:
    cores_per_socket: float | Unset = UNSET
    description: str | Unset = UNSET
    sockets: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        cores_per_socket = self.cores_per_socket

        description = self.description

        sockets = self.sockets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cores_per_socket is not UNSET:
            field_dict["coresPerSocket"] = cores_per_socket
        if description is not UNSET:
            field_dict["description"] = description
        if sockets is not UNSET:
            field_dict["sockets"] = sockets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BareMetalProcessor", src_dict, (dict,))
        d = dict(src_dict)
        cores_per_socket = d.pop("coresPerSocket", UNSET)

        description = d.pop("description", UNSET)

        sockets = d.pop("sockets", UNSET)

        if not isinstance(cores_per_socket, (int, float, Unset)):
            raise wrong_type(
                "coresPerSocket",
                cores_per_socket,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(description, (str, Unset)):
            raise wrong_type("description", description, (str,))
        if not isinstance(sockets, (int, float, Unset)):
            raise wrong_type(
                "sockets",
                sockets,
                (
                    int,
                    float,
                ),
            )
        bare_metal_processor = cls(
            cores_per_socket,
            description,
            sockets,
        )

        bare_metal_processor.additional_properties = d if d else {}
        return bare_metal_processor

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
