# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="WebhookConfiguration")


@_attrs_define
class WebhookConfiguration:
    """recursive also delivers events of sub-accounts."""

    recursive: bool | Unset = UNSET
    target_uris: list[WebhookTargetUri] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        recursive = self.recursive

        target_uris: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_uris, Unset):
            target_uris = []
            for target_uris_item_data in self.target_uris:
                target_uris_item = target_uris_item_data.to_dict()
                target_uris.append(target_uris_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recursive is not UNSET:
            field_dict["recursive"] = recursive
        if target_uris is not UNSET:
            field_dict["targetUris"] = target_uris

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("WebhookConfiguration", src_dict, (dict,))
        d = dict(src_dict)
        recursive = d.pop("recursive", UNSET)

        _target_uris = d.pop("targetUris", UNSET)
        target_uris: list[WebhookTargetUri] | Unset = UNSET
        if _target_uris is not UNSET:
            target_uris = []
            for target_uris_item_data in _target_uris:
                target_uris_item = WebhookTargetUri.from_dict(target_uris_item_data)

                target_uris.append(target_uris_item)

        if not isinstance(recursive, (bool, Unset)):
            raise wrong_type("recursive", recursive, (bool,))
        webhook_configuration = cls(
            recursive,
            target_uris,
        )

        webhook_configuration.additional_properties = d if d else {}
        return webhook_configuration

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
from ..models.webhook_target_uri import WebhookTargetUri  # noqa: E402
