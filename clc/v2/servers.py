"""``Servers``: a set of servers and the batch operations on them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from clc.core import arguments as checks
from clc.core.threads import map_in_threads
from clc.v2 import default_session as _session
from clc.v2.group_detail import EmbeddedServers, file_servers
from clc.v2.power import PowerOperations, operate
from clc.v2.resource import given, model_of

if TYPE_CHECKING:
    from clc.session import Session
    from clc.v2.queue import Requests
    from clc.v2.server import Server
    from clc_generated.models import Server as ServerModel


def fetch_servers(
    ids: list[str],
    alias: str,
    session: Any,
    group_id: str | None = None,
    embedded: list[ServerModel] | None = None,
    below: EmbeddedServers | None = None,
) -> list[Server]:
    """Load servers with as few round trips as the API allows.

    From ``embedded`` details (what an earlier detailed group read brought) no request
    is made; otherwise, with a group, one ``GET group?serverDetail=detailed`` returns
    them all (2.51 made one GET per server, one after another). That read also brings
    the servers of every group below; with ``below`` they are filed there for those
    groups' first load (and the group is read even when it holds no server itself).
    Anything still missing is fetched concurrently with at most
    ``session.max_concurrency`` requests in flight.
    """
    from clc.v2.server import Server
    from clc_generated.types import collector_paused

    sess = _session.resolve(session)
    found: dict[str, Server] = {}
    details: list[ServerModel] = list(embedded or [])
    if embedded is None and group_id and (ids or below is not None):
        from clc_generated.api.groups import get_group

        group = sess.call(
            get_group.sync,
            account_alias=alias,
            group_id=group_id,
            server_detail="detailed",
        )
        read = EmbeddedServers()
        file_servers(group, read)
        details = read.take(group_id) or []
        if below is not None:
            below.update(read)
    with collector_paused():  # thousands of objects that all stay alive (see types.py)
        for detail in details:
            server = Server._from_generated(detail, alias, sess)
            found[server.id.lower()] = server
    missing = [i for i in ids if i.lower() not in found]
    if missing:

        def load(server_id: str) -> Server:
            return Server(server_id, alias=alias, session=sess)

        for server in map_in_threads(load, missing, sess.max_concurrency, "clc-fetch"):
            found[server.id.lower()] = server
    return [found[i.lower()] for i in ids if i.lower() in found]


class Servers(PowerOperations):
    """Servers by id: ``servers_lst`` (ids), ``servers`` (loaded lazily) and batch operations."""

    def __init__(
        self,
        servers_lst: Iterable[Any],
        alias: str | None = None,
        session: Any = None,
        *,
        group_id: str | None = None,
    ) -> None:
        from clc.v2.server import Server

        items = checks.check_items(servers_lst, argument="servers_lst", what="server ids")
        for i, item in enumerate(items):
            if isinstance(item, str):
                checks.check_id(item, argument=f"servers_lst[{i}]")
            elif not isinstance(item, Server):
                checks.check_model(item, argument=f"servers_lst[{i}]")
        checks.check_alias(alias)
        checks.check_optional_id(group_id, argument="group_id")
        ids = [_server_id(s) for s in items]
        self._start(ids, alias, _session.resolve(session), group_id)

    def _start(
        self, ids: list[str], alias: str | None, session: Session, group_id: str | None
    ) -> None:
        self.session: Session = session
        self.alias: str = alias or session.alias
        self.servers_lst: list[str] = ids
        self._group_id = group_id
        self._embedded: list[ServerModel] | None = None
        self._below: EmbeddedServers | None = None
        self._servers: list[Server] | None = None

    @classmethod
    def _of_group(
        cls,
        ids: list[str],
        alias: str,
        session: Session,
        group_id: str,
        embedded: list[ServerModel] | None,
        below: EmbeddedServers | None,
    ) -> Servers:
        """A group's servers; ``embedded`` (their details, if a detailed read of this
        group or of one above it brought them) serves the first load. Each read of the
        group files the details of the groups below it in ``below``. The ids come from
        the group's read and the session from the group: the public constructor's
        argument checks (thousands of ids in a data center) are not run again."""
        servers = cls.__new__(cls)
        servers._start(ids, alias, session, group_id)
        servers._embedded, servers._below = embedded, below
        return servers

    def Servers(self, cached: bool = True) -> list[Server]:
        """The servers, loaded on first use (``cached=False`` re-reads them)."""
        checks.check_flag(cached, argument="cached")
        if self._servers is None or not cached:
            embedded, self._embedded = self._embedded, None
            self._servers = fetch_servers(
                self.servers_lst,
                self.alias,
                self.session,
                self._group_id,
                embedded if cached else None,
                self._below,
            )
        return self._servers

    @property
    def servers(self) -> list[Server]:
        """The servers, loaded on first use; the same as ``Servers()``."""
        return self.Servers()

    def __iter__(self) -> Iterator[Server]:
        return iter(self.Servers())

    def __repr__(self) -> str:
        return f"<clc.Servers {len(self.servers_lst)} servers>"

    def _Operation(self, op: str) -> Requests:
        return operate(op, self.servers_lst, self.alias, self.session)

    def CreateSnapshot(self, delete_existing: bool = True, expiration_days: int = 7) -> Requests:
        """Snapshot every server in one request (the README documents this; 2.51 lacked it).

        Existing snapshots are deleted first, and that deletion is waited on (2.51 fired it
        and forgot it)."""
        from clc.v2.server_batch import check_snapshot_arguments, create_snapshots

        check_snapshot_arguments(delete_existing, expiration_days)  # before loading the servers
        return create_snapshots(
            self.Servers(), delete_existing, expiration_days, self.alias, self.session
        )

    def ExecutePackage(self, package_id: str, parameters: dict[str, str] | None = None) -> Requests:
        """Run a Blueprint package on every server in one request."""
        from clc.v2.server_batch import execute_package

        return execute_package(self.servers_lst, package_id, parameters, self.alias, self.session)


def _server_id(value: Any) -> str:
    """A server's id from an id, a ``Server`` or its generated model."""
    if isinstance(value, str):  # the common case: no import statement on its path
        return value
    from clc.v2.server import Server
    from clc_generated.models import Server as Model

    if isinstance(value, Server):
        return value.id
    model = model_of(Model, value)
    return given(model.id) or given(model.name) or str(value)
