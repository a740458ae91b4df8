# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="LogForwardingUpdateResult")


@_attrs_define
class LogForwardingUpdateResult:
    operation_id: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_id is not UNSET:
            field_dict["operationID"] = operation_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("LogForwardingUpdateResult", src_dict, (dict,))
        d = dict(src_dict)
        operation_id = d.pop("operationID", UNSET)

        status = d.pop("status", UNSET)

        if not isinstance(operation_id, (str, Unset)):
            raise wrong_type("operationID", operation_id, (str,))
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        log_forwarding_update_result = cls(
            operation_id,
            status,
        )

        log_forwarding_update_result.additional_properties = d if d else {}
        return log_forwarding_update_result

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
