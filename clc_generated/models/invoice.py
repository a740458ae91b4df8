# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    id: str | Unset = UNSET
    terms: str | Unset = UNSET
    company_name: str | Unset = UNSET
    account_alias: str | Unset = UNSET
    pricing_account_alias: str | Unset = UNSET
    parent_account_alias: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state_province: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    billing_contact_email: None | str | Unset = UNSET
    invoice_cc_email: None | str | Unset = UNSET
    total_amount: float | Unset = UNSET
    invoice_date: datetime.datetime | Unset = UNSET
    po_number: None | str | Unset = UNSET
    line_items: list[InvoiceLineItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        terms = self.terms

        company_name = self.company_name

        account_alias = self.account_alias

        pricing_account_alias = self.pricing_account_alias

        parent_account_alias: None | str | Unset
        if isinstance(self.parent_account_alias, Unset):
            parent_account_alias = UNSET
        else:
            parent_account_alias = self.parent_account_alias

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

        billing_contact_email: None | str | Unset
        if isinstance(self.billing_contact_email, Unset):
            billing_contact_email = UNSET
        else:
            billing_contact_email = self.billing_contact_email

        invoice_cc_email: None | str | Unset
        if isinstance(self.invoice_cc_email, Unset):
            invoice_cc_email = UNSET
        else:
            invoice_cc_email = self.invoice_cc_email

        total_amount = self.total_amount

        invoice_date: str | Unset = UNSET
        if not isinstance(self.invoice_date, Unset):
            invoice_date = self.invoice_date.isoformat()

        po_number: None | str | Unset
        if isinstance(self.po_number, Unset):
            po_number = UNSET
        else:
            po_number = self.po_number

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if terms is not UNSET:
            field_dict["terms"] = terms
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if account_alias is not UNSET:
            field_dict["accountAlias"] = account_alias
        if pricing_account_alias is not UNSET:
            field_dict["pricingAccountAlias"] = pricing_account_alias
        if parent_account_alias is not UNSET:
            field_dict["parentAccountAlias"] = parent_account_alias
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
        if billing_contact_email is not UNSET:
            field_dict["billingContactEmail"] = billing_contact_email
        if invoice_cc_email is not UNSET:
            field_dict["invoiceCCEmail"] = invoice_cc_email
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if po_number is not UNSET:
            field_dict["poNumber"] = po_number
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Invoice", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        terms = d.pop("terms", UNSET)

        company_name = d.pop("companyName", UNSET)

        account_alias = d.pop("accountAlias", UNSET)

        pricing_account_alias = d.pop("pricingAccountAlias", UNSET)

        def _parse_parent_account_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_account_alias = _parse_parent_account_alias(d.pop("parentAccountAlias", UNSET))

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

        def _parse_billing_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_contact_email = _parse_billing_contact_email(d.pop("billingContactEmail", UNSET))

        def _parse_invoice_cc_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_cc_email = _parse_invoice_cc_email(d.pop("invoiceCCEmail", UNSET))

        total_amount = d.pop("totalAmount", UNSET)

        _invoice_date = d.pop("invoiceDate", UNSET)
        invoice_date: datetime.datetime | Unset
        if isinstance(_invoice_date, Unset):
            invoice_date = UNSET
        else:
            invoice_date = datetime.datetime.fromisoformat(_invoice_date)

        def _parse_po_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        po_number = _parse_po_number(d.pop("poNumber", UNSET))

        _line_items = d.pop("lineItems", UNSET)
        line_items: list[InvoiceLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = InvoiceLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(terms, (str, Unset)):
            raise wrong_type("terms", terms, (str,))
        if not isinstance(company_name, (str, Unset)):
            raise wrong_type("companyName", company_name, (str,))
        if not isinstance(account_alias, (str, Unset)):
            raise wrong_type("accountAlias", account_alias, (str,))
        if not isinstance(pricing_account_alias, (str, Unset)):
            raise wrong_type("pricingAccountAlias", pricing_account_alias, (str,))
        if not isinstance(parent_account_alias, (str, type(None), Unset)):
            raise wrong_type(
                "parentAccountAlias",
                parent_account_alias,
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
        if not isinstance(billing_contact_email, (str, type(None), Unset)):
            raise wrong_type(
                "billingContactEmail",
                billing_contact_email,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(invoice_cc_email, (str, type(None), Unset)):
            raise wrong_type(
                "invoiceCCEmail",
                invoice_cc_email,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(total_amount, (int, float, Unset)):
            raise wrong_type(
                "totalAmount",
                total_amount,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(po_number, (str, type(None), Unset)):
            raise wrong_type(
                "poNumber",
                po_number,
                (
                    str,
                    type(None),
                ),
            )
        invoice = cls(
            id,
            terms,
            company_name,
            account_alias,
            pricing_account_alias,
            parent_account_alias,
            address1,
            address2,
            city,
            state_province,
            postal_code,
            billing_contact_email,
            invoice_cc_email,
            total_amount,
            invoice_date,
            po_number,
            line_items,
        )

        invoice.additional_properties = d if d else {}
        return invoice

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
from ..models.invoice_line_item import InvoiceLineItem  # noqa: E402
