# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="HorizontalAutoscaleScaleRule")


@_attrs_define
class HorizontalAutoscaleScaleRule:
    """When and by how much a horizontal policy scales: the group scales when its average use crosses cpuPercentThreshold
    and/or memoryPercentThreshold (percentages) for the policy's threshold period, powering scaleBy servers on
    (scaleOut) or off (scaleIn). The portal offers increments of 1, 2 or 4 servers.

    """

    cpu_percent_threshold: float | Unset = UNSET
    memory_percent_threshold: float | Unset = UNSET
    scale_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        cpu_percent_threshold = self.cpu_percent_threshold

        memory_percent_threshold = self.memory_percent_threshold

        scale_by = self.scale_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_percent_threshold is not UNSET:
            field_dict["cpuPercentThreshold"] = cpu_percent_threshold
        if memory_percent_threshold is not UNSET:
            field_dict["memoryPercentThreshold"] = memory_percent_threshold
        if scale_by is not UNSET:
            field_dict["scaleBy"] = scale_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("HorizontalAutoscaleScaleRule", src_dict, (dict,))
        d = dict(src_dict)
        cpu_percent_threshold = d.pop("cpuPercentThreshold", UNSET)

        memory_percent_threshold = d.pop("memoryPercentThreshold", UNSET)

        scale_by = d.pop("scaleBy", UNSET)

        if not isinstance(cpu_percent_threshold, (int, float, Unset)):
            raise wrong_type(
                "cpuPercentThreshold",
                cpu_percent_threshold,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(memory_percent_threshold, (int, float, Unset)):
            raise wrong_type(
                "memoryPercentThreshold",
                memory_percent_threshold,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(scale_by, (int, Unset)):
            raise wrong_type("scaleBy", scale_by, (int,))
        horizontal_autoscale_scale_rule = cls(
            cpu_percent_threshold,
            memory_percent_threshold,
            scale_by,
        )

        horizontal_autoscale_scale_rule.additional_properties = d if d else {}
        return horizontal_autoscale_scale_rule

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
