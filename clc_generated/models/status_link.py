# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_type

T = TypeVar("T", bound="StatusLink")


@_attrs_define
class StatusLink:
    """Link to a queued job, returned alone by operations that start one work item (delete group, server PATCH, public IP
    changes, snapshots, restore). id is the queue status id to poll with get_queue_status.

    """

    rel: str
    href: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        rel = self.rel

        href = self.href

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rel": rel,
                "href": href,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("StatusLink", src_dict, (dict,))
        d = dict(src_dict)
        rel = d.pop("rel")

        href = d.pop("href")

        id = d.pop("id")

        if not isinstance(rel, (str,)):
            raise wrong_type("rel", rel, (str,))
        if not isinstance(href, (str,)):
            raise wrong_type("href", href, (str,))
        if not isinstance(id, (str,)):
            raise wrong_type("id", id, (str,))
        status_link = cls(
            rel,
            href,
            id,
        )

        status_link.additional_properties = d if d else {}
        return status_link

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
