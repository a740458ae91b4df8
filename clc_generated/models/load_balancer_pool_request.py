# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="LoadBalancerPoolRequest")


@_attrs_define
class LoadBalancerPoolRequest:
    """A new pool, or the changes to one. The Java SDK sends port as null in an update, which the live API accepted."""

    port: int | None | Unset = UNSET
    method: str | Unset = UNSET
    persistence: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        method = self.method

        persistence = self.persistence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port is not UNSET:
            field_dict["port"] = port
        if method is not UNSET:
            field_dict["method"] = method
        if persistence is not UNSET:
            field_dict["persistence"] = persistence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("LoadBalancerPoolRequest", src_dict, (dict,))
        d = dict(src_dict)

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        method = d.pop("method", UNSET)

        persistence = d.pop("persistence", UNSET)

        if not isinstance(port, (int, type(None), Unset)):
            raise wrong_type(
                "port",
                port,
                (
                    int,
                    type(None),
                ),
            )
        if not isinstance(method, (str, Unset)):
            raise wrong_type("method", method, (str,))
        if not isinstance(persistence, (str, Unset)):
            raise wrong_type("persistence", persistence, (str,))
        load_balancer_pool_request = cls(
            port,
            method,
            persistence,
        )

        load_balancer_pool_request.additional_properties = d if d else {}
        return load_balancer_pool_request

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
