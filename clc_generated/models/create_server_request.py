# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_disk import AdditionalDisk
    from ..models.custom_field_input import CustomFieldInput
    from ..models.package_request import PackageRequest


T = TypeVar("T", bound="CreateServerRequest")


@_attrs_define
class CreateServerRequest:
    """Create a server from a template, clone an existing server (sourceServerId names the server and sourceServerPassword
    its administrator password) or, for bare metal, provision from configurationId and osType. The documentation
    describes create and clone separately; they share this body.

    """

    name: str
    group_id: str
    description: str | Unset = UNSET
    source_server_id: str | Unset = UNSET
    is_managed_os: bool | Unset = UNSET
    is_managed_backup: bool | Unset = UNSET
    primary_dns: str | Unset = UNSET
    secondary_dns: str | Unset = UNSET
    network_id: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    password: str | Unset = UNSET
    source_server_password: str | Unset = UNSET
    cpu: int | Unset = UNSET
    cpu_autoscale_policy_id: str | Unset = UNSET
    memory_gb: int | Unset = UNSET
    type_: str | Unset = UNSET
    storage_type: str | Unset = UNSET
    anti_affinity_policy_id: str | Unset = UNSET
    custom_fields: list[CustomFieldInput] | Unset = UNSET
    additional_disks: list[AdditionalDisk] | Unset = UNSET
    ttl: datetime.datetime | Unset = UNSET
    packages: list[PackageRequest] | Unset = UNSET
    configuration_id: str | Unset = UNSET
    os_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        group_id = self.group_id

        description = self.description

        source_server_id = self.source_server_id

        is_managed_os = self.is_managed_os

        is_managed_backup = self.is_managed_backup

        primary_dns = self.primary_dns

        secondary_dns = self.secondary_dns

        network_id = self.network_id

        ip_address = self.ip_address

        password = self.password

        source_server_password = self.source_server_password

        cpu = self.cpu

        cpu_autoscale_policy_id = self.cpu_autoscale_policy_id

        memory_gb = self.memory_gb

        type_ = self.type_

        storage_type = self.storage_type

        anti_affinity_policy_id = self.anti_affinity_policy_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        additional_disks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_disks, Unset):
            additional_disks = []
            for additional_disks_item_data in self.additional_disks:
                additional_disks_item = additional_disks_item_data.to_dict()
                additional_disks.append(additional_disks_item)

        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.isoformat()

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        configuration_id = self.configuration_id

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
        from ..models.additional_disk import AdditionalDisk  # noqa: PLC0415
        from ..models.custom_field_input import CustomFieldInput  # noqa: PLC0415
        from ..models.package_request import PackageRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        group_id = d.pop("groupId")

        description = d.pop("description", UNSET)

        source_server_id = d.pop("sourceServerId", UNSET)

        is_managed_os = d.pop("isManagedOS", UNSET)

        is_managed_backup = d.pop("isManagedBackup", UNSET)

        primary_dns = d.pop("primaryDns", UNSET)

        secondary_dns = d.pop("secondaryDns", UNSET)

        network_id = d.pop("networkId", UNSET)

        ip_address = d.pop("ipAddress", UNSET)

        password = d.pop("password", UNSET)

        source_server_password = d.pop("sourceServerPassword", UNSET)

        cpu = d.pop("cpu", UNSET)

        cpu_autoscale_policy_id = d.pop("cpuAutoscalePolicyId", UNSET)

        memory_gb = d.pop("memoryGB", UNSET)

        type_ = d.pop("type", UNSET)

        storage_type = d.pop("storageType", UNSET)

        anti_affinity_policy_id = d.pop("antiAffinityPolicyId", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomFieldInput] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldInput.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _additional_disks = d.pop("additionalDisks", UNSET)
        additional_disks: list[AdditionalDisk] | Unset = UNSET
        if _additional_disks is not UNSET:
            additional_disks = []
            for additional_disks_item_data in _additional_disks:
                additional_disks_item = AdditionalDisk.from_dict(additional_disks_item_data)

                additional_disks.append(additional_disks_item)

        _ttl = d.pop("ttl", UNSET)
        ttl: datetime.datetime | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = datetime.datetime.fromisoformat(_ttl)

        _packages = d.pop("packages", UNSET)
        packages: list[PackageRequest] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = PackageRequest.from_dict(packages_item_data)

                packages.append(packages_item)

        configuration_id = d.pop("configurationId", UNSET)

        os_type = d.pop("osType", UNSET)

        create_server_request = cls(
            name=name,
            group_id=group_id,
            description=description,
            source_server_id=source_server_id,
            is_managed_os=is_managed_os,
            is_managed_backup=is_managed_backup,
            primary_dns=primary_dns,
            secondary_dns=secondary_dns,
            network_id=network_id,
            ip_address=ip_address,
            password=password,
            source_server_password=source_server_password,
            cpu=cpu,
            cpu_autoscale_policy_id=cpu_autoscale_policy_id,
            memory_gb=memory_gb,
            type_=type_,
            storage_type=storage_type,
            anti_affinity_policy_id=anti_affinity_policy_id,
            custom_fields=custom_fields,
            additional_disks=additional_disks,
            ttl=ttl,
            packages=packages,
            configuration_id=configuration_id,
            os_type=os_type,
        )

        create_server_request.additional_properties = d
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
