"""Operations shared by ``Server`` and ``Servers``: batch snapshots, packages, and the
``Requests`` of a single-server operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.core import argument_lists, validation
from clc.core import arguments as checks
from clc.errors import CLCException
from clc.v2 import default_session as _session
from clc.v2.resource import given, links_to

if TYPE_CHECKING:
    from clc.v2.queue import Requests
    from clc.v2.server import Server
    from clc_generated.models import ServerSnapshot


def check_snapshot_arguments(delete_existing: object, expiration_days: object) -> int:
    """``CreateSnapshot``'s arguments (of a server or of a set of servers); the days as an int."""
    checks.check_flag(delete_existing, argument="delete_existing")
    return validation.check_snapshot_expiration_days(expiration_days)


def create_snapshots(
    servers: list[Server], delete_existing: bool, expiration_days: int, alias: str, session: Any
) -> Requests:
    """One createSnapshot request for all ``servers`` (JSON; 2.51 form-encoded it)."""
    from clc.v2.queue import Requests
    from clc_generated.api.server_actions import create_snapshot
    from clc_generated.models import CreateSnapshotRequest

    expiration_days = check_snapshot_arguments(delete_existing, expiration_days)
    sess = _session.resolve(session)
    with_snapshots = [s for s in servers if s.GetSnapshots()]
    if with_snapshots and not delete_existing:
        raise CLCException(f"Servers already have a snapshot: {[s.id for s in with_snapshots]}")
    if with_snapshots:
        deletions = sum((s.DeleteSnapshot() for s in with_snapshots), Requests([], alias, sess))
        # Snapshot deletions are short jobs: poll faster than the 2 s public default.
        if deletions.WaitUntilComplete(poll_freq=0.5):
            raise CLCException(f"Deleting existing snapshots failed: {deletions.failures()}")
    if not servers:
        return Requests([], alias=alias, session=sess)
    body = CreateSnapshotRequest(
        server_ids=[s.id for s in servers], snapshot_expiration_days=expiration_days
    )
    result = sess.call(create_snapshot.sync, account_alias=alias, body=body)
    for server in servers:
        server.dirty = True
    return Requests._from_generated(result, alias, sess)


def execute_package(
    server_ids: list[str],
    package_id: str,
    parameters: dict[str, str] | None,
    alias: str,
    session: Any,
) -> Requests:
    from clc.v2.queue import Requests
    from clc_generated.api.server_actions import execute_package as op
    from clc_generated.models import ExecutePackageRequest, PackageRequest, PackageRequestParameters

    checks.check_id(package_id, argument="package_id")
    parameters = argument_lists.check_package_parameters(parameters)
    sess = _session.resolve(session)
    if not server_ids:
        return Requests([], alias=alias, session=sess)
    params = PackageRequestParameters.from_dict(parameters)
    body = ExecutePackageRequest(
        servers=list(server_ids), package=PackageRequest(package_id=package_id, parameters=params)
    )
    result = sess.call(op.sync, account_alias=alias, body=body)
    return Requests._from_generated(result, alias, sess)


def server_requests(result: Any, server: Server) -> Requests:
    """Requests for a single-server operation, tied to ``server`` for ``Request.Server()``."""
    from clc.v2.queue import Requests

    if result is None or (isinstance(result, dict) and not result):
        return Requests([], alias=server.alias, session=server.session)
    batch = Requests._from_generated(result, server.alias, server.session)
    for req in batch.requests + batch.error_requests:
        if not req.data.get("context_key"):
            req.data.update(context_key="server", context_val=server.id)
    return batch


def snapshot_id(snap: ServerSnapshot) -> str:
    """The id in a snapshot's links (the API names snapshots but addresses them by id)."""
    for rel in ("self", "delete", "restore"):
        for link in links_to(snap.links, rel):
            if "/snapshots/" in link.href:
                return link.href.split("/snapshots/")[1].split("/")[0]
    return str(given(snap.name))
