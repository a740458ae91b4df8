# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="CreateServerRequest")


@_attrs_define
class CreateServerRequest:
    """Create a server from a template, clone an existing server (sourceServerId names the server and sourceServerPassword
    its administrator password) or, for bare metal, provision from configurationId and osType. The documentation
    describes create and clone separately; they share this body. Every optional field is nullable: the API's binder
    treated null as "not given", and clc-sdk 2.51 (the original Python SDK) sends null for each option its caller left
    out. cpu and memoryGB are required by the API (except for bare metal, which ignores them), so they are not nullable;
    their limits are the Cpu and MemoryGB schemas. Property names are the documentation's spelling (primaryDns,
    secondaryDns); the binder matched names case-insensitively, so 2.51's primaryDNS/secondaryDNS reached the same
    fields.

    """

    name: str
    """ The short name a new server is built from: letters, digits and hyphens, one to eight of them; the account
    alias and the name together may not exceed ten characters (x-clc-max-length-with-alias). The API adds the data
    center, the alias and two digits. """
    group_id: str
    description: None | str | Unset = UNSET
    source_server_id: None | str | Unset = UNSET
    is_managed_os: bool | None | Unset = UNSET
    is_managed_backup: bool | None | Unset = UNSET
    primary_dns: None | str | Unset = UNSET
    secondary_dns: None | str | Unset = UNSET
    network_id: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    password: None | str | Unset = _attrs_field(repr=False, default=UNSET)
    source_server_password: None | str | Unset = _attrs_field(repr=False, default=UNSET)
    cpu: int | Unset = UNSET
    """ Number of processors (documented 1-16). """
    cpu_autoscale_policy_id: None | str | Unset = UNSET
    memory_gb: int | Unset = UNSET
    """ Memory in GB (documented 1-128). """
    type_: None | str | Unset = UNSET
    storage_type: None | str | Unset = UNSET
    anti_affinity_policy_id: None | str | Unset = UNSET
    custom_fields: list[CustomFieldInput] | None | Unset = UNSET
    additional_disks: list[AdditionalDisk] | None | Unset = UNSET
    ttl: datetime.datetime | None | Unset = UNSET
    packages: list[PackageRequest] | None | Unset = UNSET
    configuration_id: None | str | Unset = UNSET
    os_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        group_id = self.group_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_server_id: None | str | Unset
        if isinstance(self.source_server_id, Unset):
            source_server_id = UNSET
        else:
            source_server_id = self.source_server_id

        is_managed_os: bool | None | Unset
        if isinstance(self.is_managed_os, Unset):
            is_managed_os = UNSET
        else:
            is_managed_os = self.is_managed_os

        is_managed_backup: bool | None | Unset
        if isinstance(self.is_managed_backup, Unset):
            is_managed_backup = UNSET
        else:
            is_managed_backup = self.is_managed_backup

        primary_dns: None | str | Unset
        if isinstance(self.primary_dns, Unset):
            primary_dns = UNSET
        else:
            primary_dns = self.primary_dns

        secondary_dns: None | str | Unset
        if isinstance(self.secondary_dns, Unset):
            secondary_dns = UNSET
        else:
            secondary_dns = self.secondary_dns

        network_id: None | str | Unset
        if isinstance(self.network_id, Unset):
            network_id = UNSET
        else:
            network_id = self.network_id

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        source_server_password: None | str | Unset
        if isinstance(self.source_server_password, Unset):
            source_server_password = UNSET
        else:
            source_server_password = self.source_server_password

        cpu = self.cpu

        cpu_autoscale_policy_id: None | str | Unset
        if isinstance(self.cpu_autoscale_policy_id, Unset):
            cpu_autoscale_policy_id = UNSET
        else:
            cpu_autoscale_policy_id = self.cpu_autoscale_policy_id

        memory_gb = self.memory_gb

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        storage_type: None | str | Unset
        if isinstance(self.storage_type, Unset):
            storage_type = UNSET
        else:
            storage_type = self.storage_type

        anti_affinity_policy_id: None | str | Unset
        if isinstance(self.anti_affinity_policy_id, Unset):
            anti_affinity_policy_id = UNSET
        else:
            anti_affinity_policy_id = self.anti_affinity_policy_id

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        additional_disks: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_disks, Unset):
            additional_disks = UNSET
        elif isinstance(self.additional_disks, list):
            additional_disks = []
            for additional_disks_type_0_item_data in self.additional_disks:
                additional_disks_type_0_item = additional_disks_type_0_item_data.to_dict()
                additional_disks.append(additional_disks_type_0_item)

        else:
            additional_disks = self.additional_disks

        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        elif isinstance(self.ttl, datetime.datetime):
            ttl = self.ttl.isoformat()
        else:
            ttl = self.ttl

        packages: list[dict[str, Any]] | None | Unset
        if isinstance(self.packages, Unset):
            packages = UNSET
        elif isinstance(self.packages, list):
            packages = []
            for packages_type_0_item_data in self.packages:
                packages_type_0_item = packages_type_0_item_data.to_dict()
                packages.append(packages_type_0_item)

        else:
            packages = self.packages

        configuration_id: None | str | Unset
        if isinstance(self.configuration_id, Unset):
            configuration_id = UNSET
        else:
            configuration_id = self.configuration_id

        os_type: None | str | Unset
        if isinstance(self.os_type, Unset):
            os_type = UNSET
        else:
            os_type = self.os_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "groupId": group_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source_server_id is not UNSET:
            field_dict["sourceServerId"] = source_server_id
        if is_managed_os is not UNSET:
            field_dict["isManagedOS"] = is_managed_os
        if is_managed_backup is not UNSET:
            field_dict["isManagedBackup"] = is_managed_backup
        if primary_dns is not UNSET:
            field_dict["primaryDns"] = primary_dns
        if secondary_dns is not UNSET:
            field_dict["secondaryDns"] = secondary_dns
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if password is not UNSET:
            field_dict["password"] = password
        if source_server_password is not UNSET:
            field_dict["sourceServerPassword"] = source_server_password
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if cpu_autoscale_policy_id is not UNSET:
            field_dict["cpuAutoscalePolicyId"] = cpu_autoscale_policy_id
        if memory_gb is not UNSET:
            field_dict["memoryGB"] = memory_gb
        if type_ is not UNSET:
            field_dict["type"] = type_
        if storage_type is not UNSET:
            field_dict["storageType"] = storage_type
        if anti_affinity_policy_id is not UNSET:
            field_dict["antiAffinityPolicyId"] = anti_affinity_policy_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if additional_disks is not UNSET:
            field_dict["additionalDisks"] = additional_disks
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if packages is not UNSET:
            field_dict["packages"] = packages
        if configuration_id is not UNSET:
            field_dict["configurationId"] = configuration_id
        if os_type is not UNSET:
            field_dict["osType"] = os_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("CreateServerRequest", src_dict, (dict,))
        d = dict(src_dict)
        name = d.pop("name")

        group_id = d.pop("groupId")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_server_id = _parse_source_server_id(d.pop("sourceServerId", UNSET))

        def _parse_is_managed_os(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_managed_os = _parse_is_managed_os(d.pop("isManagedOS", UNSET))

        def _parse_is_managed_backup(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_managed_backup = _parse_is_managed_backup(d.pop("isManagedBackup", UNSET))

        def _parse_primary_dns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_dns = _parse_primary_dns(d.pop("primaryDns", UNSET))

        def _parse_secondary_dns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_dns = _parse_secondary_dns(d.pop("secondaryDns", UNSET))

        def _parse_network_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network_id = _parse_network_id(d.pop("networkId", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ipAddress", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_source_server_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_server_password = _parse_source_server_password(d.pop("sourceServerPassword", UNSET))

        cpu = d.pop("cpu", UNSET)

        def _parse_cpu_autoscale_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpu_autoscale_policy_id = _parse_cpu_autoscale_policy_id(
            d.pop("cpuAutoscalePolicyId", UNSET)
        )

        memory_gb = d.pop("memoryGB", UNSET)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_storage_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_type = _parse_storage_type(d.pop("storageType", UNSET))

        def _parse_anti_affinity_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anti_affinity_policy_id = _parse_anti_affinity_policy_id(
            d.pop("antiAffinityPolicyId", UNSET)
        )

        def _parse_custom_fields(data: object) -> list[CustomFieldInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_fields_type_0 = []
                _custom_fields_type_0 = data
                for custom_fields_type_0_item_data in _custom_fields_type_0:
                    custom_fields_type_0_item = CustomFieldInput.from_dict(
                        custom_fields_type_0_item_data
                    )

                    custom_fields_type_0.append(custom_fields_type_0_item)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomFieldInput] | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_additional_disks(data: object) -> list[AdditionalDisk] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                additional_disks_type_0 = []
                _additional_disks_type_0 = data
                for additional_disks_type_0_item_data in _additional_disks_type_0:
                    additional_disks_type_0_item = AdditionalDisk.from_dict(
                        additional_disks_type_0_item_data
                    )

                    additional_disks_type_0.append(additional_disks_type_0_item)

                return additional_disks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdditionalDisk] | None | Unset, data)

        additional_disks = _parse_additional_disks(d.pop("additionalDisks", UNSET))

        def _parse_ttl(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ttl_type_0 = datetime.datetime.fromisoformat(data)

                return ttl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        def _parse_packages(data: object) -> list[PackageRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                packages_type_0 = []
                _packages_type_0 = data
                for packages_type_0_item_data in _packages_type_0:
                    packages_type_0_item = PackageRequest.from_dict(packages_type_0_item_data)

                    packages_type_0.append(packages_type_0_item)

                return packages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PackageRequest] | None | Unset, data)

        packages = _parse_packages(d.pop("packages", UNSET))

        def _parse_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        configuration_id = _parse_configuration_id(d.pop("configurationId", UNSET))

        def _parse_os_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_type = _parse_os_type(d.pop("osType", UNSET))

        if not isinstance(name, (str,)):
            raise wrong_type("name", name, (str,))
        if not isinstance(group_id, (str,)):
            raise wrong_type("groupId", group_id, (str,))
        if not isinstance(description, (str, type(None), Unset)):
            raise wrong_type(
                "description",
                description,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(source_server_id, (str, type(None), Unset)):
            raise wrong_type(
                "sourceServerId",
                source_server_id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(is_managed_os, (bool, type(None), Unset)):
            raise wrong_type(
                "isManagedOS",
                is_managed_os,
                (
                    bool,
                    type(None),
                ),
            )
        if not isinstance(is_managed_backup, (bool, type(None), Unset)):
            raise wrong_type(
                "isManagedBackup",
                is_managed_backup,
                (
                    bool,
                    type(None),
                ),
            )
        if not isinstance(primary_dns, (str, type(None), Unset)):
            raise wrong_type(
                "primaryDns",
                primary_dns,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(secondary_dns, (str, type(None), Unset)):
            raise wrong_type(
                "secondaryDns",
                secondary_dns,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(network_id, (str, type(None), Unset)):
            raise wrong_type(
                "networkId",
                network_id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(ip_address, (str, type(None), Unset)):
            raise wrong_type(
                "ipAddress",
                ip_address,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(password, (str, type(None), Unset)):
            raise wrong_type(
                "password",
                password,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(source_server_password, (str, type(None), Unset)):
            raise wrong_type(
                "sourceServerPassword",
                source_server_password,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(cpu, (int, Unset)):
            raise wrong_type("cpu", cpu, (int,))
        if not isinstance(cpu_autoscale_policy_id, (str, type(None), Unset)):
            raise wrong_type(
                "cpuAutoscalePolicyId",
                cpu_autoscale_policy_id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(memory_gb, (int, Unset)):
            raise wrong_type("memoryGB", memory_gb, (int,))
        if not isinstance(type_, (str, type(None), Unset)):
            raise wrong_type(
                "type",
                type_,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(storage_type, (str, type(None), Unset)):
            raise wrong_type(
                "storageType",
                storage_type,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(anti_affinity_policy_id, (str, type(None), Unset)):
            raise wrong_type(
                "antiAffinityPolicyId",
                anti_affinity_policy_id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(configuration_id, (str, type(None), Unset)):
            raise wrong_type(
                "configurationId",
                configuration_id,
                (
                    str,
                    type(None),
                ),
            )
        if not isinstance(os_type, (str, type(None), Unset)):
            raise wrong_type(
                "osType",
                os_type,
                (
                    str,
                    type(None),
                ),
            )
        create_server_request = cls(
            name,
            group_id,
            description,
            source_server_id,
            is_managed_os,
            is_managed_backup,
            primary_dns,
            secondary_dns,
            network_id,
            ip_address,
            password,
            source_server_password,
            cpu,
            cpu_autoscale_policy_id,
            memory_gb,
            type_,
            storage_type,
            anti_affinity_policy_id,
            custom_fields,
            additional_disks,
            ttl,
            packages,
            configuration_id,
            os_type,
        )

        create_server_request.additional_properties = d if d else {}
        return create_server_request

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
from ..models.additional_disk import AdditionalDisk  # noqa: E402
from ..models.custom_field_input import CustomFieldInput  # noqa: E402
from ..models.package_request import PackageRequest  # noqa: E402
