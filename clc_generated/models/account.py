# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """Account details. The documentation has no page for this resource; the keys come from the attributes the Python SDK
    exposes (it camel-cases business_name, address_line1, primary_data_center...), the parentAlias and primaryDataCenter
    keys it reads, and the v1 account details call (Address1/Address2), whose spelling is also accepted.

    """

    account_alias: str | Unset = UNSET
    parent_alias: None | str | Unset = UNSET
    business_name: str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state_province: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    telephone: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    status: str | Unset = UNSET
    primary_data_center: str | Unset = UNSET
    is_managed: bool | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        account_alias = self.account_alias

        parent_alias: None | str | Unset
        if isinstance(self.parent_alias, Unset):
            parent_alias = UNSET
        else:
            parent_alias = self.parent_alias

        business_name = self.business_name

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state_province: None | str | Unset
        if isinstance(self.state_province, Unset):
            state_province = UNSET
        else:
            state_province = self.state_province

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        telephone: None | str | Unset
        if isinstance(self.telephone, Unset):
            telephone = UNSET
        else:
            telephone = self.telephone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        status = self.status

        primary_data_center = self.primary_data_center

        is_managed = self.is_managed

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_alias is not UNSET:
            field_dict["accountAlias"] = account_alias
        if parent_alias is not UNSET:
            field_dict["parentAlias"] = parent_alias
        if business_name is not UNSET:
            field_dict["businessName"] = business_name
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state_province is not UNSET:
            field_dict["stateProvince"] = state_province
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if telephone is not UNSET:
            field_dict["telephone"] = telephone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if country is not UNSET:
            field_dict["country"] = country
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if status is not UNSET:
            field_dict["status"] = status
        if primary_data_center is not UNSET:
            field_dict["primaryDataCenter"] = primary_data_center
        if is_managed is not UNSET:
            field_dict["isManaged"] = is_managed
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Account", src_dict, (dict,))
        d = dict(src_dict)
        account_alias = d.pop("accountAlias", UNSET)

        def _parse_parent_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_alias = _parse_parent_alias(d.pop("parentAlias", UNSET))

        business_name = d.pop("businessName", UNSET)

        def _parse_address_line_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_1 = _parse_address_line_1(d.pop("addressLine1", UNSET))

        def _parse_address_line_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_2 = _parse_address_line_2(d.pop("addressLine2", UNSET))

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state_province(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_province = _parse_state_province(d.pop("stateProvince", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postalCode", UNSET))

        def _parse_telephone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        telephone = _parse_telephone(d.pop("telephone", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        status = d.pop("status", UNSET)

        primary_data_center = d.pop("primaryDataCenter", UNSET)

        is_managed = d.pop("isManaged", UNSET)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(account_alias, (str, Unset)):
            raise wrong_type("accountAlias", account_alias, (str,))
        if not isinstance(parent_alias, (str, type(None), Unset)):
            raise wrong_type(
                "parentAlias",
                parent_alias,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(business_name, (str, Unset)):
            raise wrong_type("businessName", business_name, (str,))
        if not isinstance(address_line_1, (str, type(None), Unset)):
            raise wrong_type(
                "addressLine1",
                address_line_1,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(address_line_2, (str, type(None), Unset)):
            raise wrong_type(
                "addressLine2",
                address_line_2,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(address1, (str, type(None), Unset)):
            raise wrong_type(
                "address1",
                address1,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(address2, (str, type(None), Unset)):
            raise wrong_type(
                "address2",
                address2,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(city, (str, type(None), Unset)):
            raise wrong_type(
                "city",
                city,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(state_province, (str, type(None), Unset)):
            raise wrong_type(
                "stateProvince",
                state_province,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(postal_code, (str, type(None), Unset)):
            raise wrong_type(
                "postalCode",
                postal_code,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(telephone, (str, type(None), Unset)):
            raise wrong_type(
                "telephone",
                telephone,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(fax, (str, type(None), Unset)):
            raise wrong_type(
                "fax",
                fax,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(country, (str, type(None), Unset)):
            raise wrong_type(
                "country",
                country,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(time_zone, (str, type(None), Unset)):
            raise wrong_type(
                "timeZone",
                time_zone,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        if not isinstance(primary_data_center, (str, Unset)):
            raise wrong_type("primaryDataCenter", primary_data_center, (str,))
        if not isinstance(is_managed, (bool, Unset)):
            raise wrong_type("isManaged", is_managed, (bool,))
        account = cls(
            account_alias,
            parent_alias,
            business_name,
            address_line_1,
            address_line_2,
            address1,
            address2,
            city,
            state_province,
            postal_code,
            telephone,
            fax,
            country,
            time_zone,
            status,
            primary_data_center,
            is_managed,
            links,
        )

        account.additional_properties = d if d else {}
        return account

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


decode_when_read(Account, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.link import Link  # noqa: E402
