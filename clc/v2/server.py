"""``Server``: one server, its related objects, changes, snapshots and operations.

Its documented attributes are in :mod:`clc.v2.server_attributes` and
:mod:`clc.v2.change_info`, the nine power operations in :mod:`clc.v2.power`.
Creation and cloning live in :mod:`clc.v2.server_build`; ``Server.Create`` and
``Server.Clone`` delegate there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from clc.core import argument_lists, validation
from clc.core import arguments as checks
from clc.core.redaction import mask_passwords
from clc.errors import CLCException
from clc.v2 import default_session as _session
from clc.v2 import server_build
from clc.v2.change_info import ChangeInfo
from clc.v2.power import PowerOperations, operate
from clc.v2.resource import Resource, given, listed, model_of, signature_of
from clc.v2.server_attributes import ServerAttributes
from clc.v2.server_batch import create_snapshots, execute_package, server_requests, snapshot_id

if TYPE_CHECKING:
    # Aliased: methods of Server are named after these classes (2.51 API).
    from clc.session import Session
    from clc.v2.account import Account as _Account
    from clc.v2.alert import Alerts as _Alerts
    from clc.v2.anti_affinity import AntiAffinity as _AntiAffinity
    from clc.v2.disk import Disks as _Disks
    from clc.v2.group import Group as _Group
    from clc.v2.public_ip import PublicIPs as _PublicIPs
    from clc.v2.queue import Requests
    from clc_generated.models import Server as ServerModel
    from clc_generated.models import ServerCapabilities, ServerSnapshot

T = TypeVar("T")


class Server(Resource["ServerModel"], ServerAttributes, PowerOperations, ChangeInfo):
    """A server. Documented attributes are typed properties; any other snake_case or
    camelCase name is looked up in ``data``, ``data['details']`` and ``data['changeInfo']``."""

    _SECTIONS = ("details", "changeInfo")
    _KEYS: ClassVar[dict[str, str]] = {"storage": "storageGB"}

    def __init__(
        self, id: str, alias: str | None = None, server_obj: Any = None, session: Any = None
    ) -> None:
        checks.check_id(id, argument="id")
        checks.check_alias(alias)
        checks.check_model(server_obj, argument="server_obj")
        self._start(id, alias, _session.resolve(session))
        if server_obj is None:
            self.Refresh()
        else:
            from clc_generated.models import Server as Model

            self._adopt(model_of(Model, server_obj))

    @property
    def _changed(self) -> ServerModel:
        return self._model

    def _start(self, id: str, alias: str | None, session: Session) -> None:
        self.id: str = id
        self.session: Session = session
        self.alias: str = alias or session.alias
        self.dirty: bool = False
        """Whether a change was sent since the last load (``Refresh()`` reads afresh)."""
        self.capabilities: dict[str, Any] | None = None
        self.disks: _Disks | None = None
        self.public_ips: _PublicIPs | None = None
        self._capabilities: ServerCapabilities | None = None

    @classmethod
    def _from_generated(cls, model: ServerModel, alias: str, session: Session) -> Server:
        """A server from a model its session just read (thousands at a time from a group
        read): the id, alias and session come from the API and the session, so the public
        constructor's argument checks are not run again."""
        server = cls.__new__(cls)
        server._start(given(model.name) or given(model.id) or "", alias, session)
        server._adopt(model)
        return server

    @classmethod
    def _from_uuid(cls, uuid: str, alias: str, session: Any) -> Server:
        """The server a build created, found by the uuid of its ``self`` link."""
        from clc_generated.api.servers import get_server

        sess = _session.resolve(session)
        model = sess.call(get_server.sync, account_alias=alias, server_id=uuid, uuid=True)
        return cls._from_generated(model, alias, sess)

    def _call(self, fn: Callable[..., T], **kw: Any) -> T:
        """``session.call`` of an endpoint addressed to this server (alias and id filled in)."""
        return self.session.call(fn, account_alias=self.alias, server_id=self.id, **kw)

    def Refresh(self) -> None:
        """Re-read the server from the API; its ``Disks()`` and ``PublicIPs()`` are rebuilt from
        the new details on their next use."""
        from clc_generated.api.servers import get_server

        self._adopt(self._call(get_server.sync))
        self.dirty = False
        self.disks = self.public_ips = None

    def _Capabilities(self, cached: bool = True) -> ServerCapabilities:
        checks.check_flag(cached, argument="cached")
        if self._capabilities is None or not cached:
            from clc_generated.api.servers import get_server_capabilities as op

            self._capabilities = self._call(op.sync)
            self.capabilities = self._capabilities.to_dict()
        return self._capabilities

    # -- related objects --------------------------------------------------------------
    def Account(self) -> _Account:
        """The account the server belongs to."""
        from clc.v2.account import Account

        return Account(self.alias, session=self.session)

    def Group(self) -> _Group:
        """The group the server is in."""
        from clc.v2.group import Group

        return Group(str(self.group_id), alias=self.alias, session=self.session)

    def Disks(self) -> _Disks:
        """The server's disks, from its details (no request); kept until ``Refresh``."""
        from clc.v2.disk import Disks

        if self.disks is None:
            self.disks = Disks(self, listed(self._details().disks), session=self.session)
        return self.disks

    def PublicIPs(self) -> _PublicIPs:
        """The server's public IPs, from its details (no request); kept until ``Refresh``."""
        from clc.v2.public_ip import PublicIPs

        if self.public_ips is None:
            ips = [ip for ip in listed(self._details().ip_addresses) if given(ip.public)]
            self.public_ips = PublicIPs(self, ips, session=self.session)
        return self.public_ips

    def Alerts(self) -> _Alerts:
        """The alert policies attached to the server, from its details (no request)."""
        from clc.v2.alert import Alerts

        return Alerts(listed(self._details().alert_policies), server=self)

    def AntiAffinity(self) -> _AntiAffinity | None:
        """The anti-affinity policy the server belongs to, or ``None`` when it has none.

        The API answers 404 for a server without a policy; the policy itself is then read
        (a second GET), as ``Group.HorizontalAutoscale`` reads a group's policy.
        """
        from clc.errors import NotFoundException
        from clc.v2.anti_affinity import AntiAffinity
        from clc_generated.api.anti_affinity_policies import get_server_anti_affinity_policy as op

        try:
            policy_id = given(self._call(op.sync).id)
        except NotFoundException:
            return None
        if not policy_id:
            return None
        return AntiAffinity(policy_id, alias=self.alias, session=self.session)

    def Credentials(self) -> dict[str, Any]:
        """``{'userName', 'password'}`` of the server's administrator."""
        from clc_generated.api.servers import get_server_credentials as op

        return self._call(op.sync).to_dict()

    def _admin_password(self) -> str | None:
        from clc_generated.api.servers import get_server_credentials as op

        return given(self._call(op.sync).password) or None

    def PriceUnits(self) -> dict[str, float]:
        """Hourly unit prices: ``cpu``, ``memory``, ``storage``, ``managed_os`` (API errors
        are reported as they are; 2.51 turned every one into ServerDeletedException)."""
        from clc_generated.api.billing import get_server_pricing as op

        prices = self._call(op.sync)
        return {
            "cpu": float(given(prices.cpu) or 0),
            "memory": float(given(prices.memory_gb) or 0),
            "storage": float(given(prices.storage_gb) or 0),
            "managed_os": float(given(prices.managed_os) or 0),
        }

    def PriceHourly(self) -> float:
        """What the server costs per hour at its current size: ``PriceUnits`` times its CPUs,
        memory and storage, plus the managed OS."""
        units = self.PriceUnits()
        return (
            units["cpu"] * self.cpu
            + units["memory"] * self.memory
            + units["storage"] * self.storage
            + units["managed_os"]
        )

    # -- operations -------------------------------------------------------------------
    def _Operation(self, op: str) -> Requests:
        return operate(op, [self.id], self.alias, self.session)

    def Restore(self, group_id: str | None = None) -> Requests:
        """Restore an archived server into ``group_id`` (default: its group). 2.51: no-op."""
        from clc_generated.api.server_actions import restore_server
        from clc_generated.models import RestoreRequest

        checks.check_optional_id(group_id, argument="group_id")
        body = RestoreRequest(target_group_id=group_id or str(self.group_id))
        link = self._call(restore_server.sync, body=body)
        return server_requests(link, self)

    def ExecutePackage(self, package_id: str, parameters: dict[str, str] | None = None) -> Requests:
        """Run the Blueprint package ``package_id`` on the server with ``parameters``; returns
        the queued job."""
        return execute_package([self.id], package_id, parameters, self.alias, self.session)

    def AddNIC(self, network_id: str, ip: str = "") -> Requests:
        """Attach the server to the secondary network ``network_id``, at address ``ip`` or one
        the API picks; returns the queued job."""
        from clc_generated.api.servers import add_server_network
        from clc_generated.models import AddSecondaryNetworkRequest
        from clc_generated.types import UNSET

        checks.check_id(network_id, argument="network_id")
        if ip != "":
            validation.check_ip_address(ip, argument="ip")
        body = AddSecondaryNetworkRequest(network_id=network_id, ip_address=ip or UNSET)
        ref = self._call(add_server_network.sync, body=body)
        return server_requests(ref, self)

    def RemoveNIC(self, network_id: str) -> Requests:
        """Detach the server from the secondary network ``network_id``; returns the queued job."""
        from clc_generated.api.servers import remove_server_network

        checks.check_id(network_id, argument="network_id")
        ref = self._call(remove_server_network.sync, network_id=network_id)
        return server_requests(ref, self)

    def Delete(self) -> Requests:
        """Delete the server; returns the queued job."""
        from clc_generated.api.servers import delete_server

        result = self._call(delete_server.sync)
        return server_requests(result, self)

    # -- changes ----------------------------------------------------------------------
    def Change(
        self,
        cpu: int | None = None,
        memory: int | None = None,
        description: str | None = None,
        group_id: str | None = None,
    ) -> Requests:
        """Apply the given changes in one PATCH; an empty ``Requests`` when nothing changes
        (2.51 returned the int 0)."""
        if cpu is not None:
            cpu = validation.check_cpu(cpu)
        if memory is not None:
            memory = validation.check_memory_gb(memory)
        checks.check_optional_text(description, argument="description")
        checks.check_optional_id(group_id, argument="group_id")
        changes = {"cpu": cpu, "memory": memory, "description": description, "groupId": group_id}
        return patch_server(self, {k: v for k, v in changes.items() if v is not None})

    def SetCPU(self, value: int) -> Requests:
        """Change the number of CPUs (see ``Change``); the server may reboot
        (``adding_cpu_requires_reboot``)."""
        return self.Change(cpu=validation.check_cpu(value, argument="value"))

    def SetMemory(self, value: int) -> Requests:
        """Change the memory, in GB (see ``Change``); the server may reboot
        (``adding_memory_requires_reboot``)."""
        return self.Change(memory=validation.check_memory_gb(value, argument="value"))

    def SetDescription(self, value: str) -> Requests:
        """Change the description (see ``Change``)."""
        return self.Change(description=checks.check_text(value, argument="value", allow_empty=True))

    def SetGroup(self, group_id: str) -> Requests:
        """Move the server to the group ``group_id`` (see ``Change``)."""
        return self.Change(group_id=checks.check_id(group_id, argument="group_id"))

    def SetPassword(self, password: str) -> Requests:
        """Change the administrator password of an active server; the API wants the current one,
        which is read first."""
        validation.check_password(password)
        if self.status != "active":
            raise CLCException(f"Server {self.id} must be active to change its password")
        current = self._admin_password()
        return patch_server(self, {"password": {"current": current, "password": password}})

    # -- snapshots --------------------------------------------------------------------
    def GetSnapshots(self) -> list[str]:
        """Names of the server's snapshots (as of the last load)."""
        return [str(given(s.name)) for s in self._snapshots()]

    def _snapshots(self) -> list[ServerSnapshot]:
        return listed(self._details().snapshots)

    def CreateSnapshot(self, delete_existing: bool = True, expiration_days: int = 7) -> Requests:
        """Snapshot the server, kept ``expiration_days`` days; with ``delete_existing`` its
        existing snapshots are deleted first, and that deletion waited on."""
        return create_snapshots([self], delete_existing, expiration_days, self.alias, self.session)

    def DeleteSnapshot(self, names: Iterable[str] | None = None) -> Requests:
        """Delete the named snapshots (default all); an empty ``Requests`` if there are none."""
        from clc.v2.queue import Requests
        from clc_generated.api.server_actions import delete_snapshot

        named = argument_lists.check_names(names)
        wanted = set(named) if named is not None else None
        batch = Requests([], alias=self.alias, session=self.session)
        for snap in self._snapshots():
            if wanted is not None and given(snap.name) not in wanted:
                continue
            link = self._call(delete_snapshot.sync, snapshot_id=snapshot_id(snap))
            batch = batch + server_requests(link, self)
        self.dirty = True
        return batch

    def RestoreSnapshot(self, name: str | None = None) -> Requests:
        """Restore the snapshot ``name`` (default: the first one); returns the queued job."""
        from clc_generated.api.server_actions import restore_snapshot

        if name is not None:
            checks.check_key(name, argument="name")
        snaps = [s for s in self._snapshots() if name in (None, given(s.name))]
        if not snaps:
            raise CLCException(f"Server {self.id} has no snapshot {name or ''}".strip())
        link = self._call(restore_snapshot.sync, snapshot_id=snapshot_id(snaps[0]))
        return server_requests(link, self)

    # -- creation (see clc.v2.server_build; the functions keep 2.51's signatures) ---------
    @staticmethod
    @signature_of(server_build.create)
    def Create(*args: Any, **kwargs: Any) -> Any:
        return server_build.create(*args, **mask_passwords(kwargs))

    @signature_of(server_build.clone)
    def Clone(self, *args: Any, **kwargs: Any) -> Any:
        return server_build.clone(self, *args, **mask_passwords(kwargs))

    @signature_of(server_build.convert_to_template)
    def ConvertToTemplate(self, *args: Any, **kwargs: Any) -> Any:
        return server_build.convert_to_template(self, *args, **mask_passwords(kwargs))

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<clc.Server {self.name} {self.status or ''}>"


def patch_server(server: Server, changes: dict[str, Any]) -> Requests:
    """One PATCH of ``changes`` (member -> value) to ``server``; ``Requests`` of its job."""
    from clc.v2.queue import Requests
    from clc_generated.api.servers import update_server
    from clc_generated.models import PatchOperation

    if not changes:
        return Requests([], alias=server.alias, session=server.session)
    ops = [PatchOperation(op="set", member=k, value=v) for k, v in changes.items()]
    result = server.session.call(
        update_server.sync, account_alias=server.alias, server_id=server.id, body=ops
    )
    server.dirty = True
    return server_requests(result, server)
