"""VM import: the OVF images uploaded for the account and importing one as a server.

Every data center offers two uploaded images (a Red Hat and a Windows one, named
the way the documentation's example names them). An import builds a server like
create_server does (same naming, queue job and answer), its disks sized from the
image; ``ovfOsType`` must be an OS of a template that has the ``importVM``
capability in that data center.
"""

from __future__ import annotations

from typing import Any

from .. import render
from ..errors import invalid
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State
from ._common import custom_field_values
from ._servers_common import (
    disks_for,
    new_record,
    next_name,
    pick_network,
    queue_build,
    read_cpu,
    read_memory_gb,
    read_name,
    target_group,
)

Rec = dict[str, Any]

# (suffix of the id and name, storage GB, CPUs, memory MB)
_IMAGES = (("RHEL-6-64", 16, 1, 1024), ("WIN2012R2DTC-64", 60, 2, 4096))


def available(state: State, dc: str) -> list[Rec]:
    del dc  # the same uploads are visible in every data center of the account
    return [
        {
            "id": f"{state.alias}/CUSTOM-OVF-IMPORT-{suffix}",
            "name": f"CUSTOM-OVF-IMPORT-{suffix}",
            "storageSizeGB": storage,
            "cpuCount": cpus,
            "memorySizeMB": memory,
        }
        for suffix, storage, cpus, memory in _IMAGES
    ]


@route("GET", "/v2/vmImport/{accountAlias}/{dataCenter}/available")
def list_available_imports(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])
    dc = ctx.state.datacenter(ctx.params["dataCenter"])["id"]
    return Reply(200, available(ctx.state, dc))


@route("POST", "/v2/vmImport/{accountAlias}")
def import_server(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    f = Fields(ctx.body)
    name = read_name(f, state)
    description = f.text("description", max_len=255)
    group_id = f.text("groupId", required=True)
    password = f.text("password", required=True)
    cpu = read_cpu(f)
    memory = read_memory_gb(f)
    ovf_id = f.text("ovfId", required=True)
    ovf_os = f.text("ovfOsType", required=True)
    network_id = f.text("networkId")
    stype = f.text("type", choices=("standard",)) or "standard"
    storage_type = f.text("storageType", choices=("standard", "premium")) or "standard"
    primary_dns = f.text("primaryDns")
    secondary_dns = f.text("secondaryDns")
    f.check()
    assert name and group_id and password and cpu and memory and ovf_id and ovf_os
    group = target_group(state, group_id)
    dc = group["locationId"]
    image = next((i for i in available(state, dc) if i["id"].lower() == ovf_id.lower()), None)
    if image is None:
        raise invalid("ovfId", f"No uploaded image {ovf_id} in {dc}.")
    tpl = next(
        (
            t
            for t in state.templates(dc)
            if "importVM" in t["capabilities"] and t["osType"].lower() == ovf_os.lower()
        ),
        None,
    )
    if tpl is None:
        raise invalid("ovfOsType", f"{ovf_os} cannot be imported in {dc}.")
    net = pick_network(state, group, network_id)
    values = custom_field_values(ctx, f.get("customFields"))
    full = next_name(state, dc, name)
    disks, parts = disks_for(image["storageSizeGB"], tpl["osType"].startswith("windows"))
    rec = new_record(
        state,
        full=full,
        uuid=state.new_id(),
        group=group,
        net=net,
        ip=state.allocate_ip(net, full),
        os_name=tpl["osType"],
        os_type=render.os_label(tpl["description"]),
        disks=disks,
        parts=parts,
        cpu=cpu,
        memory_gb=memory,
    )
    rec.update(
        description=description or "",
        type=stype,
        storageType=storage_type,
        customFields=values,
        password=password,
        primaryDns=primary_dns,
        secondaryDns=secondary_dns,
    )
    return queue_build(ctx, rec, name)
