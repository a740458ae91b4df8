# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="ScheduledActivityRequest")


@_attrs_define
class ScheduledActivityRequest:
    status: str
    type_: str
    begin_date_utc: str
    repeat: str
    expire: str
    time_zone_offset: str
    custom_weekly_days: list[str] | Unset = UNSET
    expire_count: int | Unset = UNSET
    expire_date_utc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type_ = self.type_

        begin_date_utc = self.begin_date_utc

        repeat = self.repeat

        expire = self.expire

        time_zone_offset = self.time_zone_offset

        custom_weekly_days: list[str] | Unset = UNSET
        if not isinstance(self.custom_weekly_days, Unset):
            custom_weekly_days = self.custom_weekly_days

        expire_count = self.expire_count

        expire_date_utc = self.expire_date_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type_,
                "beginDateUTC": begin_date_utc,
                "repeat": repeat,
                "expire": expire,
                "timeZoneOffset": time_zone_offset,
            }
        )
        if custom_weekly_days is not UNSET:
            field_dict["customWeeklyDays"] = custom_weekly_days
        if expire_count is not UNSET:
            field_dict["expireCount"] = expire_count
        if expire_date_utc is not UNSET:
            field_dict["expireDateUTC"] = expire_date_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ScheduledActivityRequest", src_dict, (dict,))
        d = dict(src_dict)
        status = d.pop("status")

        type_ = d.pop("type")

        begin_date_utc = d.pop("beginDateUTC")

        repeat = d.pop("repeat")

        expire = d.pop("expire")

        time_zone_offset = d.pop("timeZoneOffset")

        custom_weekly_days = cast(list[str], d.pop("customWeeklyDays", UNSET))

        expire_count = d.pop("expireCount", UNSET)

        expire_date_utc = d.pop("expireDateUTC", UNSET)

        if not isinstance(status, (str,)):
            raise wrong_type("status", status, (str,))
        if not isinstance(type_, (str,)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(begin_date_utc, (str,)):
            raise wrong_type("beginDateUTC", begin_date_utc, (str,))
        if not isinstance(repeat, (str,)):
            raise wrong_type("repeat", repeat, (str,))
        if not isinstance(expire, (str,)):
            raise wrong_type("expire", expire, (str,))
        if not isinstance(time_zone_offset, (str,)):
            raise wrong_type("timeZoneOffset", time_zone_offset, (str,))
        if not isinstance(expire_count, (int, Unset)):
            raise wrong_type("expireCount", expire_count, (int,))
        if not isinstance(expire_date_utc, (str, Unset)):
            raise wrong_type("expireDateUTC", expire_date_utc, (str,))
        scheduled_activity_request = cls(
            status,
            type_,
            begin_date_utc,
            repeat,
            expire,
            time_zone_offset,
            custom_weekly_days,
            expire_count,
            expire_date_utc,
        )

        scheduled_activity_request.additional_properties = d if d else {}
        return scheduled_activity_request

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
