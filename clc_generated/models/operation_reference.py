# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="OperationReference")


@_attrs_define
class OperationReference:
    """Handle of a v2-experimental asynchronous operation; poll uri (or get_experimental_operation_status with
    operationId).

    """

    operation_id: str
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operationId": operation_id,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("OperationReference", src_dict, (dict,))
        d = dict(src_dict)
        operation_id = d.pop("operationId")

        uri = d.pop("uri", UNSET)

        if not isinstance(operation_id, (str,)):
            raise wrong_type("operationId", operation_id, (str,))
        if not isinstance(uri, (str, Unset)):
            raise wrong_type("uri", uri, (str,))
        operation_reference = cls(
            operation_id,
            uri,
        )

        operation_reference.additional_properties = d if d else {}
        return operation_reference

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
