# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ExperimentalOperationStatus")


@_attrs_define
class ExperimentalOperationStatus:
    """State of a v2-experimental operation (network claim, secondary network add/remove). status is running, succeeded or
    failed; summary.links points at the result.

    """

    request_type: str | Unset = UNSET
    status: str | Unset = UNSET
    summary: ExperimentalOperationSummary | Unset = UNSET
    source: ExperimentalOperationSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        request_type = self.request_type

        status = self.status

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_type is not UNSET:
            field_dict["requestType"] = request_type
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ExperimentalOperationStatus", src_dict, (dict,))
        d = dict(src_dict)
        request_type = d.pop("requestType", UNSET)

        status = d.pop("status", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: ExperimentalOperationSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = ExperimentalOperationSummary.from_dict(_summary)

        _source = d.pop("source", UNSET)
        source: ExperimentalOperationSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ExperimentalOperationSource.from_dict(_source)

        if not isinstance(request_type, (str, Unset)):
            raise wrong_type("requestType", request_type, (str,))
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        experimental_operation_status = cls(
            request_type,
            status,
            summary,
            source,
        )

        experimental_operation_status.additional_properties = d if d else {}
        return experimental_operation_status

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
from ..models.experimental_operation_source import ExperimentalOperationSource  # noqa: E402
from ..models.experimental_operation_summary import ExperimentalOperationSummary  # noqa: E402
