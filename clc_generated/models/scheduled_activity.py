# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="ScheduledActivity")


@_attrs_define
class ScheduledActivity:
    """A scheduled activity (for example a recurring power operation) of a group. The documentation's field tables spell
    the date keys ...Utc, its examples ...UTC; the examples' spelling is used.

    """

    id: str | Unset = UNSET
    location_id: str | Unset = UNSET
    change_info: ChangeInfo | Unset = UNSET
    """ Who created and last modified the resource, and when. """
    links: list[Link] | Unset = UNSET
    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    begin_date_utc: str | Unset = UNSET
    repeat: str | Unset = UNSET
    custom_weekly_days: list[str] | Unset = UNSET
    expire: str | Unset = UNSET
    expire_count: int | Unset = UNSET
    expire_date_utc: None | str | Unset = UNSET
    time_zone_offset: str | Unset = UNSET
    is_expired: bool | Unset = UNSET
    last_occurrence_date_utc: None | str | Unset = UNSET
    occurrence_count: int | Unset = UNSET
    next_occurrence_date_utc: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        location_id = self.location_id

        change_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_info, Unset):
            change_info = self.change_info.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        status = self.status

        type_ = self.type_

        begin_date_utc = self.begin_date_utc

        repeat = self.repeat

        custom_weekly_days: list[str] | Unset = UNSET
        if not isinstance(self.custom_weekly_days, Unset):
            custom_weekly_days = self.custom_weekly_days

        expire = self.expire

        expire_count = self.expire_count

        expire_date_utc: None | str | Unset
        if isinstance(self.expire_date_utc, Unset):
            expire_date_utc = UNSET
        else:
            expire_date_utc = self.expire_date_utc

        time_zone_offset = self.time_zone_offset

        is_expired = self.is_expired

        last_occurrence_date_utc: None | str | Unset
        if isinstance(self.last_occurrence_date_utc, Unset):
            last_occurrence_date_utc = UNSET
        else:
            last_occurrence_date_utc = self.last_occurrence_date_utc

        occurrence_count = self.occurrence_count

        next_occurrence_date_utc: None | str | Unset
        if isinstance(self.next_occurrence_date_utc, Unset):
            next_occurrence_date_utc = UNSET
        else:
            next_occurrence_date_utc = self.next_occurrence_date_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if change_info is not UNSET:
            field_dict["changeInfo"] = change_info
        if links is not UNSET:
            field_dict["links"] = links
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if begin_date_utc is not UNSET:
            field_dict["beginDateUTC"] = begin_date_utc
        if repeat is not UNSET:
            field_dict["repeat"] = repeat
        if custom_weekly_days is not UNSET:
            field_dict["customWeeklyDays"] = custom_weekly_days
        if expire is not UNSET:
            field_dict["expire"] = expire
        if expire_count is not UNSET:
            field_dict["expireCount"] = expire_count
        if expire_date_utc is not UNSET:
            field_dict["expireDateUTC"] = expire_date_utc
        if time_zone_offset is not UNSET:
            field_dict["timeZoneOffset"] = time_zone_offset
        if is_expired is not UNSET:
            field_dict["isExpired"] = is_expired
        if last_occurrence_date_utc is not UNSET:
            field_dict["lastOccurrenceDateUTC"] = last_occurrence_date_utc
        if occurrence_count is not UNSET:
            field_dict["occurrenceCount"] = occurrence_count
        if next_occurrence_date_utc is not UNSET:
            field_dict["nextOccurrenceDateUTC"] = next_occurrence_date_utc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ScheduledActivity", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        location_id = d.pop("locationId", UNSET)

        _change_info = d.pop("changeInfo", UNSET)
        change_info: ChangeInfo | Unset
        if isinstance(_change_info, Unset):
            change_info = UNSET
        else:
            change_info = ChangeInfo.from_dict(_change_info)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        begin_date_utc = d.pop("beginDateUTC", UNSET)

        repeat = d.pop("repeat", UNSET)

        custom_weekly_days = cast(list[str], d.pop("customWeeklyDays", UNSET))

        expire = d.pop("expire", UNSET)

        expire_count = d.pop("expireCount", UNSET)

        def _parse_expire_date_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expire_date_utc = _parse_expire_date_utc(d.pop("expireDateUTC", UNSET))

        time_zone_offset = d.pop("timeZoneOffset", UNSET)

        is_expired = d.pop("isExpired", UNSET)

        def _parse_last_occurrence_date_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_occurrence_date_utc = _parse_last_occurrence_date_utc(
            d.pop("lastOccurrenceDateUTC", UNSET)
        )

        occurrence_count = d.pop("occurrenceCount", UNSET)

        def _parse_next_occurrence_date_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_occurrence_date_utc = _parse_next_occurrence_date_utc(
            d.pop("nextOccurrenceDateUTC", UNSET)
        )

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(location_id, (str, Unset)):
            raise wrong_type("locationId", location_id, (str,))
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(begin_date_utc, (str, Unset)):
            raise wrong_type("beginDateUTC", begin_date_utc, (str,))
        if not isinstance(repeat, (str, Unset)):
            raise wrong_type("repeat", repeat, (str,))
        if not isinstance(expire, (str, Unset)):
            raise wrong_type("expire", expire, (str,))
        if not isinstance(expire_count, (int, Unset)):
            raise wrong_type("expireCount", expire_count, (int,))
        if not isinstance(expire_date_utc, (str, type(None), Unset)):
            raise wrong_type(
                "expireDateUTC",
                expire_date_utc,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(time_zone_offset, (str, Unset)):
            raise wrong_type("timeZoneOffset", time_zone_offset, (str,))
        if not isinstance(is_expired, (bool, Unset)):
            raise wrong_type("isExpired", is_expired, (bool,))
        if not isinstance(last_occurrence_date_utc, (str, type(None), Unset)):
            raise wrong_type(
                "lastOccurrenceDateUTC",
                last_occurrence_date_utc,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(occurrence_count, (int, Unset)):
            raise wrong_type("occurrenceCount", occurrence_count, (int,))
        if not isinstance(next_occurrence_date_utc, (str, type(None), Unset)):
            raise wrong_type(
                "nextOccurrenceDateUTC",
                next_occurrence_date_utc,
                (
                    str,
                    type(None),
                ),
            )
        scheduled_activity = cls(
            id,
            location_id,
            change_info,
            links,
            status,
            type_,
            begin_date_utc,
            repeat,
            custom_weekly_days,
            expire,
            expire_count,
            expire_date_utc,
            time_zone_offset,
            is_expired,
            last_occurrence_date_utc,
            occurrence_count,
            next_occurrence_date_utc,
        )

        scheduled_activity.additional_properties = d if d else {}
        return scheduled_activity

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


decode_when_read(ScheduledActivity, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.change_info import ChangeInfo  # noqa: E402
from ..models.link import Link  # noqa: E402
