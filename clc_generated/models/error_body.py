# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Error payload of the API. message is a human readable summary; modelState maps a request field to the reasons it was
    rejected. Unhandled failures may add keys such as exceptionMessage and exceptionType.

    """

    message: str | Unset = UNSET
    model_state: ModelState | Unset = UNSET
    """ Request field name to the list of validation messages for that field. """
    exception_message: str | Unset = UNSET
    exception_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        model_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_state, Unset):
            model_state = self.model_state.to_dict()

        exception_message = self.exception_message

        exception_type = self.exception_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if model_state is not UNSET:
            field_dict["modelState"] = model_state
        if exception_message is not UNSET:
            field_dict["exceptionMessage"] = exception_message
        if exception_type is not UNSET:
            field_dict["exceptionType"] = exception_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ErrorBody", src_dict, (dict,))
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _model_state = d.pop("modelState", UNSET)
        model_state: ModelState | Unset
        if isinstance(_model_state, Unset):
            model_state = UNSET
        else:
            model_state = ModelState.from_dict(_model_state)

        exception_message = d.pop("exceptionMessage", UNSET)

        exception_type = d.pop("exceptionType", UNSET)

        if not isinstance(message, (str, Unset)):
            raise wrong_type("message", message, (str,))
        if not isinstance(exception_message, (str, Unset)):
            raise wrong_type("exceptionMessage", exception_message, (str,))
        if not isinstance(exception_type, (str, Unset)):
            raise wrong_type("exceptionType", exception_type, (str,))
        error_body = cls(
            message,
            model_state,
            exception_message,
            exception_type,
        )

        error_body.additional_properties = d if d else {}
        return error_body

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
from ..models.model_state import ModelState  # noqa: E402
