# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, checked_array, decode_when_read, wrong_type

T = TypeVar("T", bound="ServerDetails")


@_attrs_define
class ServerDetails:
    ip_addresses: list[ServerIpAddress] | Unset = UNSET
    secondary_ip_addresses: list[ServerIpAddress] | Unset = UNSET
    alert_policies: list[ServerAlertPolicy] | Unset = UNSET
    anti_affinity_policy: ServerAntiAffinityPolicy | Unset = UNSET
    """ The anti-affinity policy a server belongs to, as GET server (and GET group with serverDetail=detailed)
    reports it in details; absent when the server has none. Not in the documentation; shape from the recorded
    traffic. """
    cpu_autoscale_policy: PolicyMapping | Unset = UNSET
    """ A policy attached to a server, with links to the mapping. """
    cpu: int | Unset = UNSET
    disk_count: int | Unset = UNSET
    host_name: str | Unset = UNSET
    in_maintenance_mode: bool | Unset = UNSET
    memory_mb: int | Unset = UNSET
    power_state: str | Unset = UNSET
    storage_gb: int | Unset = UNSET
    disks: list[ServerDisk] | Unset = UNSET
    partitions: list[ServerPartition] | Unset = UNSET
    snapshots: list[ServerSnapshot] | Unset = UNSET
    custom_fields: list[CustomFieldValue] | Unset = UNSET
    processor_description: str | Unset = UNSET
    storage_description: str | Unset = UNSET
    managed_apps: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        ip_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_addresses, Unset):
            ip_addresses = []
            for ip_addresses_item_data in self.ip_addresses:
                ip_addresses_item = ip_addresses_item_data.to_dict()
                ip_addresses.append(ip_addresses_item)

        secondary_ip_addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secondary_ip_addresses, Unset):
            secondary_ip_addresses = []
            for secondary_ip_addresses_item_data in self.secondary_ip_addresses:
                secondary_ip_addresses_item = secondary_ip_addresses_item_data.to_dict()
                secondary_ip_addresses.append(secondary_ip_addresses_item)

        alert_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alert_policies, Unset):
            alert_policies = []
            for alert_policies_item_data in self.alert_policies:
                alert_policies_item = alert_policies_item_data.to_dict()
                alert_policies.append(alert_policies_item)

        anti_affinity_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anti_affinity_policy, Unset):
            anti_affinity_policy = self.anti_affinity_policy.to_dict()

        cpu_autoscale_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_autoscale_policy, Unset):
            cpu_autoscale_policy = self.cpu_autoscale_policy.to_dict()

        cpu = self.cpu

        disk_count = self.disk_count

        host_name = self.host_name

        in_maintenance_mode = self.in_maintenance_mode

        memory_mb = self.memory_mb

        power_state = self.power_state

        storage_gb = self.storage_gb

        disks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disks, Unset):
            disks = []
            for disks_item_data in self.disks:
                disks_item = disks_item_data.to_dict()
                disks.append(disks_item)

        partitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partitions, Unset):
            partitions = []
            for partitions_item_data in self.partitions:
                partitions_item = partitions_item_data.to_dict()
                partitions.append(partitions_item)

        snapshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.snapshots, Unset):
            snapshots = []
            for snapshots_item_data in self.snapshots:
                snapshots_item = snapshots_item_data.to_dict()
                snapshots.append(snapshots_item)

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        processor_description = self.processor_description

        storage_description = self.storage_description

        managed_apps: list[Any] | Unset = UNSET
        if not isinstance(self.managed_apps, Unset):
            managed_apps = self.managed_apps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_addresses is not UNSET:
            field_dict["ipAddresses"] = ip_addresses
        if secondary_ip_addresses is not UNSET:
            field_dict["secondaryIPAddresses"] = secondary_ip_addresses
        if alert_policies is not UNSET:
            field_dict["alertPolicies"] = alert_policies
        if anti_affinity_policy is not UNSET:
            field_dict["antiAffinityPolicy"] = anti_affinity_policy
        if cpu_autoscale_policy is not UNSET:
            field_dict["cpuAutoscalePolicy"] = cpu_autoscale_policy
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if disk_count is not UNSET:
            field_dict["diskCount"] = disk_count
        if host_name is not UNSET:
            field_dict["hostName"] = host_name
        if in_maintenance_mode is not UNSET:
            field_dict["inMaintenanceMode"] = in_maintenance_mode
        if memory_mb is not UNSET:
            field_dict["memoryMB"] = memory_mb
        if power_state is not UNSET:
            field_dict["powerState"] = power_state
        if storage_gb is not UNSET:
            field_dict["storageGB"] = storage_gb
        if disks is not UNSET:
            field_dict["disks"] = disks
        if partitions is not UNSET:
            field_dict["partitions"] = partitions
        if snapshots is not UNSET:
            field_dict["snapshots"] = snapshots
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if processor_description is not UNSET:
            field_dict["processorDescription"] = processor_description
        if storage_description is not UNSET:
            field_dict["storageDescription"] = storage_description
        if managed_apps is not UNSET:
            field_dict["managedApps"] = managed_apps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("ServerDetails", src_dict, (dict,))
        d = dict(src_dict)
        _ip_addresses = d.pop("ipAddresses", UNSET)
        ip_addresses: list[ServerIpAddress] | Unset = UNSET
        if _ip_addresses is not UNSET:
            ip_addresses = []
            for ip_addresses_item_data in _ip_addresses:
                ip_addresses_item = ServerIpAddress.from_dict(ip_addresses_item_data)

                ip_addresses.append(ip_addresses_item)

        _secondary_ip_addresses = d.pop("secondaryIPAddresses", UNSET)
        secondary_ip_addresses: list[ServerIpAddress] | Unset = UNSET
        if _secondary_ip_addresses is not UNSET:
            secondary_ip_addresses = []
            for secondary_ip_addresses_item_data in _secondary_ip_addresses:
                secondary_ip_addresses_item = ServerIpAddress.from_dict(
                    secondary_ip_addresses_item_data
                )

                secondary_ip_addresses.append(secondary_ip_addresses_item)

        _alert_policies = d.pop("alertPolicies", UNSET)
        alert_policies: list[ServerAlertPolicy] | Unset = UNSET
        if _alert_policies is not UNSET:
            alert_policies = []
            for alert_policies_item_data in _alert_policies:
                alert_policies_item = ServerAlertPolicy.from_dict(alert_policies_item_data)

                alert_policies.append(alert_policies_item)

        _anti_affinity_policy = d.pop("antiAffinityPolicy", UNSET)
        anti_affinity_policy: ServerAntiAffinityPolicy | Unset
        if isinstance(_anti_affinity_policy, Unset):
            anti_affinity_policy = UNSET
        else:
            anti_affinity_policy = ServerAntiAffinityPolicy.from_dict(_anti_affinity_policy)

        _cpu_autoscale_policy = d.pop("cpuAutoscalePolicy", UNSET)
        cpu_autoscale_policy: PolicyMapping | Unset
        if isinstance(_cpu_autoscale_policy, Unset):
            cpu_autoscale_policy = UNSET
        else:
            cpu_autoscale_policy = PolicyMapping.from_dict(_cpu_autoscale_policy)

        cpu = d.pop("cpu", UNSET)

        disk_count = d.pop("diskCount", UNSET)

        host_name = d.pop("hostName", UNSET)

        in_maintenance_mode = d.pop("inMaintenanceMode", UNSET)

        memory_mb = d.pop("memoryMB", UNSET)

        power_state = d.pop("powerState", UNSET)

        storage_gb = d.pop("storageGB", UNSET)

        _disks = d.pop("disks", UNSET)
        disks = UNSET if isinstance(_disks, Unset) else checked_array(_disks, ServerDisk)

        _partitions = d.pop("partitions", UNSET)
        partitions = (
            UNSET if isinstance(_partitions, Unset) else checked_array(_partitions, ServerPartition)
        )

        _snapshots = d.pop("snapshots", UNSET)
        snapshots: list[ServerSnapshot] | Unset = UNSET
        if _snapshots is not UNSET:
            snapshots = []
            for snapshots_item_data in _snapshots:
                snapshots_item = ServerSnapshot.from_dict(snapshots_item_data)

                snapshots.append(snapshots_item)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomFieldValue] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldValue.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        processor_description = d.pop("processorDescription", UNSET)

        storage_description = d.pop("storageDescription", UNSET)

        managed_apps = cast(list[Any], d.pop("managedApps", UNSET))

        if not isinstance(cpu, (int, Unset)):
            raise wrong_type("cpu", cpu, (int,))
        if not isinstance(disk_count, (int, Unset)):
            raise wrong_type("diskCount", disk_count, (int,))
        if not isinstance(host_name, (str, Unset)):
            raise wrong_type("hostName", host_name, (str,))
        if not isinstance(in_maintenance_mode, (bool, Unset)):
            raise wrong_type("inMaintenanceMode", in_maintenance_mode, (bool,))
        if not isinstance(memory_mb, (int, Unset)):
            raise wrong_type("memoryMB", memory_mb, (int,))
        if not isinstance(power_state, (str, Unset)):
            raise wrong_type("powerState", power_state, (str,))
        if not isinstance(storage_gb, (int, Unset)):
            raise wrong_type("storageGB", storage_gb, (int,))
        if not isinstance(processor_description, (str, Unset)):
            raise wrong_type("processorDescription", processor_description, (str,))
        if not isinstance(storage_description, (str, Unset)):
            raise wrong_type("storageDescription", storage_description, (str,))
        server_details = cls(
            ip_addresses,
            secondary_ip_addresses,
            alert_policies,
            anti_affinity_policy,
            cpu_autoscale_policy,
            cpu,
            disk_count,
            host_name,
            in_maintenance_mode,
            memory_mb,
            power_state,
            storage_gb,
            disks,
            partitions,
            snapshots,
            custom_fields,
            processor_description,
            storage_description,
            managed_apps,
        )

        server_details.additional_properties = d if d else {}
        return server_details

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


decode_when_read(ServerDetails, "disks", "partitions")

# clc: the models this one refers to, imported once, after the class, instead of an import
# statement per decoded object (they were a third of the time of decoding a server). The
# generator refuses schemas that refer to each other in a circle (spec_input.py).
from ..models.custom_field_value import CustomFieldValue  # noqa: E402
from ..models.policy_mapping import PolicyMapping  # noqa: E402
from ..models.server_alert_policy import ServerAlertPolicy  # noqa: E402
from ..models.server_anti_affinity_policy import ServerAntiAffinityPolicy  # noqa: E402
from ..models.server_disk import ServerDisk  # noqa: E402
from ..models.server_ip_address import ServerIpAddress  # noqa: E402
from ..models.server_partition import ServerPartition  # noqa: E402
from ..models.server_snapshot import ServerSnapshot  # noqa: E402
