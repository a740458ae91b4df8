# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="AutoscalePolicy")


@_attrs_define
class AutoscalePolicy:
    """A vertical (CPU) autoscale policy."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    threshold_period_minutes: int | Unset = UNSET
    scale_up_increment: int | Unset = UNSET
    range_: AutoscaleRange | Unset = UNSET
    scale_up_threshold: int | Unset = UNSET
    scale_down_threshold: int | Unset = UNSET
    scale_down_window: AutoscaleWindow | Unset = UNSET
    """ Daily window (hh:mm, UTC) in which scaling down may happen. """
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource_type = self.resource_type

        threshold_period_minutes = self.threshold_period_minutes

        scale_up_increment = self.scale_up_increment

        range_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_.to_dict()

        scale_up_threshold = self.scale_up_threshold

        scale_down_threshold = self.scale_down_threshold

        scale_down_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_down_window, Unset):
            scale_down_window = self.scale_down_window.to_dict()

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
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if threshold_period_minutes is not UNSET:
            field_dict["thresholdPeriodMinutes"] = threshold_period_minutes
        if scale_up_increment is not UNSET:
            field_dict["scaleUpIncrement"] = scale_up_increment
        if range_ is not UNSET:
            field_dict["range"] = range_
        if scale_up_threshold is not UNSET:
            field_dict["scaleUpThreshold"] = scale_up_threshold
        if scale_down_threshold is not UNSET:
            field_dict["scaleDownThreshold"] = scale_down_threshold
        if scale_down_window is not UNSET:
            field_dict["scaleDownWindow"] = scale_down_window
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AutoscalePolicy", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        resource_type = d.pop("resourceType", UNSET)

        threshold_period_minutes = d.pop("thresholdPeriodMinutes", UNSET)

        scale_up_increment = d.pop("scaleUpIncrement", UNSET)

        _range_ = d.pop("range", UNSET)
        range_: AutoscaleRange | Unset
        if isinstance(_range_, Unset):
            range_ = UNSET
        else:
            range_ = AutoscaleRange.from_dict(_range_)

        scale_up_threshold = d.pop("scaleUpThreshold", UNSET)

        scale_down_threshold = d.pop("scaleDownThreshold", UNSET)

        _scale_down_window = d.pop("scaleDownWindow", UNSET)
        scale_down_window: AutoscaleWindow | Unset
        if isinstance(_scale_down_window, Unset):
            scale_down_window = UNSET
        else:
            scale_down_window = AutoscaleWindow.from_dict(_scale_down_window)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(resource_type, (str, Unset)):
            raise wrong_type("resourceType", resource_type, (str,))
        if not isinstance(threshold_period_minutes, (int, Unset)):
            raise wrong_type("thresholdPeriodMinutes", threshold_period_minutes, (int,))
        if not isinstance(scale_up_increment, (int, Unset)):
            raise wrong_type("scaleUpIncrement", scale_up_increment, (int,))
        if not isinstance(scale_up_threshold, (int, Unset)):
            raise wrong_type("scaleUpThreshold", scale_up_threshold, (int,))
        if not isinstance(scale_down_threshold, (int, Unset)):
            raise wrong_type("scaleDownThreshold", scale_down_threshold, (int,))
        autoscale_policy = cls(
            id,
            name,
            resource_type,
            threshold_period_minutes,
            scale_up_increment,
            range_,
            scale_up_threshold,
            scale_down_threshold,
            scale_down_window,
            links,
        )

        autoscale_policy.additional_properties = d if d else {}
        return autoscale_policy

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


decode_when_read(AutoscalePolicy, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.autoscale_range import AutoscaleRange  # noqa: E402
from ..models.autoscale_window import AutoscaleWindow  # noqa: E402
from ..models.link import Link  # noqa: E402
