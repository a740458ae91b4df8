# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="AlertTrigger")


@_attrs_define
class AlertTrigger:
    """metric is cpu, memory or disk; duration is hh:mm:ss; threshold a percentage."""

    metric: str | Unset = UNSET
    duration: str | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        duration = self.duration

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric
        if duration is not UNSET:
            field_dict["duration"] = duration
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AlertTrigger", src_dict, (dict,))
        d = dict(src_dict)
        metric = d.pop("metric", UNSET)

        duration = d.pop("duration", UNSET)

        threshold = d.pop("threshold", UNSET)

        if not isinstance(metric, (str, Unset)):
            raise wrong_type("metric", metric, (str,))
        if not isinstance(duration, (str, Unset)):
            raise wrong_type("duration", duration, (str,))
        if not isinstance(threshold, (int, float, Unset)):
            raise wrong_type(
                "threshold",
                threshold,
                (
                    int,
                    float,
                ),
            )
        alert_trigger = cls(
            metric,
            duration,
            threshold,
        )

        alert_trigger.additional_properties = d if d else {}
        return alert_trigger

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
