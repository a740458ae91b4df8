"""The documented attributes of a ``Server``, read from its ``data``, ``data['details']``
and (for the reboot and drive-path answers) its capabilities."""

from __future__ import annotations

from typing import Any

from clc.v2.resource import opt_str


class ServerAttributes:
    """Typed read-only properties over a loaded server."""

    id: str
    data: dict[str, Any]

    def _Capabilities(self, cached: bool = True) -> dict[str, Any]:
        raise NotImplementedError

    def _details(self) -> dict[str, Any]:
        details = self.data.get("details")
        return details if isinstance(details, dict) else {}

    @property
    def name(self) -> str:
        return str(self.data.get("name") or self.id)

    @property
    def description(self) -> str:
        return str(self.data.get("description") or "")

    @property
    def group_id(self) -> str | None:
        return opt_str(self.data.get("groupId"))

    @property
    def location_id(self) -> str | None:
        return opt_str(self.data.get("locationId"))

    @property
    def status(self) -> str | None:
        return opt_str(self.data.get("status"))

    @property
    def type(self) -> str | None:
        return opt_str(self.data.get("type"))

    @property
    def storage_type(self) -> str | None:
        return opt_str(self.data.get("storageType"))

    @property
    def os(self) -> str | None:
        return opt_str(self.data.get("os"))

    @property
    def os_type(self) -> str | None:
        return opt_str(self.data.get("osType"))

    @property
    def is_template(self) -> bool:
        return bool(self.data.get("isTemplate"))

    @property
    def power_state(self) -> str | None:
        return opt_str(self._details().get("powerState"))

    @property
    def in_maintenance_mode(self) -> bool:
        return bool(self._details().get("inMaintenanceMode"))

    @property
    def cpu(self) -> int:
        return int(self._details().get("cpu") or 0)

    @property
    def memory(self) -> float:
        """Memory in GB, from ``memoryMB`` however the server was loaded (2.51: only after
        Refresh, floor-divided)."""
        mb = self._details().get("memoryMB")
        if mb is None:
            return float(self._details().get("memoryGB") or 0)
        gb = int(mb) / 1024
        return int(gb) if gb.is_integer() else gb

    @property
    def storage(self) -> int:
        return int(self._details().get("storageGB") or 0)

    @property
    def ip_addresses(self) -> list[dict[str, Any]]:
        return list(self._details().get("ipAddresses") or [])

    @property
    def secondary_ip_addresses(self) -> list[dict[str, Any]]:
        """Addresses on secondary networks; the API left the key out when there were none."""
        return list(self._details().get("secondaryIPAddresses") or [])

    @property
    def custom_fields(self) -> list[dict[str, Any]]:
        return list(self._details().get("customFields") or [])

    @property
    def reserved_drive_paths(self) -> list[str]:
        return list(self._Capabilities().get("reservedDrivePaths") or [])

    @property
    def adding_cpu_requires_reboot(self) -> bool:
        return bool(self._Capabilities().get("addingCpuRequiresReboot"))

    @property
    def adding_memory_requires_reboot(self) -> bool:
        return bool(self._Capabilities().get("addingMemoryRequiresReboot"))
