"""Servers: create/clone, read, delete, change, credentials, restore, snapshots and
conversion to a template. Public IPs and secondary networks are in ``server_addresses``,
policy mappings in ``server_policies``."""

from __future__ import annotations

import secrets

from .. import render
from ..errors import ApiError, invalid, not_found
from ..fields import Fields, required_text
from ..routing import Ctx, Reply, route
from ._common import custom_field_values, patch_ops, status_reply, submit
from ._servers_common import (
    Rec,
    disks_for,
    lookup_server,
    new_record,
    next_name,
    pick_network,
    queue_build,
    read_cpu,
    read_disks,
    read_memory_gb,
    read_name,
    require_active,
    target_group,
)

_TYPES = ("standard", "hyperscale", "bareMetal")
_STORAGE = ("standard", "premium", "hyperscale")


@route("POST", "/v2/servers/{accountAlias}")
def create_server(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    f = Fields(ctx.body)
    name = read_name(f, state)
    description = f.text("description", max_len=255)
    group_id = f.text("groupId", required=True)
    source_id = f.text("sourceServerId", required=True)
    cpu = read_cpu(f)
    memory = read_memory_gb(f)
    stype = f.text("type", choices=_TYPES) or "standard"
    storage_type = f.text("storageType", choices=_STORAGE) or (
        "hyperscale" if stype == "hyperscale" else "standard"
    )
    network_id = f.text("networkId")
    ip_address = f.text("ipAddress")
    password = f.text("password")
    primary_dns = f.text("primaryDns")
    secondary_dns = f.text("secondaryDns")
    managed = f.flag("isManagedOS")
    managed_backup = f.flag("isManagedBackup")
    autoscale = f.text("cpuAutoscalePolicyId")
    affinity = f.text("antiAffinityPolicyId")
    ttl = f.text("ttl")
    f.array("packages")
    extra = f.get("additionalDisks")
    f.check()
    assert name and group_id and source_id and cpu and memory
    if stype == "bareMetal":
        raise invalid("type", "Bare metal servers are not available in this data center.")
    if (stype == "hyperscale") != (storage_type == "hyperscale"):
        raise invalid("storageType", f"Storage type {storage_type} does not go with type {stype}.")
    group = target_group(state, group_id)
    dc = group["locationId"]
    tpl = state.template(dc, source_id)
    source = None if tpl else state.find_server(source_id)
    if tpl is None and (source is None or source["locationId"] != dc):
        raise invalid("sourceServerId", f"Unknown template or server {source_id} in {dc}.")
    if source is not None and source["status"] != "active":
        raise invalid("sourceServerId", f"Server {source_id} cannot be cloned now.")
    net = pick_network(state, group, network_id)
    if autoscale and autoscale.lower() not in state.data["autoscalePolicies"]:
        raise invalid("cpuAutoscalePolicyId", f"Unknown autoscale policy {autoscale}.")
    if affinity:
        pol = state.data["antiAffinityPolicies"].get(affinity.lower())
        if pol is None or pol["location"] != dc:
            raise invalid("antiAffinityPolicyId", f"Unknown anti-affinity policy {affinity}.")
    values = custom_field_values(ctx, f.get("customFields"))
    if source is not None:
        os_name, os_type = source["os"], source["osType"]
        disks = [dict(d) for d in source["disks"]]
        parts = [dict(p) for p in source["partitions"]]
    else:
        assert tpl is not None
        os_name, os_type = tpl["osType"], render.os_label(tpl["description"])
        disks, parts = disks_for(tpl["storageSizeGB"], tpl["osType"].startswith("windows"))
    if extra is not None:
        df = Fields({})
        disks += read_disks(df, "additionalDisks", extra, disks)
        df.check()
    full = next_name(state, dc, name)
    sid = full.lower()
    uuid = state.new_id()
    ip = state.allocate_ip(net, full, ip_address)
    rec = new_record(
        state,
        full=full,
        uuid=uuid,
        group=group,
        net=net,
        ip=ip,
        os_name=os_name,
        os_type=os_type,
        disks=disks,
        parts=parts,
        cpu=cpu,
        memory_gb=memory,
    )
    rec.update(
        description=description if description is not None else "",
        type=stype,
        storageType=storage_type,
        isManagedOS=managed,
        isManagedBackup=managed_backup,
        customFields=values,
        cpuAutoscalePolicyId=autoscale.lower() if autoscale else None,
        antiAffinityPolicyId=affinity.lower() if affinity else None,
        password=password or secrets.token_urlsafe(12),
        primaryDns=primary_dns,
        secondaryDns=secondary_dns,
        ttl=ttl,
    )
    if affinity:
        state.data["antiAffinityPolicies"][affinity.lower()]["servers"].append(sid)
    return queue_build(ctx, rec, name)


@route("GET", "/v2/servers/{accountAlias}/{serverId}")
def get_server(ctx: Ctx) -> Reply:
    return Reply(200, render.server(ctx.state, lookup_server(ctx)))


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}")
def delete_server(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    if rec["status"] in ("underConstruction", "queuedForDelete"):
        raise ApiError(400, f"Server {rec['name']} is {rec['status']} and cannot be deleted now.")
    previous = rec["status"]
    rec["status"] = "queuedForDelete"
    jid = submit(
        ctx,
        rec["locationId"],
        [["server.delete", rec["id"]]],
        on_fail=[["server.set", rec["id"], {"status": previous}]],
    )
    ctx.state.dirty = True
    return Reply(
        202,
        {"server": rec["id"], "isQueued": True, "links": [render.status_link(ctx.state, jid)]},
    )


@route("PATCH", "/v2/servers/{accountAlias}/{serverId}")
def patch_server(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = lookup_server(ctx)
    now_changes: Rec = {}
    later: Rec = {}
    move_to: str | None = None
    f = Fields({})
    for member, value in patch_ops(ctx.body):
        key = member.lower()
        probe = Fields({member: value})
        if key == "cpu":
            later["cpu"] = read_cpu(probe, member)
        elif key in ("memory", "memorygb"):
            gb = read_memory_gb(probe, member)
            later["memoryMB"] = gb * 1024 if gb else None
        elif key == "description":
            now_changes["description"] = probe.text(member, max_len=255) or ""
        elif key == "groupid":
            gid = str(value).lower()
            g = state.data["groups"].get(gid)
            if g is None or g["locationId"] != rec["locationId"] or g["type"] != "default":
                probe.error(member, f"Unknown group {value} in {rec['locationId']}.")
            move_to = gid
        elif key == "customfields":
            now_changes["customFields"] = custom_field_values(ctx, value)
        elif key == "disks":
            later["disks"] = read_disks(probe, member, value, rec["disks"])
            old_ids = {d["id"] for d in rec["disks"]}
            kept = {d["id"] for d in later["disks"]}
            if "0:0" in old_ids - kept:
                probe.error(member, "The operating system disk cannot be removed.")
        elif key == "password":
            pw = value if isinstance(value, dict) else {}
            if pw.get("current") != rec["password"]:
                probe.error(member, "The current password does not match.")
            elif not isinstance(pw.get("password"), str) or len(pw["password"]) < 8:
                probe.error(member, "The new password must be at least 8 characters long.")
            else:
                later["password"] = pw["password"]
        else:
            probe.error(member, f"The member {member} cannot be changed.")
        for k, reasons in probe.errors.items():
            f.errors.setdefault(k, []).extend(reasons)
    f.check()
    if later:
        require_active(rec)
    rec.update(now_changes)
    if move_to is not None and move_to != rec["groupId"]:
        state.move_server(rec, move_to)
    state.touch(rec)
    state.dirty = True
    if not later:
        return Reply(204)
    jid = submit(ctx, rec["locationId"], [["server.set", rec["id"], later]])
    return status_reply(ctx, jid)


@route("GET", "/v2/servers/{accountAlias}/{serverId}/credentials")
def get_credentials(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    user = "Administrator" if rec["os"].startswith("windows") else "root"
    return Reply(200, {"userName": user, "password": rec["password"]})


@route("POST", "/v2/servers/{accountAlias}/{serverId}/restore")
def restore_server(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = lookup_server(ctx)
    target = required_text(ctx.body, "targetGroupId")
    g = state.data["groups"].get(target.lower())
    if g is None or g["locationId"] != rec["locationId"] or g["type"] != "default":
        raise invalid("targetGroupId", f"Unknown group {target}.")
    if rec["status"] != "archived":
        raise ApiError(400, f"Server {rec['name']} is not archived.")
    rec["status"] = "queuedForRestore"
    jid = submit(
        ctx,
        rec["locationId"],
        [["server.restore", rec["id"], g["id"]]],
        on_fail=[["server.set", rec["id"], {"status": "archived"}]],
    )
    return status_reply(ctx, jid)


def _snapshot(rec: Rec, snap_id: str) -> Rec:
    for snap in rec["snapshots"]:
        if snap["id"] == snap_id:
            return snap  # type: ignore[no-any-return]
    raise not_found(f"Snapshot {snap_id}")


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/snapshots/{snapshotId}")
def delete_snapshot(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    snap = _snapshot(rec, ctx.params["snapshotId"])
    jid = submit(ctx, rec["locationId"], [["server.deleteSnapshot", rec["id"], snap["id"]]])
    return status_reply(ctx, jid, 200)  # the API answered 200 here, not 202


@route("POST", "/v2/servers/{accountAlias}/{serverId}/snapshots/{snapshotId}/restore")
def revert_snapshot(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    snap = _snapshot(rec, ctx.params["snapshotId"])
    require_active(rec)
    jid = submit(ctx, rec["locationId"], [["server.revertSnapshot", rec["id"], snap["id"]]])
    return status_reply(ctx, jid, 200)


@route("POST", "/v2/servers/{accountAlias}/{serverId}/convertToTemplate")
def convert_to_template(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    f = Fields(ctx.body)
    visibility = f.text("visibility", required=True, choices=("private", "privateShared"))
    description = f.text("description", max_len=255) or ""
    f.text("password")
    f.check()
    require_active(rec)
    jid = submit(
        ctx, rec["locationId"], [["server.toTemplate", rec["id"], visibility, description]]
    )
    return status_reply(ctx, jid)


@route("GET", "/v2/servers/{accountAlias}/{serverId}/capabilities")
def get_server_capabilities(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    tpl = ctx.state.template(
        rec["locationId"],
        "WIN2012R2DTC-64" if rec["os"].startswith("windows") else "CENTOS-6-64-TEMPLATE",
    )
    return Reply(
        200,
        {
            "reservedDrivePaths": list(tpl["reservedDrivePaths"]) if tpl else [],
            "addingCpuRequiresReboot": False,
            "addingMemoryRequiresReboot": rec["os"].startswith("windows"),
        },
    )


@route("GET", "/v2/servers/{accountAlias}/{serverId}/statistics")
def get_server_statistics(ctx: Ctx) -> Reply:
    from .billing import server_stats

    return Reply(200, server_stats(ctx.state, lookup_server(ctx)))
