# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertTrigger")


@_attrs_define
class AlertTrigger:
    """metric is cpu, memory or disk; duration is hh:mm:ss; threshold a percentage."""

    metric: str | Unset = UNSET
    duration: str | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        metric = d.pop("metric", UNSET)

        duration = d.pop("duration", UNSET)

        threshold = d.pop("threshold", UNSET)

        for _key, _value, _types in (
            ("metric", metric, (str,)),
            ("duration", duration, (str,)),
            ("threshold", threshold, (int, float)),
        ):
            if not isinstance(_value, (*_types, Unset)):
                raise TypeError(
                    f"{_key}: {type(_value).__name__} is not {' or '.join(t.__name__ for t in _types)}"
                )
        alert_trigger = cls(
            metric=metric,
            duration=duration,
            threshold=threshold,
        )

        alert_trigger.additional_properties = d
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
