# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="Server")


@_attrs_define
class Server:
    """A server (or a template, when isTemplate is true)."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    group_id: str | Unset = UNSET
    is_template: bool | Unset = UNSET
    location_id: str | Unset = UNSET
    os_type: str | Unset = UNSET
    os: str | Unset = UNSET
    is_managed_os: bool | Unset = UNSET
    is_managed_backup: bool | Unset = UNSET
    status: str | Unset = UNSET
    details: ServerDetails | Unset = UNSET
    type_: str | Unset = UNSET
    storage_type: str | Unset = UNSET
    change_info: ChangeInfo | Unset = UNSET
    """ Who created and last modified the resource, and when. """
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        group_id = self.group_id

        is_template = self.is_template

        location_id = self.location_id

        os_type = self.os_type

        os = self.os

        is_managed_os = self.is_managed_os

        is_managed_backup = self.is_managed_backup

        status = self.status

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        type_ = self.type_

        storage_type = self.storage_type

        change_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_info, Unset):
            change_info = self.change_info.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if is_template is not UNSET:
            field_dict["isTemplate"] = is_template
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if os is not UNSET:
            field_dict["os"] = os
        if is_managed_os is not UNSET:
            field_dict["isManagedOS"] = is_managed_os
        if is_managed_backup is not UNSET:
            field_dict["isManagedBackup"] = is_managed_backup
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details
        if type_ is not UNSET:
            field_dict["type"] = type_
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type
        if change_info is not UNSET:
            field_dict["changeInfo"] = change_info
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Server", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        display_name = d.pop("displayName", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        group_id = d.pop("groupId", UNSET)

        is_template = d.pop("isTemplate", UNSET)

        location_id = d.pop("locationId", UNSET)

        os_type = d.pop("osType", UNSET)

        os = d.pop("os", UNSET)

        is_managed_os = d.pop("isManagedOS", UNSET)

        is_managed_backup = d.pop("isManagedBackup", UNSET)

        status = d.pop("status", UNSET)

        _details = d.pop("details", UNSET)
        details: ServerDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ServerDetails.from_dict(_details)

        type_ = d.pop("type", UNSET)

        storage_type = d.pop("storageType", UNSET)

        _change_info = d.pop("changeInfo", UNSET)
        change_info: ChangeInfo | Unset
        if isinstance(_change_info, Unset):
            change_info = UNSET
        else:
            change_info = ChangeInfo.from_dict(_change_info)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(display_name, (str, Unset)):
            raise wrong_type("displayName", display_name, (str,))
        if not isinstance(description, (str, type(None), Unset)):
            raise wrong_type(
                "description",
                description,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(group_id, (str, Unset)):
            raise wrong_type("groupId", group_id, (str,))
        if not isinstance(is_template, (bool, Unset)):
            raise wrong_type("isTemplate", is_template, (bool,))
        if not isinstance(location_id, (str, Unset)):
            raise wrong_type("locationId", location_id, (str,))
        if not isinstance(os_type, (str, Unset)):
            raise wrong_type("osType", os_type, (str,))
        if not isinstance(os, (str, Unset)):
            raise wrong_type("os", os, (str,))
        if not isinstance(is_managed_os, (bool, Unset)):
            raise wrong_type("isManagedOS", is_managed_os, (bool,))
        if not isinstance(is_managed_backup, (bool, Unset)):
            raise wrong_type("isManagedBackup", is_managed_backup, (bool,))
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(storage_type, (str, Unset)):
            raise wrong_type("storageType", storage_type, (str,))
        server = cls(
            id,
            name,
            display_name,
            description,
            group_id,
            is_template,
            location_id,
            os_type,
            os,
            is_managed_os,
            is_managed_backup,
            status,
            details,
            type_,
            storage_type,
            change_info,
            links,
        )

        server.additional_properties = d if d else {}
        return server

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


decode_when_read(Server, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.change_info import ChangeInfo  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.server_details import ServerDetails  # noqa: E402
