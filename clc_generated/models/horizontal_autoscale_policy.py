# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="HorizontalAutoscalePolicy")


@_attrs_define
class HorizontalAutoscalePolicy:
    """An account-level horizontal autoscale policy. Fields as a live-API provisioning script sent them (see
    create_horizontal_autoscale_policy); periods are hh:mm:ss strings (threshold period 5, 10, 15 or 30 minutes; cool
    down period 15, 20 or 30 minutes).

    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    minimum_server_count: int | Unset = UNSET
    cool_down_period: str | Unset = UNSET
    threshold_period: str | Unset = UNSET
    scale_out: HorizontalAutoscaleScaleRule | Unset = UNSET
    """ When and by how much a horizontal policy scales: the group scales when its average use crosses
    cpuPercentThreshold and/or memoryPercentThreshold (percentages) for the policy's threshold period, powering
    scaleBy servers on (scaleOut) or off (scaleIn). The portal offers increments of 1, 2 or 4 servers. """
    scale_in: HorizontalAutoscaleScaleRule | Unset = UNSET
    """ When and by how much a horizontal policy scales: the group scales when its average use crosses
    cpuPercentThreshold and/or memoryPercentThreshold (percentages) for the policy's threshold period, powering
    scaleBy servers on (scaleOut) or off (scaleIn). The portal offers increments of 1, 2 or 4 servers. """
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        minimum_server_count = self.minimum_server_count

        cool_down_period = self.cool_down_period

        threshold_period = self.threshold_period

        scale_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_out, Unset):
            scale_out = self.scale_out.to_dict()

        scale_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_in, Unset):
            scale_in = self.scale_in.to_dict()

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
        if minimum_server_count is not UNSET:
            field_dict["minimumServerCount"] = minimum_server_count
        if cool_down_period is not UNSET:
            field_dict["coolDownPeriod"] = cool_down_period
        if threshold_period is not UNSET:
            field_dict["thresholdPeriod"] = threshold_period
        if scale_out is not UNSET:
            field_dict["scaleOut"] = scale_out
        if scale_in is not UNSET:
            field_dict["scaleIn"] = scale_in
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("HorizontalAutoscalePolicy", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        minimum_server_count = d.pop("minimumServerCount", UNSET)

        cool_down_period = d.pop("coolDownPeriod", UNSET)

        threshold_period = d.pop("thresholdPeriod", UNSET)

        _scale_out = d.pop("scaleOut", UNSET)
        scale_out: HorizontalAutoscaleScaleRule | Unset
        if isinstance(_scale_out, Unset):
            scale_out = UNSET
        else:
            scale_out = HorizontalAutoscaleScaleRule.from_dict(_scale_out)

        _scale_in = d.pop("scaleIn", UNSET)
        scale_in: HorizontalAutoscaleScaleRule | Unset
        if isinstance(_scale_in, Unset):
            scale_in = UNSET
        else:
            scale_in = HorizontalAutoscaleScaleRule.from_dict(_scale_in)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(minimum_server_count, (int, Unset)):
            raise wrong_type("minimumServerCount", minimum_server_count, (int,))
        if not isinstance(cool_down_period, (str, Unset)):
            raise wrong_type("coolDownPeriod", cool_down_period, (str,))
        if not isinstance(threshold_period, (str, Unset)):
            raise wrong_type("thresholdPeriod", threshold_period, (str,))
        horizontal_autoscale_policy = cls(
            id,
            name,
            minimum_server_count,
            cool_down_period,
            threshold_period,
            scale_out,
            scale_in,
            links,
        )

        horizontal_autoscale_policy.additional_properties = d if d else {}
        return horizontal_autoscale_policy

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


decode_when_read(HorizontalAutoscalePolicy, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.horizontal_autoscale_scale_rule import HorizontalAutoscaleScaleRule  # noqa: E402
from ..models.link import Link  # noqa: E402
