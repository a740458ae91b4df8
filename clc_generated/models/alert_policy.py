# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="AlertPolicy")


@_attrs_define
class AlertPolicy:
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    actions: list[AlertAction] | Unset = UNSET
    triggers: list[AlertTrigger] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

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
        if actions is not UNSET:
            field_dict["actions"] = actions
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("AlertPolicy", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[AlertAction] | Unset = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:
                actions_item = AlertAction.from_dict(actions_item_data)

                actions.append(actions_item)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[AlertTrigger] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = AlertTrigger.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        alert_policy = cls(
            id,
            name,
            actions,
            triggers,
            links,
        )

        alert_policy.additional_properties = d if d else {}
        return alert_policy

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


decode_when_read(AlertPolicy, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.alert_action import AlertAction  # noqa: E402
from ..models.alert_trigger import AlertTrigger  # noqa: E402
from ..models.link import Link  # noqa: E402
