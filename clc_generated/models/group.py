# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A group of servers. groups holds the child groups recursively; servers is present only with serverDetail=detailed.
    Server membership otherwise appears as links with rel "server".

    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    location_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    servers_count: int | Unset = UNSET
    groups: list[Group] | Unset = UNSET
    servers: list[Server] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    change_info: ChangeInfo | Unset = UNSET
    """ Who created and last modified the resource, and when. """
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        location_id = self.location_id

        type_ = self.type_

        status = self.status

        servers_count = self.servers_count

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = []
            for servers_item_data in self.servers:
                servers_item = servers_item_data.to_dict()
                servers.append(servers_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        change_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.change_info, Unset):
            change_info = self.change_info.to_dict()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if servers_count is not UNSET:
            field_dict["serversCount"] = servers_count
        if groups is not UNSET:
            field_dict["groups"] = groups
        if servers is not UNSET:
            field_dict["servers"] = servers
        if links is not UNSET:
            field_dict["links"] = links
        if change_info is not UNSET:
            field_dict["changeInfo"] = change_info
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("Group", src_dict, (dict,))
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        location_id = d.pop("locationId", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        servers_count = d.pop("serversCount", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[Group] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = Group.from_dict(groups_item_data)

                groups.append(groups_item)

        _servers = d.pop("servers", UNSET)
        servers: list[Server] | Unset = UNSET
        if _servers is not UNSET:
            servers = []
            for servers_item_data in _servers:
                servers_item = Server.from_dict(servers_item_data)

                servers.append(servers_item)

        _links = d.pop("links", UNSET)
        links = UNSET if isinstance(_links, Unset) else checked_array(_links, Link)

        _change_info = d.pop("changeInfo", UNSET)
        change_info: ChangeInfo | Unset
        if isinstance(_change_info, Unset):
            change_info = UNSET
        else:
            change_info = ChangeInfo.from_dict(_change_info)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        if not isinstance(id, (str, Unset)):
            raise wrong_type("id", id, (str,))
        if not isinstance(name, (str, Unset)):
            raise wrong_type("name", name, (str,))
        if not isinstance(description, (str, type(None), Unset)):
            raise wrong_type(
                "description",
                description,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(location_id, (str, Unset)):
            raise wrong_type("locationId", location_id, (str,))
        if not isinstance(type_, (str, Unset)):
            raise wrong_type("type", type_, (str,))
        if not isinstance(status, (str, Unset)):
            raise wrong_type("status", status, (str,))
        if not isinstance(servers_count, (int, Unset)):
            raise wrong_type("serversCount", servers_count, (int,))
        group = cls(
            id,
            name,
            description,
            location_id,
            type_,
            status,
            servers_count,
            groups,
            servers,
            links,
            change_info,
            custom_fields,
        )

        group.additional_properties = d if d else {}
        return group

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


decode_when_read(Group, "links")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.change_info import ChangeInfo  # noqa: E402
from ..models.custom_field_value import CustomFieldValue  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.server import Server  # noqa: E402
