# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="SetHorizontalAutoscalePolicyRequest")


@_attrs_define
class SetHorizontalAutoscalePolicyRequest:
    policy_id: str
    load_balancer_pool: HorizontalAutoscalePoolRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        policy_id = self.policy_id

        load_balancer_pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.load_balancer_pool, Unset):
            load_balancer_pool = self.load_balancer_pool.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policyId": policy_id,
            }
        )
        if load_balancer_pool is not UNSET:
            field_dict["loadBalancerPool"] = load_balancer_pool

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("SetHorizontalAutoscalePolicyRequest", src_dict, (dict,))
        d = dict(src_dict)
        policy_id = d.pop("policyId")

        _load_balancer_pool = d.pop("loadBalancerPool", UNSET)
        load_balancer_pool: HorizontalAutoscalePoolRequest | Unset
        if isinstance(_load_balancer_pool, Unset):
            load_balancer_pool = UNSET
        else:
            load_balancer_pool = HorizontalAutoscalePoolRequest.from_dict(_load_balancer_pool)

        if not isinstance(policy_id, (str,)):
            raise wrong_type("policyId", policy_id, (str,))
        set_horizontal_autoscale_policy_request = cls(
            policy_id,
            load_balancer_pool,
        )

        set_horizontal_autoscale_policy_request.additional_properties = d if d else {}
        return set_horizontal_autoscale_policy_request

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
from ..models.horizontal_autoscale_pool_request import HorizontalAutoscalePoolRequest  # noqa: E402
