# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_type

T = TypeVar("T", bound="AlertPolicyRequest")


@_attrs_define
class AlertPolicyRequest:
    name: str
    actions: list[AlertAction]
    triggers: list[AlertTrigger]
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        triggers = []
        for triggers_item_data in self.triggers:
            triggers_item = triggers_item_data.to_dict()
            triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "actions": actions,
                "triggers": triggers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AlertPolicyRequest", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name")

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = AlertAction.from_dict(actions_item_data)

            actions.append(actions_item)

        triggers = []
        _triggers = d.pop("triggers")
        for triggers_item_data in _triggers:
            triggers_item = AlertTrigger.from_dict(triggers_item_data)

            triggers.append(triggers_item)

        if not isinstance(name, (str,)):
            raise wrong_type("name", name, (str,))
        alert_policy_request = cls(
            name,
            actions,
            triggers,
        )

        alert_policy_request.additional_properties = d if d else {}
        return alert_policy_request

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
from ..models.alert_action import AlertAction  # noqa: E402
from ..models.alert_trigger import AlertTrigger  # noqa: E402
