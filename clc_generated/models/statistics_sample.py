# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_type

T = TypeVar("T", bound="StatisticsSample")


@_attrs_define
class StatisticsSample:
    timestamp: datetime.datetime | Unset = UNSET
    cpu: float | Unset = UNSET
    cpu_percent: float | Unset = UNSET
    memory_mb: float | Unset = UNSET
    memory_percent: float | Unset = UNSET
    network_received_k_bps: float | Unset = UNSET
    network_transmitted_k_bps: float | Unset = UNSET
    disk_usage_total_capacity_mb: float | Unset = UNSET
    disk_usage: list[DiskUsage] | Unset = UNSET
    guest_disk_usage: list[GuestDiskUsage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        cpu = self.cpu

        cpu_percent = self.cpu_percent

        memory_mb = self.memory_mb

        memory_percent = self.memory_percent

        network_received_k_bps = self.network_received_k_bps

        network_transmitted_k_bps = self.network_transmitted_k_bps

        disk_usage_total_capacity_mb = self.disk_usage_total_capacity_mb

        disk_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disk_usage, Unset):
            disk_usage = []
            for disk_usage_item_data in self.disk_usage:
                disk_usage_item = disk_usage_item_data.to_dict()
                disk_usage.append(disk_usage_item)

        guest_disk_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guest_disk_usage, Unset):
            guest_disk_usage = []
            for guest_disk_usage_item_data in self.guest_disk_usage:
                guest_disk_usage_item = guest_disk_usage_item_data.to_dict()
                guest_disk_usage.append(guest_disk_usage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if cpu_percent is not UNSET:
            field_dict["cpuPercent"] = cpu_percent
        if memory_mb is not UNSET:
            field_dict["memoryMB"] = memory_mb
        if memory_percent is not UNSET:
            field_dict["memoryPercent"] = memory_percent
        if network_received_k_bps is not UNSET:
            field_dict["networkReceivedKBps"] = network_received_k_bps
        if network_transmitted_k_bps is not UNSET:
            field_dict["networkTransmittedKBps"] = network_transmitted_k_bps
        if disk_usage_total_capacity_mb is not UNSET:
            field_dict["diskUsageTotalCapacityMB"] = disk_usage_total_capacity_mb
        if disk_usage is not UNSET:
            field_dict["diskUsage"] = disk_usage
        if guest_disk_usage is not UNSET:
            field_dict["guestDiskUsage"] = guest_disk_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_type("StatisticsSample", src_dict, (dict,))
        d = dict(src_dict)
        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        cpu = d.pop("cpu", UNSET)

        cpu_percent = d.pop("cpuPercent", UNSET)

        memory_mb = d.pop("memoryMB", UNSET)

        memory_percent = d.pop("memoryPercent", UNSET)

        network_received_k_bps = d.pop("networkReceivedKBps", UNSET)

        network_transmitted_k_bps = d.pop("networkTransmittedKBps", UNSET)

        disk_usage_total_capacity_mb = d.pop("diskUsageTotalCapacityMB", UNSET)

        _disk_usage = d.pop("diskUsage", UNSET)
        disk_usage: list[DiskUsage] | Unset = UNSET
        if _disk_usage is not UNSET:
            disk_usage = []
            for disk_usage_item_data in _disk_usage:
                disk_usage_item = DiskUsage.from_dict(disk_usage_item_data)

                disk_usage.append(disk_usage_item)

        _guest_disk_usage = d.pop("guestDiskUsage", UNSET)
        guest_disk_usage: list[GuestDiskUsage] | Unset = UNSET
        if _guest_disk_usage is not UNSET:
            guest_disk_usage = []
            for guest_disk_usage_item_data in _guest_disk_usage:
                guest_disk_usage_item = GuestDiskUsage.from_dict(guest_disk_usage_item_data)

                guest_disk_usage.append(guest_disk_usage_item)

        if not isinstance(cpu, (int, float, Unset)):
            raise wrong_type(
                "cpu",
                cpu,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(cpu_percent, (int, float, Unset)):
            raise wrong_type(
                "cpuPercent",
                cpu_percent,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(memory_mb, (int, float, Unset)):
            raise wrong_type(
                "memoryMB",
                memory_mb,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(memory_percent, (int, float, Unset)):
            raise wrong_type(
                "memoryPercent",
                memory_percent,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(network_received_k_bps, (int, float, Unset)):
            raise wrong_type(
                "networkReceivedKBps",
                network_received_k_bps,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(network_transmitted_k_bps, (int, float, Unset)):
            raise wrong_type(
                "networkTransmittedKBps",
                network_transmitted_k_bps,
                (
                    int,
                    float,
                ),
            )
        if not isinstance(disk_usage_total_capacity_mb, (int, float, Unset)):
            raise wrong_type(
                "diskUsageTotalCapacityMB",
                disk_usage_total_capacity_mb,
                (
                    int,
                    float,
                ),
            )
        statistics_sample = cls(
            timestamp,
            cpu,
            cpu_percent,
            memory_mb,
            memory_percent,
            network_received_k_bps,
            network_transmitted_k_bps,
            disk_usage_total_capacity_mb,
            disk_usage,
            guest_disk_usage,
        )

        statistics_sample.additional_properties = d if d else {}
        return statistics_sample

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
from ..models.disk_usage import DiskUsage  # noqa: E402
from ..models.guest_disk_usage import GuestDiskUsage  # noqa: E402
