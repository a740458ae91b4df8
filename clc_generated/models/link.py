# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="Link")

# The JSON keys of the model's fields.
_FIELDS = frozenset(
    (
        "rel",
        "href",
        "id",
        "name",
        "verbs",
    )
)


@_attrs_define
class Link:
    """Hypermedia link. rel names the relation, href the target; id and name identify the target where it is a resource,
    verbs lists the methods it accepts.

    """

    rel: str
    href: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    verbs: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        rel = self.rel

        href = self.href

        id = self.id

        name = self.name

        verbs: list[str] | Unset = UNSET
        if not isinstance(self.verbs, Unset):
            verbs = self.verbs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rel": rel,
                "href": href,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if verbs is not UNSET:
            field_dict["verbs"] = verbs

        return field_dict

    @staticmethod
    def check_all(items: list[Any]) -> bool:
        """Raise what ``from_dict`` raises (KeyError, TypeError) for any of ``items``,
        without building them: arrays of this model are decoded when first read.

        Return whether the items are plain JSON of this model's fields alone (dicts of its
        keys, arrays of exact scalars, no NaN), which ``marshal`` holds exactly."""
        plain = True
        for src_dict in items:
            if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # JSON: a dict
                raise wrong_type("Link", src_dict, (dict,))
            rel = src_dict["rel"]
            if not isinstance(rel, (str,)):
                raise wrong_type("rel", rel, (str,))
            href = src_dict["href"]
            if not isinstance(href, (str,)):
                raise wrong_type("href", href, (str,))
            id = src_dict.get("id", UNSET)
            if not isinstance(id, (str, Unset)):
                raise wrong_type("id", id, (str,))
            name = src_dict.get("name", UNSET)
            if not isinstance(name, (str, Unset)):
                raise wrong_type("name", name, (str,))
            if plain:
                plain = _FIELDS.issuperset(src_dict)  # marshal refuses what is not a dict
                verbs = src_dict.get("verbs", UNSET)
                if plain and verbs is not UNSET:
                    plain = type(verbs) is list
                    for verbs_item in verbs if plain else ():
                        plain = plain and type(verbs_item) is str
        return plain

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Link", src_dict, (dict,))
        d = dict(src_dict)
        rel = d.pop("rel")

        href = d.pop("href")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        verbs = cast(list[str], d.pop("verbs", UNSET))

        if not isinstance(rel, (str,)):
            raise wrong_type("rel", rel, (str,))
        if not isinstance(href, (str,)):
            raise wrong_type("href", href, (str,))
        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        link = cls(
            rel,
            href,
            id,
            name,
            verbs,
        )

        link.additional_properties = d if d else {}
        return link

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
