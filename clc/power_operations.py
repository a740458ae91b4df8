"""The queued power and maintenance operations, one batch request each.

``Server``, ``Servers`` and ``Group`` offer the same nine methods; they differ only in
which servers a request names, which each supplies through ``_Operation``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc import session as _session

if TYPE_CHECKING:
    from clc.queue import Requests

# Facade method -> (generated tag, operation): one batch request for all servers.
_OPERATIONS = {
    "archive": ("server_actions", "archive_servers"),
    "pause": ("power_operations", "pause_servers"),
    "shutDown": ("power_operations", "shut_down_servers"),
    "reboot": ("power_operations", "reboot_servers"),
    "reset": ("power_operations", "reset_servers"),
    "powerOn": ("power_operations", "power_on_servers"),
    "powerOff": ("power_operations", "power_off_servers"),
    "startMaintenance": ("power_operations", "start_maintenance_mode"),
    "stopMaintenance": ("power_operations", "stop_maintenance_mode"),
}


def operate(op: str, server_ids: list[str], alias: str, session: Any) -> Requests:
    """Queue ``op`` for every server in one request. Servers the API refuses to queue end
    up in ``error_requests`` with its reason (2.51 raised or dropped them)."""
    from importlib import import_module

    from clc.queue import Requests

    sess = _session.resolve(session)
    if not server_ids:
        return Requests([], alias=alias, session=sess)
    tag, name = _OPERATIONS[op]
    fn = import_module(f"clc_generated.api.{tag}.{name}").sync_detailed
    result = sess.call(fn, list, account_alias=alias, body=list(server_ids))
    return Requests._from_generated(result, alias, sess)


class PowerOperations:
    """The nine operations of 2.51, each ``self._Operation(<API name>)``."""

    def _Operation(self, op: str) -> Requests:
        raise NotImplementedError

    def Archive(self) -> Requests:
        return self._Operation("archive")

    def Pause(self) -> Requests:
        return self._Operation("pause")

    def ShutDown(self) -> Requests:
        return self._Operation("shutDown")

    def Reboot(self) -> Requests:
        return self._Operation("reboot")

    def Reset(self) -> Requests:
        return self._Operation("reset")

    def PowerOn(self) -> Requests:
        return self._Operation("powerOn")

    def PowerOff(self) -> Requests:
        return self._Operation("powerOff")

    def StartMaintenance(self) -> Requests:
        return self._Operation("startMaintenance")

    def StopMaintenance(self) -> Requests:
        return self._Operation("stopMaintenance")
