# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="LoginResponse")


@_attrs_define
class LoginResponse:
    """The authenticated user, the account and default data center, and the token."""

    bearer_token: str = _attrs_field(repr=False)
    user_name: str | Unset = UNSET
    account_alias: str | Unset = UNSET
    location_alias: str | Unset = UNSET
    roles: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        bearer_token = self.bearer_token

        user_name = self.user_name

        account_alias = self.account_alias

        location_alias = self.location_alias

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bearerToken": bearer_token,
            }
        )
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if account_alias is not UNSET:
            field_dict["accountAlias"] = account_alias
        if location_alias is not UNSET:
            field_dict["locationAlias"] = location_alias
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("LoginResponse", src_dict, (dict,))
        d = dict(src_dict)
        bearer_token = d.pop("bearerToken")

        user_name = d.pop("userName", UNSET)

        account_alias = d.pop("accountAlias", UNSET)

        location_alias = d.pop("locationAlias", UNSET)

        roles = cast(list[str], d.pop("roles", UNSET))

        if not isinstance(bearer_token, (str,)):
            raise wrong_type("bearerToken", bearer_token, (str,))
        if not isinstance(user_name, (str, Unset)):
            raise wrong_type("userName", user_name, (str,))
        if not isinstance(account_alias, (str, Unset)):
            raise wrong_type("accountAlias", account_alias, (str,))
        if not isinstance(location_alias, (str, Unset)):
            raise wrong_type("locationAlias", location_alias, (str,))
        login_response = cls(
            bearer_token,
            user_name,
            account_alias,
            location_alias,
            roles,
        )

        login_response.additional_properties = d if d else {}
        return login_response

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
