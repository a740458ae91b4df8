# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="HorizontalAutoscalePolicyRequest")


@_attrs_define
class HorizontalAutoscalePolicyRequest:
    """Body of create and update. The provisioning script this comes from also sent id as null on create, so id is accepted
    (and ignored) when present.

    """

    name: str
    id: None | str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        minimum_server_count = self.minimum_server_count

        cool_down_period = self.cool_down_period

        threshold_period = self.threshold_period

        scale_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_out, Unset):
            scale_out = self.scale_out.to_dict()

        scale_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scale_in, Unset):
            scale_in = self.scale_in.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("HorizontalAutoscalePolicyRequest", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        if not isinstance(name, (str,)):
            raise wrong_type("name", name, (str,))
        if not isinstance(id, (str, type(None), Unset)):
            raise wrong_type(
                "id",
                id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(minimum_server_count, (int, Unset)):
            raise wrong_type("minimumServerCount", minimum_server_count, (int,))
        if not isinstance(cool_down_period, (str, Unset)):
            raise wrong_type("coolDownPeriod", cool_down_period, (str,))
        if not isinstance(threshold_period, (str, Unset)):
            raise wrong_type("thresholdPeriod", threshold_period, (str,))
        horizontal_autoscale_policy_request = cls(
            name,
            id,
            minimum_server_count,
            cool_down_period,
            threshold_period,
            scale_out,
            scale_in,
        )

        horizontal_autoscale_policy_request.additional_properties = d if d else {}
        return horizontal_autoscale_policy_request

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


# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.horizontal_autoscale_scale_rule import HorizontalAutoscaleScaleRule  # noqa: E402
