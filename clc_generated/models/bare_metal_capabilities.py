# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="BareMetalCapabilities")


@_attrs_define
class BareMetalCapabilities:
    skus: list[BareMetalSku] | Unset = UNSET
    operating_systems: list[BareMetalOperatingSystem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        skus: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = []
            for skus_item_data in self.skus:
                skus_item = skus_item_data.to_dict()
                skus.append(skus_item)

        operating_systems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operating_systems, Unset):
            operating_systems = []
            for operating_systems_item_data in self.operating_systems:
                operating_systems_item = operating_systems_item_data.to_dict()
                operating_systems.append(operating_systems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skus is not UNSET:
            field_dict["skus"] = skus
        if operating_systems is not UNSET:
            field_dict["operatingSystems"] = operating_systems

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BareMetalCapabilities", src_dict, (dict,))
        d = dict(src_dict)
        _skus = d.pop("skus", UNSET)
        skus: list[BareMetalSku] | Unset = UNSET
        if _skus is not UNSET:
            skus = []
            for skus_item_data in _skus:
                skus_item = BareMetalSku.from_dict(skus_item_data)

                skus.append(skus_item)

        _operating_systems = d.pop("operatingSystems", UNSET)
        operating_systems: list[BareMetalOperatingSystem] | Unset = UNSET
        if _operating_systems is not UNSET:
            operating_systems = []
            for operating_systems_item_data in _operating_systems:
                operating_systems_item = BareMetalOperatingSystem.from_dict(
                    operating_systems_item_data
                )

                operating_systems.append(operating_systems_item)

        bare_metal_capabilities = cls(
            skus,
            operating_systems,
        )

        bare_metal_capabilities.additional_properties = d if d else {}
        return bare_metal_capabilities

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
from ..models.bare_metal_operating_system import BareMetalOperatingSystem  # noqa: E402
from ..models.bare_metal_sku import BareMetalSku  # noqa: E402
