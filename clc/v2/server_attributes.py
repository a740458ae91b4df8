"""The documented attributes of a ``Server``, read from its generated model (``Server`` and
its ``details``) and, for the reboot and drive-path answers, its capabilities."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.v2.resource import given, listed

if TYPE_CHECKING:
    from clc_generated.models import Server as ServerModel
    from clc_generated.models import ServerCapabilities, ServerDetails


class ServerAttributes:
    """Typed read-only properties over a loaded server."""

    id: str
    _model: ServerModel

    def _Capabilities(self, cached: bool = True) -> ServerCapabilities:
        raise NotImplementedError

    def _details(self) -> ServerDetails:
        details = given(self._model.details)
        if details is not None:  # every attribute reads it: no import statement on this path
            return details
        from clc_generated.models import ServerDetails

        return ServerDetails()

    @property
    def name(self) -> str:
        """The server's name, such as ``VA1ACMEWEB01`` (its id)."""
        return given(self._model.name) or self.id

    @property
    def description(self) -> str:
        """The server's description (``""`` when it has none)."""
        return given(self._model.description) or ""

    @property
    def group_id(self) -> str | None:
        """The id of the group the server is in."""
        return given(self._model.group_id)

    @property
    def location_id(self) -> str | None:
        """The location code of the server's data center."""
        return given(self._model.location_id)

    @property
    def status(self) -> str | None:
        """The server's state in the API: ``active``, ``underConstruction``, ``archived``..."""
        return given(self._model.status)

    @property
    def type(self) -> str | None:
        """``standard`` or ``hyperscale``."""
        return given(self._model.type_)

    @property
    def storage_type(self) -> str | None:
        """``standard``, ``premium`` or ``hyperscale``."""
        return given(self._model.storage_type)

    @property
    def os(self) -> str | None:
        """The API's short name of the operating system (such as ``ubuntu14_64Bit``)."""
        return given(self._model.os)

    @property
    def os_type(self) -> str | None:
        """The operating system as people read it (such as ``Ubuntu 14 64-bit``)."""
        return given(self._model.os_type)

    @property
    def is_template(self) -> bool:
        """Whether the server was converted to a template."""
        return bool(given(self._model.is_template))

    @property
    def power_state(self) -> str | None:
        """``started``, ``stopped`` or ``paused``."""
        return given(self._details().power_state)

    @property
    def in_maintenance_mode(self) -> bool:
        """Whether the server is in maintenance mode."""
        return bool(given(self._details().in_maintenance_mode))

    @property
    def cpu(self) -> int:
        """The number of CPUs."""
        return given(self._details().cpu) or 0

    @property
    def memory(self) -> float:
        """Memory in GB, from ``memoryMB`` however the server was loaded (2.51: only after
        Refresh, floor-divided)."""
        gb = (given(self._details().memory_mb) or 0) / 1024
        return int(gb) if gb.is_integer() else gb

    @property
    def storage(self) -> int:
        """The total size of the server's disks, in GB."""
        return given(self._details().storage_gb) or 0

    @property
    def ip_addresses(self) -> list[dict[str, Any]]:
        """The server's addresses, as the API's dicts (``internal``, and ``public`` for a public
        one)."""
        return [ip.to_dict() for ip in listed(self._details().ip_addresses)]

    @property
    def secondary_ip_addresses(self) -> list[dict[str, Any]]:
        """Addresses on secondary networks; the API left the key out when there were none."""
        return [ip.to_dict() for ip in listed(self._details().secondary_ip_addresses)]

    @property
    def custom_fields(self) -> list[dict[str, Any]]:
        """The server's custom fields, as the API's dicts (``id``, ``name``, ``value``...)."""
        return [field.to_dict() for field in listed(self._details().custom_fields)]

    @property
    def reserved_drive_paths(self) -> list[str]:
        """Mount paths a new disk may not use (read once from the server's capabilities)."""
        return listed(self._Capabilities().reserved_drive_paths)

    @property
    def adding_cpu_requires_reboot(self) -> bool:
        """Whether adding CPUs reboots the server (from its capabilities)."""
        return bool(given(self._Capabilities().adding_cpu_requires_reboot))

    @property
    def adding_memory_requires_reboot(self) -> bool:
        """Whether adding memory reboots the server (from its capabilities)."""
        return bool(given(self._Capabilities().adding_memory_requires_reboot))
