# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="HorizontalAutoscalePolicyMapping")


@_attrs_define
class HorizontalAutoscalePolicyMapping:
    """The horizontal autoscale policy applied to a group and its current state."""

    group_id: str | Unset = UNSET
    policy_id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    name: str | Unset = UNSET
    available_servers: int | Unset = UNSET
    target_size: int | Unset = UNSET
    scale_direction: str | Unset = UNSET
    scale_resource_reason: str | Unset = UNSET
    load_balancer: HorizontalAutoscaleLoadBalancer | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        policy_id = self.policy_id

        location_id = self.location_id

        name = self.name

        available_servers = self.available_servers

        target_size = self.target_size

        scale_direction = self.scale_direction

        scale_resource_reason = self.scale_resource_reason

        load_balancer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_balancer, Unset):
            load_balancer = self.load_balancer.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if policy_id is not UNSET:
            field_dict["policyId"] = policy_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if name is not UNSET:
            field_dict["name"] = name
        if available_servers is not UNSET:
            field_dict["availableServers"] = available_servers
        if target_size is not UNSET:
            field_dict["targetSize"] = target_size
        if scale_direction is not UNSET:
            field_dict["scaleDirection"] = scale_direction
        if scale_resource_reason is not UNSET:
            field_dict["scaleResourceReason"] = scale_resource_reason
        if load_balancer is not UNSET:
            field_dict["loadBalancer"] = load_balancer
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("HorizontalAutoscalePolicyMapping", src_dict, (dict,))
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        policy_id = d.pop("policyId", UNSET)

        location_id = d.pop("locationId", UNSET)

        name = d.pop("name", UNSET)

        available_servers = d.pop("availableServers", UNSET)

        target_size = d.pop("targetSize", UNSET)

        scale_direction = d.pop("scaleDirection", UNSET)

        scale_resource_reason = d.pop("scaleResourceReason", UNSET)

        _load_balancer = d.pop("loadBalancer", UNSET)
        load_balancer: HorizontalAutoscaleLoadBalancer | Unset
        if isinstance(_load_balancer, Unset):
            load_balancer = UNSET
        else:
            load_balancer = HorizontalAutoscaleLoadBalancer.from_dict(_load_balancer)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(group_id, (str, Unset)):
            raise wrong_type("groupId", group_id, (str,))
        if not isinstance(policy_id, (str, Unset)):
            raise wrong_type("policyId", policy_id, (str,))
        if not isinstance(location_id, (str, Unset)):
            raise wrong_type("locationId", location_id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(available_servers, (int, Unset)):
            raise wrong_type("availableServers", available_servers, (int,))
        if not isinstance(target_size, (int, Unset)):
            raise wrong_type("targetSize", target_size, (int,))
        if not isinstance(scale_direction, (str, Unset)):
            raise wrong_type("scaleDirection", scale_direction, (str,))
        if not isinstance(scale_resource_reason, (str, Unset)):
            raise wrong_type("scaleResourceReason", scale_resource_reason, (str,))
        horizontal_autoscale_policy_mapping = cls(
            group_id,
            policy_id,
            location_id,
            name,
            available_servers,
            target_size,
            scale_direction,
            scale_resource_reason,
            load_balancer,
            timestamp,
            links,
        )

        horizontal_autoscale_policy_mapping.additional_properties = d if d else {}
        return horizontal_autoscale_policy_mapping

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


decode_when_read(HorizontalAutoscalePolicyMapping, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.horizontal_autoscale_load_balancer import HorizontalAutoscaleLoadBalancer  # noqa: E402
from ..models.link import Link  # noqa: E402
