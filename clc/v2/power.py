"""The queued power and maintenance operations, one batch request each.

``Server``, ``Servers`` and ``Group`` offer the same nine methods; they differ only in
which servers a request names, which each supplies through ``_Operation``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from clc.v2 import default_session as _session

if TYPE_CHECKING:
    from clc.v2.queue import Requests


def _endpoints() -> dict[str, Callable[..., Any]]:
    """Facade method -> its generated batch endpoint (one request for all servers).

    Imported on first use so ``import clc.v2`` stays cheap; imported by name so mypy checks
    that every endpoint exists.
    """
    from clc_generated.api.power_operations import (
        pause_servers,
        power_off_servers,
        power_on_servers,
        reboot_servers,
        reset_servers,
        shut_down_servers,
        start_maintenance_mode,
        stop_maintenance_mode,
    )
    from clc_generated.api.server_actions import archive_servers

    return {
        "archive": archive_servers.sync,
        "pause": pause_servers.sync,
        "shutDown": shut_down_servers.sync,
        "reboot": reboot_servers.sync,
        "reset": reset_servers.sync,
        "powerOn": power_on_servers.sync,
        "powerOff": power_off_servers.sync,
        "startMaintenance": start_maintenance_mode.sync,
        "stopMaintenance": stop_maintenance_mode.sync,
    }


def operate(op: str, server_ids: list[str], alias: str, session: Any) -> Requests:
    """Queue ``op`` for every server in one request. Servers the API refuses to queue end
    up in ``error_requests`` with its reason (2.51 raised or dropped them)."""
    from clc.v2.queue import Requests

    sess = _session.resolve(session)
    if not server_ids:
        return Requests([], alias=alias, session=sess)
    fn = _endpoints()[op]
    result = sess.call(fn, account_alias=alias, body=list(server_ids))
    return Requests._from_generated(result, alias, sess)


class PowerOperations:
    """The nine queued operations of 2.51, shared by ``Server``, ``Servers`` and ``Group``.

    Each sends one request naming every server of the object (``self._Operation(<API
    name>)``) and returns its :class:`~clc.v2.Requests`, to wait on; a server the API refuses
    to queue is in its ``error_requests``, with the API's reason.
    """

    def _Operation(self, op: str) -> Requests:
        raise NotImplementedError

    def Archive(self) -> Requests:
        """Archive the servers: they stop and are kept in storage until ``Server.Restore``."""
        return self._Operation("archive")

    def Pause(self) -> Requests:
        """Pause the servers, keeping their memory."""
        return self._Operation("pause")

    def ShutDown(self) -> Requests:
        """Shut the guest OS of the servers down cleanly (``PowerOff`` is the hard stop)."""
        return self._Operation("shutDown")

    def Reboot(self) -> Requests:
        """Restart the guest OS of the servers cleanly (``Reset`` is the hard restart)."""
        return self._Operation("reboot")

    def Reset(self) -> Requests:
        """Restart the servers at once, without asking the guest OS (a hard reset)."""
        return self._Operation("reset")

    def PowerOn(self) -> Requests:
        """Power the servers on."""
        return self._Operation("powerOn")

    def PowerOff(self) -> Requests:
        """Power the servers off at once, without shutting the guest OS down (``ShutDown`` is the
        clean way)."""
        return self._Operation("powerOff")

    def StartMaintenance(self) -> Requests:
        """Put the servers in maintenance mode."""
        return self._Operation("startMaintenance")

    def StopMaintenance(self) -> Requests:
        """Take the servers out of maintenance mode."""
        return self._Operation("stopMaintenance")
