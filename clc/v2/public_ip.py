"""``PublicIPs``/``PublicIP``/``Port``/``SourceRestriction``: a server's public addresses."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from clc.core import argument_lists, validation
from clc.core import arguments as checks
from clc.v2 import default_session as _session
from clc.v2.resource import given, listed, matches, model_of, to_data

if TYPE_CHECKING:
    from clc.session import Session
    from clc.v2.queue import Requests
    from clc.v2.server import Server

T = TypeVar("T")

_PUBLIC_IP = "a clc.v2.PublicIP"


def _port_dict(protocol: str, port: int, port_to: int | None) -> dict[str, Any]:
    """A port rule as the API takes it."""
    out: dict[str, Any] = {"protocol": protocol, "port": port}
    if port_to is not None:
        out["portTo"] = port_to
    return out


class Port:
    """An open port (or range ``port``..``port_to``) of a public IP."""

    def __init__(
        self, public_ip: PublicIP, protocol: str, port: int, port_to: int | None = None
    ) -> None:
        checks.check_instance(public_ip, PublicIP, argument="public_ip", allowed=_PUBLIC_IP)
        self.public_ip: PublicIP = public_ip
        self.protocol: str
        self.port: int
        self.port_to: int | None
        # ICMP has no ports: the API sends 0.
        self.protocol, self.port, self.port_to = validation.check_port_spec(protocol, port, port_to)

    def Delete(self) -> Requests:
        """Close this port: the address is updated with the remaining ports."""
        self.public_ip.ports = [p for p in self.public_ip.ports if p is not self]
        return self.public_ip.Update()

    def ToDict(self) -> dict[str, Any]:
        """The rule as the API takes it (``protocol``, ``port`` and, for a range, ``portTo``)."""
        return _port_dict(self.protocol, self.port, self.port_to)

    def __str__(self) -> str:
        rng = f"-{self.port_to}" if self.port_to is not None else ""
        return f"{self.protocol} {self.port}{rng}"


class SourceRestriction:
    """A CIDR allowed to reach a public IP."""

    def __init__(self, public_ip: PublicIP, cidr: str) -> None:
        checks.check_instance(public_ip, PublicIP, argument="public_ip", allowed=_PUBLIC_IP)
        self.public_ip: PublicIP = public_ip
        self.cidr: str = validation.check_cidr(cidr)

    def Delete(self) -> Requests:
        """Remove this restriction: the address is updated with the remaining ones."""
        self.public_ip.source_restrictions = [
            s for s in self.public_ip.source_restrictions if s is not self
        ]
        return self.public_ip.Update()

    def ToDict(self) -> dict[str, Any]:
        """The restriction as the API takes it (``{"cidr": ...}``)."""
        return {"cidr": self.cidr}

    def __str__(self) -> str:
        return self.cidr


class PublicIP:
    """A public IP of a server: ``id`` (the address), ``internal``, ``ports``,
    ``source_restrictions`` (loaded on first read)."""

    def __init__(
        self, id: str, parent: PublicIPs, public_ip_obj: Any = None, session: Any = None
    ) -> None:
        checks.check_id(id, argument="id")
        checks.check_instance(parent, PublicIPs, argument="parent", allowed="a clc.v2.PublicIPs")
        checks.check_model(public_ip_obj, argument="public_ip_obj")
        self.id: str = id
        self.parent: PublicIPs = parent
        self.session: Session = parent.session if session is None else _session.resolve(session)
        self.data: dict[str, Any] = to_data(public_ip_obj)
        """The API's JSON of the address (after the first read of its ports, its details)."""
        self.internal: str | None = internal_address(public_ip_obj)
        self._ports: list[Port] | None = None
        self._restrictions: list[SourceRestriction] | None = None

    def _call(self, fn: Callable[..., T], **kw: Any) -> T:
        """``session.call`` of an endpoint addressed to this IP (server and address filled in)."""
        server = self.parent.server
        return self.session.call(
            fn, account_alias=server.alias, server_id=server.id, public_ip=self.id, **kw
        )

    def _Load(self, cached: bool = True) -> None:
        checks.check_flag(cached, argument="cached")
        if self._ports is not None and cached:
            return
        from clc_generated.api.public_ips import get_public_ip

        model = self._call(get_public_ip.sync)
        self.data.update(model.to_dict())
        self.internal = given(model.internal_ip_address) or self.internal
        self._ports = [
            Port(self, p.protocol, given(p.port) or 0, given(p.port_to))
            for p in listed(model.ports)
        ]
        self._restrictions = [
            SourceRestriction(self, s.cidr) for s in listed(model.source_restrictions)
        ]

    @property
    def ports(self) -> list[Port]:
        """The open ports (read from the API on first use); change them with ``AddPort`` or
        ``Port.Delete``."""
        self._Load()
        assert self._ports is not None
        return self._ports

    @ports.setter
    def ports(self, value: list[Port]) -> None:
        self._ports = value

    @property
    def source_restrictions(self) -> list[SourceRestriction]:
        """The CIDRs allowed to reach the address (read on first use); none means any source."""
        self._Load()
        assert self._restrictions is not None
        return self._restrictions

    @source_restrictions.setter
    def source_restrictions(self, value: list[SourceRestriction]) -> None:
        self._restrictions = value

    def Delete(self) -> Requests:
        """Release the public address from the server."""
        from clc.v2.server_batch import server_requests
        from clc_generated.api.public_ips import remove_public_ip

        link = self._call(remove_public_ip.sync)
        self.parent.public_ips = [ip for ip in self.parent.public_ips if ip is not self]
        return server_requests(link, self.parent.server)

    def Update(self) -> Requests:
        """Send the current ports and source restrictions."""
        from clc.v2.server_batch import server_requests
        from clc_generated.api.public_ips import update_public_ip
        from clc_generated.models import PublicIpRequest

        body = PublicIpRequest.from_dict(
            {
                "ports": [p.ToDict() for p in self.ports],
                "sourceRestrictions": [s.ToDict() for s in self.source_restrictions],
            }
        )
        link = self._call(update_public_ip.sync, body=body)
        return server_requests(link, self.parent.server)

    # Each Add* builds (and so checks) every new entry before the first read of the lists.
    def AddPort(self, protocol: str, port: int, port_to: int | None = None) -> Requests:
        """Open ``protocol`` (``TCP``, ``UDP`` or ``ICMP``) on ``port``, or on
        ``port``..``port_to``; returns the queued update."""
        new = Port(self, protocol, port, port_to)
        self.ports.append(new)
        return self.Update()

    def AddPorts(self, ports: Iterable[dict[str, Any]]) -> Requests:
        """Open several ports in one update, each a dict of ``protocol``, ``port`` and optionally
        ``port_to``."""
        new = [Port(self, *spec) for spec in argument_lists.check_ports(ports)]
        self.ports.extend(new)
        return self.Update()

    def AddSourceRestriction(self, cidr: str) -> Requests:
        """Allow ``cidr`` to reach the address (once there is a restriction, only the listed
        CIDRs can)."""
        new = SourceRestriction(self, cidr)
        self.source_restrictions.append(new)
        return self.Update()

    def AddSourceRestrictions(self, cidrs: Iterable[str]) -> Requests:
        """Allow several CIDRs in one update."""
        new = [SourceRestriction(self, c) for c in argument_lists.check_cidrs(cidrs)]
        self.source_restrictions.extend(new)
        return self.Update()

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"<clc.PublicIP {self.id} -> {self.internal}>"


