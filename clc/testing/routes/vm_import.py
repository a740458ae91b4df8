"""VM import: the OVF images uploaded for the account, and importing one as a server.

An import builds a server like create_server does (same naming, queue job and
answer), its disks sized from the image; ``ovfOsType`` must be the OS of a
template with the ``importVM`` capability in that data center.
"""

from __future__ import annotations

from ..backend.servers import NewServer
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import servers as views
from ._common import custom_field_inputs
from ._server_bodies import read_name


@route
def list_available_imports(ctx: Ctx) -> Reply:
    return Reply(200, ctx.backend.datacenters.importable_images(ctx.params["dataCenter"]))


@route
def import_server(ctx: Ctx) -> Reply:
    b = ctx.backend
    f = Fields(ctx.body)
    name = read_name(f, b.limits)
    new = NewServer(
        name=name or "",
        group_id=f.text("groupId", required=True) or "",
        cpu=f.integer("cpu", required=True, within=b.limits.cpu) or 0,
        memory_gb=f.integer("memoryGB", required=True, within=b.limits.memory_gb) or 0,
        description=f.text("description", max_len=255) or "",
        password=f.text("password", required=True),
        network_id=f.text("networkId"),
        type=f.text("type", choices=("standard",)) or "standard",
        storage_type=f.text("storageType", choices=("standard", "premium")) or "standard",
        primary_dns=f.text("primaryDns"),
        secondary_dns=f.text("secondaryDns"),
        custom_fields=custom_field_inputs(f.get("customFields")),
    )
    ovf_id = f.text("ovfId", required=True)
    ovf_os = f.text("ovfOsType", required=True)
    f.check()
    assert ovf_id is not None and ovf_os is not None
    rec, jid = b.servers.import_image(new, ovf_id, ovf_os)
    return Reply(202, views.queued_build(b.state, new.name, rec, jid))
