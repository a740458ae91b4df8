# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="BareMetalSku")


@_attrs_define
class BareMetalSku:
    id: str | Unset = UNSET
    hourly_rate: float | Unset = UNSET
    availability: str | Unset = UNSET
    memory: list[BareMetalMemory] | Unset = UNSET
    processor: BareMetalProcessor | Unset = UNSET
    storage: list[BareMetalStorage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hourly_rate = self.hourly_rate

        availability = self.availability

        memory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = []
            for memory_item_data in self.memory:
                memory_item = memory_item_data.to_dict()
                memory.append(memory_item)

        processor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processor, Unset):
            processor = self.processor.to_dict()

        storage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = []
            for storage_item_data in self.storage:
                storage_item = storage_item_data.to_dict()
                storage.append(storage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hourly_rate is not UNSET:
            field_dict["hourlyRate"] = hourly_rate
        if availability is not UNSET:
            field_dict["availability"] = availability
        if memory is not UNSET:
            field_dict["memory"] = memory
        if processor is not UNSET:
            field_dict["processor"] = processor
        if storage is not UNSET:
            field_dict["storage"] = storage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("BareMetalSku", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        hourly_rate = d.pop("hourlyRate", UNSET)

        availability = d.pop("availability", UNSET)

        _memory = d.pop("memory", UNSET)
        memory: list[BareMetalMemory] | Unset = UNSET
        if _memory is not UNSET:
            memory = []
            for memory_item_data in _memory:
                memory_item = BareMetalMemory.from_dict(memory_item_data)

                memory.append(memory_item)

        _processor = d.pop("processor", UNSET)
        processor: BareMetalProcessor | Unset
        if isinstance(_processor, Unset):
            processor = UNSET
        else:
            processor = BareMetalProcessor.from_dict(_processor)

        _storage = d.pop("storage", UNSET)
        storage: list[BareMetalStorage] | Unset = UNSET
        if _storage is not UNSET:
            storage = []
            for storage_item_data in _storage:
                storage_item = BareMetalStorage.from_dict(storage_item_data)

                storage.append(storage_item)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(hourly_rate, (int, float, Unset)):
            raise wrong_type(
                "hourlyRate",
                hourly_rate,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(availability, (str, Unset)):
            raise wrong_type("availability", availability, (str,))
        bare_metal_sku = cls(
            id,
            hourly_rate,
            availability,
            memory,
            processor,
            storage,
        )

        bare_metal_sku.additional_properties = d if d else {}
        return bare_metal_sku

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
from ..models.bare_metal_memory import BareMetalMemory  # noqa: E402
from ..models.bare_metal_processor import BareMetalProcessor  # noqa: E402
from ..models.bare_metal_storage import BareMetalStorage  # noqa: E402