class PublicIPs:
    """The public IPs of ``server``: ``public_ips``, ``Get``, ``Add``."""

    def __init__(self, server: Server, public_ips_lst: Any, session: Any = None) -> None:
        from clc.v2.server import Server
        from clc_generated.models import ServerIpAddress as Model

        checks.check_instance(server, Server, argument="server", allowed="a clc.v2.Server")
        items = checks.check_models(public_ips_lst, argument="public_ips_lst", what="public IPs")
        self.server: Server = server
        self.session: Session = server.session if session is None else _session.resolve(session)
        self.public_ips: list[PublicIP] = []
        for obj in items:
            model = model_of(Model, obj)
            self.public_ips.append(PublicIP(given(model.public) or "", self, model, self.session))

    def Get(self, key: str) -> PublicIP | None:
        """The public IP whose public or internal address is ``key``, or ``None``."""
        checks.check_key(key)
        return next(
            (ip for ip in self.public_ips if matches(key, (ip.id, ip.internal), exact=True)), None
        )

    def Add(
        self,
        ports: Iterable[dict[str, Any]],
        source_restrictions: Iterable[str] | None = None,
        private_ip: str | None = None,
    ) -> Requests:
        """Map a new public IP with ``ports`` (dicts of protocol, port, port_to)."""
        from clc.v2.server_batch import server_requests
        from clc_generated.api.public_ips import add_public_ip
        from clc_generated.models import PublicIpRequest

        body: dict[str, Any] = {
            "ports": [_port_dict(*spec) for spec in argument_lists.check_ports(ports)]
        }
        if source_restrictions is not None:
            cidrs = argument_lists.check_cidrs(source_restrictions, argument="source_restrictions")
            body["sourceRestrictions"] = [{"cidr": c} for c in cidrs]
        if private_ip is not None:
            body["internalIPAddress"] = validation.check_ip_address(
                private_ip, argument="private_ip"
            )
        link = self.session.call(
            add_public_ip.sync,
            account_alias=self.server.alias,
            server_id=self.server.id,
            body=PublicIpRequest.from_dict(body),
        )
        self.server.dirty = True
        return server_requests(link, self.server)

    def __iter__(self) -> Iterator[PublicIP]:
        return iter(self.public_ips)


def internal_address(obj: object) -> str | None:
    """The internal address of a server's address entry (``internal``) or of a public IP's
    details (``internalIPAddress``), from a model or its JSON."""
    from clc_generated.models import PublicIp, ServerIpAddress

    if isinstance(obj, Mapping):
        obj = model_of(PublicIp if "internalIPAddress" in obj else ServerIpAddress, obj)
    if isinstance(obj, PublicIp):
        return given(obj.internal_ip_address)
    if isinstance(obj, ServerIpAddress):
        return given(obj.internal)
    return None
