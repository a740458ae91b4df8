# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="HorizontalAutoscaleLoadBalancer")


@_attrs_define
class HorizontalAutoscaleLoadBalancer:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    public_port: int | Unset = UNSET
    private_port: int | Unset = UNSET
    public_ip: str | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        public_port = self.public_port

        private_port = self.private_port

        public_ip = self.public_ip

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if public_port is not UNSET:
            field_dict["publicPort"] = public_port
        if private_port is not UNSET:
            field_dict["privatePort"] = private_port
        if public_ip is not UNSET:
            field_dict["publicIP"] = public_ip
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("HorizontalAutoscaleLoadBalancer", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        public_port = d.pop("publicPort", UNSET)

        private_port = d.pop("privatePort", UNSET)

        public_ip = d.pop("publicIP", UNSET)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(public_port, (int, Unset)):
            raise wrong_type("publicPort", public_port, (int,))
        if not isinstance(private_port, (int, Unset)):
            raise wrong_type("privatePort", private_port, (int,))
        if not isinstance(public_ip, (str, Unset)):
            raise wrong_type("publicIP", public_ip, (str,))
        horizontal_autoscale_load_balancer = cls(
            id,
            name,
            public_port,
            private_port,
            public_ip,
            links,
        )

        horizontal_autoscale_load_balancer.additional_properties = d if d else {}
        return horizontal_autoscale_load_balancer

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


decode_when_read(HorizontalAutoscaleLoadBalancer, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.link import Link  # noqa: E402
