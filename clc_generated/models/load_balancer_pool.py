# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="LoadBalancerPool")


@_attrs_define
class LoadBalancerPool:
    """method is roundRobin or leastConnection; persistence is standard or sticky."""

    id: str | Unset = UNSET
    port: int | Unset = UNSET
    method: str | Unset = UNSET
    persistence: str | Unset = UNSET
    nodes: list[LoadBalancerNode] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        port = self.port

        method = self.method

        persistence = self.persistence

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

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
        if port is not UNSET:
            field_dict["port"] = port
        if method is not UNSET:
            field_dict["method"] = method
        if persistence is not UNSET:
            field_dict["persistence"] = persistence
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("LoadBalancerPool", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        port = d.pop("port", UNSET)

        method = d.pop("method", UNSET)

        persistence = d.pop("persistence", UNSET)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[LoadBalancerNode] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = LoadBalancerNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(port, (int, Unset)):
            raise wrong_type("port", port, (int,))
        if not isinstance(method, (str, Unset)):
            raise wrong_type("method", method, (str,))
        if not isinstance(persistence, (str, Unset)):
            raise wrong_type("persistence", persistence, (str,))
        load_balancer_pool = cls(
            id,
            port,
            method,
            persistence,
            nodes,
            links,
        )

        load_balancer_pool.additional_properties = d if d else {}
        return load_balancer_pool

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


decode_when_read(LoadBalancerPool, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.link import Link  # noqa: E402
from ..models.load_balancer_node import LoadBalancerNode  # noqa: E402
