"""Servers: create/clone, read, delete, change, credentials and per-server resources."""

from __future__ import annotations

import re
import secrets
from typing import Any

from .. import render
from ..errors import ApiError, invalid, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State
from ._common import (
    custom_field_values,
    experimental_reply,
    patch_ops,
    status_reply,
    submit,
    truthy,
)

Rec = dict[str, Any]

NAME_PATTERN = r"[A-Za-z0-9-]+"
MAX_ALIAS_PLUS_NAME = 10  # the API capped account alias + server name at ten characters
CPU_RANGE = (1, 16)
MEMORY_RANGE = (1, 128)
DISK_RANGE = (1, 1024)
_TYPES = ("standard", "hyperscale", "bareMetal")
_STORAGE = ("standard", "premium", "hyperscale")
_PROTOCOLS = ("TCP", "UDP", "ICMP")


def _server(ctx: Ctx) -> Rec:
    ctx.state.check_alias(ctx.params["accountAlias"])
    key = ctx.params["serverId"]
    if truthy(ctx.query.get("uuid")):
        return ctx.state.server_by_uuid(key)
    return ctx.state.server(key)


def _active(rec: Rec) -> None:
    if rec["status"] != "active":
        raise ApiError(
            400, f"Server {rec['name']} is {rec['status']} and cannot take this operation now."
        )


def _next_name(state: State, dc: str, name: str) -> str:
    """``VA1`` + ``DEMO`` + ``API2`` + the lowest free two-digit number."""
    prefix = f"{dc}{state.alias}{name.upper()}"
    taken = {
        s["name"][len(prefix) :]
        for s in state.data["servers"].values()
        if s["name"].startswith(prefix)
    }
    n = 1
    while f"{n:02d}" in taken:
        n += 1
    return f"{prefix}{n:02d}"


def _disks_for(storage: int, windows: bool) -> tuple[list[Rec], list[Rec]]:
    if windows:
        return [{"id": "0:0", "sizeGB": max(storage, 1), "partitionPaths": []}], [
            {"sizeGB": float(max(storage, 1)) - 0.35, "path": "C:\\"}
        ]
    disks = [
        {"id": "0:0", "sizeGB": 1, "partitionPaths": []},
        {"id": "0:1", "sizeGB": 2, "partitionPaths": []},
        {"id": "0:2", "sizeGB": max(storage - 3, 1), "partitionPaths": []},
    ]
    parts = [
        {"sizeGB": 0.0, "path": "(swap)"},
        {"sizeGB": 13.655, "path": "/"},
        {"sizeGB": 0.482, "path": "/boot"},
    ]
    return disks, parts


def _read_disks(f: Fields, name: str, value: Any, existing: list[Rec]) -> list[Rec]:
    """Validate a disk list; entries with ``diskId`` refer to ``existing`` disks."""
    if not isinstance(value, list):
        f.error(name, "Expected a list of disks.")
        return []
    by_id = {d["id"]: d for d in existing}
    out: list[Rec] = []
    next_index = max([int(d["id"].split(":")[1]) for d in existing] + [-1]) + 1
    for i, d in enumerate(value):
        if not isinstance(d, dict):
            f.error(f"{name}[{i}]", "Expected an object.")
            continue
        sub = Fields(d)
        size = sub.integer("sizeGB", required=True, lo=DISK_RANGE[0], hi=DISK_RANGE[1])
        disk_id = sub.text("diskId")
        dtype = sub.text("type", choices=("raw", "partitioned")) or "raw"
        path = sub.text("path")
        for k, reasons in sub.errors.items():
            f.errors.setdefault(f"{name}[{i}].{k.removeprefix('body.')}", []).extend(reasons)
        if size is None:
            continue
        if disk_id:
            old = by_id.get(disk_id)
            if old is None:
                f.error(f"{name}[{i}].diskId", f"Unknown disk {disk_id}.")
                continue
            if size < old["sizeGB"]:
                f.error(f"{name}[{i}].sizeGB", "Disks can grow but not shrink.")
                continue
            out.append({**old, "sizeGB": size})
            continue
        if dtype == "partitioned" and not path:
            f.error(f"{name}[{i}].path", "A partitioned disk needs a path.")
            continue
        out.append(
            {
                "id": f"0:{next_index}",
                "sizeGB": size,
                "partitionPaths": [path] if dtype == "partitioned" and path else [],
            }
        )
        next_index += 1
    return out


def new_record(
    state: State,
    *,
    full: str,
    uuid: str,
    group: Rec,
    net: Rec,
    ip: str,
    os_name: str,
    os_type: str,
    disks: list[Rec],
    parts: list[Rec],
    cpu: int,
    memory_gb: int,
) -> Rec:
    """A new server's world record, ``underConstruction`` until its build job ends."""
    now = state.clock.now()
    return {
        "id": full.lower(),
        "uuid": uuid,
        "name": full,
        "description": "",
        "groupId": group["id"],
        "locationId": group["locationId"],
        "os": os_name,
        "osType": os_type,
        "type": "standard",
        "storageType": "standard",
        "isManagedOS": False,
        "isManagedBackup": False,
        "isTemplate": False,
        "status": "underConstruction",
        "cpu": cpu,
        "memoryMB": memory_gb * 1024,
        "powerState": "stopped",
        "inMaintenanceMode": False,
        "disks": disks,
        "partitions": parts,
        "networkId": net["id"],
        "primaryIP": ip,
        "secondaryNetworks": [],
        "publicIPs": {},
        "snapshots": [],
        "customFields": [],
        "alertPolicies": [],
        "cpuAutoscalePolicyId": None,
        "antiAffinityPolicyId": None,
        "password": secrets.token_urlsafe(12),
        "primaryDns": None,
        "secondaryDns": None,
        "ttl": None,
        "createdBy": state.username,
        "createdDate": now,
        "modifiedBy": state.username,
        "modifiedDate": now,
    }


def queue_build(ctx: Ctx, rec: Rec, name: str) -> Reply:
    """Add ``rec`` to the world, queue its build and answer as create_server does."""
    state = ctx.state
    state.add_server(rec)
    jid = submit(
        ctx,
        rec["locationId"],
        [["server.set", rec["id"], {"status": "active", "powerState": "started"}]],
        on_fail=[["server.discard", rec["id"]]],
    )
    state.dirty = True
    uuid = rec["uuid"]
    return Reply(
        202,
        {
            "server": name,
            "isQueued": True,
            "links": [
                render.status_link(state, jid),
                render.link(
                    "self",
                    f"/v2/servers/{state.alias}/{uuid}?uuid=True",
                    id=uuid,
                    verbs=["GET"],
                ),
            ],
        },
    )


@route("POST", "/v2/servers/{accountAlias}")
def create_server(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    f = Fields(ctx.body)
    max_name = MAX_ALIAS_PLUS_NAME - len(state.alias)
    name = f.text("name", required=True, pattern=NAME_PATTERN)
    if name is not None and not 1 <= len(name) <= max_name:
        f.error("name", f"The name must be 1 to {max_name} characters long.")
    description = f.text("description", max_len=255)
    group_id = f.text("groupId", required=True)
    source_id = f.text("sourceServerId", required=True)
    cpu = f.integer("cpu", required=True, lo=CPU_RANGE[0], hi=CPU_RANGE[1])
    memory = f.integer("memoryGB", required=True, lo=MEMORY_RANGE[0], hi=MEMORY_RANGE[1])
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
    group = state.data["groups"].get(group_id.lower())
    if group is None or group["type"] in ("archive", "templates"):
        raise invalid("groupId", f"Unknown group {group_id}.")
    dc = group["locationId"]
    tpl = state.template(dc, source_id)
    source = None if tpl else state.find_server(source_id)
    if tpl is None and (source is None or source["locationId"] != dc):
        raise invalid("sourceServerId", f"Unknown template or server {source_id} in {dc}.")
    if source is not None and source["status"] != "active":
        raise invalid("sourceServerId", f"Server {source_id} cannot be cloned now.")
    network_id = network_id or group["defaults"].get("networkId")
    if network_id:
        net = state.data["networks"].get(network_id.lower())
        if net is None or net["locationId"] != dc or not net["claimed"]:
            raise invalid("networkId", f"Unknown network {network_id} in {dc}.")
    else:
        nets = [
            n for n in state.data["networks"].values() if n["locationId"] == dc and n["claimed"]
        ]
        if not nets:
            raise invalid("networkId", f"No network available in {dc}.")
        net = nets[0]
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
        disks, parts = _disks_for(tpl["storageSizeGB"], tpl["osType"].startswith("windows"))
    if extra is not None:
        df = Fields({})
        disks += _read_disks(df, "additionalDisks", extra, disks)
        df.check()
    full = _next_name(state, dc, name)
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
    return Reply(200, render.server(ctx.state, _server(ctx)))


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}")
def delete_server(ctx: Ctx) -> Reply:
    rec = _server(ctx)
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
    rec = _server(ctx)
    now_changes: Rec = {}
    later: Rec = {}
    move_to: str | None = None
    f = Fields({})
    for member, value in patch_ops(ctx.body):
        key = member.lower()
        probe = Fields({member: value})
        if key == "cpu":
            later["cpu"] = probe.integer(member, required=True, lo=CPU_RANGE[0], hi=CPU_RANGE[1])
        elif key in ("memory", "memorygb"):
            gb = probe.integer(member, required=True, lo=MEMORY_RANGE[0], hi=MEMORY_RANGE[1])
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
            later["disks"] = _read_disks(probe, member, value, rec["disks"])
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
        _active(rec)
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
    rec = _server(ctx)
    user = "Administrator" if rec["os"].startswith("windows") else "root"
    return Reply(200, {"userName": user, "password": rec["password"]})


@route("POST", "/v2/servers/{accountAlias}/{serverId}/restore")
def restore_server(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = _server(ctx)
    f = Fields(ctx.body)
    target = f.text("targetGroupId", required=True)
    f.check()
    assert target is not None
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
    rec = _server(ctx)
    snap = _snapshot(rec, ctx.params["snapshotId"])
    jid = submit(ctx, rec["locationId"], [["server.deleteSnapshot", rec["id"], snap["id"]]])
    return status_reply(ctx, jid, 200)  # the API answered 200 here, not 202


@route("POST", "/v2/servers/{accountAlias}/{serverId}/snapshots/{snapshotId}/restore")
def revert_snapshot(ctx: Ctx) -> Reply:
    rec = _server(ctx)
    snap = _snapshot(rec, ctx.params["snapshotId"])
    _active(rec)
    jid = submit(ctx, rec["locationId"], [["server.revertSnapshot", rec["id"], snap["id"]]])
    return status_reply(ctx, jid, 200)


@route("POST", "/v2/servers/{accountAlias}/{serverId}/convertToTemplate")
def convert_to_template(ctx: Ctx) -> Reply:
    rec = _server(ctx)
    f = Fields(ctx.body)
    visibility = f.text("visibility", required=True, choices=("private", "privateShared"))
    description = f.text("description", max_len=255) or ""
    f.text("password")
    f.check()
    _active(rec)
    jid = submit(
        ctx, rec["locationId"], [["server.toTemplate", rec["id"], visibility, description]]
    )
    return status_reply(ctx, jid)


# -- public IP addresses -------------------------------------------------------------------

_TEST_NETS = ("203.0.113", "198.51.100", "192.0.2")


def _next_public_ip(state: State) -> str:
    n = state.next_seq("publicIp")
    block, host = divmod(n - 1, 250)
    if block < len(_TEST_NETS):
        return f"{_TEST_NETS[block]}.{host + 2}"
    block -= len(_TEST_NETS)
    return f"100.{64 + block // 250}.{block % 250}.{host + 2}"


def _read_public_ip(f: Fields) -> Rec:
    ports: list[Rec] = []
    for i, p in enumerate(f.array("ports", required=True)):
        sub = Fields(p if isinstance(p, dict) else {})
        proto = sub.text("protocol", required=True, choices=_PROTOCOLS)
        port = sub.integer("port", required=proto != "ICMP", lo=1, hi=65535)
        port_to = sub.integer("portTo", lo=1, hi=65535)
        for k, reasons in sub.errors.items():
            f.errors.setdefault(f"body.ports[{i}].{k.removeprefix('body.')}", []).extend(reasons)
        if proto is None:
            continue
        item: Rec = {"protocol": proto}
        if port is not None:
            item["port"] = port
        if port_to is not None:
            if port is not None and port_to < port:
                f.error(f"ports[{i}].portTo", "portTo must not be below port.")
            item["portTo"] = port_to
        ports.append(item)
    restrictions: list[Rec] = []
    for i, r in enumerate(f.array("sourceRestrictions")):
        cidr = r.get("cidr") if isinstance(r, dict) else None
        if not isinstance(cidr, str) or not re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}/\d{1,2}", cidr):
            f.error(f"sourceRestrictions[{i}].cidr", "Expected a CIDR block like 10.0.0.0/24.")
            continue
        restrictions.append({"cidr": cidr})
    return {"ports": ports, "sourceRestrictions": restrictions}


@route("POST", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses")
def add_public_ip(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = _server(ctx)
    f = Fields(ctx.body)
    internal = f.text("internalIPAddress")
    body = _read_public_ip(f)
    f.check()
    _active(rec)
    if internal is None:
        # The API gave each public IP its own new internal address.
        internal = state.allocate_ip(state.network(rec["networkId"]), rec["name"])
    elif internal != rec["primaryIP"] and internal not in [
        n["internal"] for n in rec["secondaryNetworks"]
    ]:
        raise invalid("internalIPAddress", f"{internal} is not an address of this server.")
    body["internalIPAddress"] = internal
    ip = _next_public_ip(state)
    jid = submit(ctx, rec["locationId"], [["server.publicIp", rec["id"], ip, body]])
    return status_reply(ctx, jid)


def _public_ip(ctx: Ctx) -> tuple[Rec, str]:
    rec = _server(ctx)
    ip = ctx.params["publicIP"]
    if ip not in rec["publicIPs"]:
        raise not_found(f"Public IP {ip}")
    return rec, ip


@route("GET", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses/{publicIP}")
def get_public_ip(ctx: Ctx) -> Reply:
    rec, ip = _public_ip(ctx)
    body = rec["publicIPs"][ip]
    return Reply(
        200,
        {
            "internalIPAddress": body["internalIPAddress"],
            "ports": body["ports"],
            "sourceRestrictions": body["sourceRestrictions"],
        },
    )


@route("PUT", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses/{publicIP}")
def update_public_ip(ctx: Ctx) -> Reply:
    rec, ip = _public_ip(ctx)
    f = Fields(ctx.body)
    body = _read_public_ip(f)
    f.check()
    body["internalIPAddress"] = rec["publicIPs"][ip]["internalIPAddress"]
    jid = submit(ctx, rec["locationId"], [["server.publicIp", rec["id"], ip, body]])
    return status_reply(ctx, jid)


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses/{publicIP}")
def remove_public_ip(ctx: Ctx) -> Reply:
    rec, ip = _public_ip(ctx)
    jid = submit(ctx, rec["locationId"], [["server.publicIp", rec["id"], ip, None]])
    return status_reply(ctx, jid)


# -- secondary networks --------------------------------------------------------------------


@route("POST", "/v2/servers/{accountAlias}/{serverId}/networks")
def add_secondary_network(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = _server(ctx)
    f = Fields(ctx.body)
    nid = f.text("networkId", required=True)
    wanted = f.text("ipAddress")
    f.check()
    assert nid is not None
    net = state.data["networks"].get(nid.lower())
    if net is None or net["locationId"] != rec["locationId"]:
        raise invalid("networkId", f"Unknown network {nid}.")
    if net["id"] == rec["networkId"] or any(
        n["networkId"] == net["id"] for n in rec["secondaryNetworks"]
    ):
        raise invalid("networkId", "The server is already on this network.")
    _active(rec)
    jid = submit(
        ctx,
        rec["locationId"],
        [["server.nic", rec["id"], net["id"], True, wanted or None]],
        experimental=True,
    )
    return experimental_reply(ctx, jid)


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/networks/{networkId}")
def remove_secondary_network(ctx: Ctx) -> Reply:
    rec = _server(ctx)
    nid = ctx.params["networkId"].lower()
    if not any(n["networkId"] == nid for n in rec["secondaryNetworks"]):
        raise not_found(f"Secondary network {nid}")
    jid = submit(
        ctx, rec["locationId"], [["server.nic", rec["id"], nid, False, None]], experimental=True
    )
    return experimental_reply(ctx, jid)


# -- policy mappings -----------------------------------------------------------------------


def _policy_link(ctx: Ctx, rec: Rec, kind: str) -> Rec:
    return render.link("self", f"/v2/servers/{ctx.state.alias}/{rec['name']}/{kind}")


@route("GET", "/v2/servers/{accountAlias}/{serverId}/cpuAutoscalePolicy")
def get_server_autoscale(ctx: Ctx) -> Reply:
    rec = _server(ctx)
    if not rec.get("cpuAutoscalePolicyId"):
        raise not_found("Autoscale policy mapping")
    return Reply(
        200,
        {
            "id": rec["cpuAutoscalePolicyId"],
            "links": [_policy_link(ctx, rec, "cpuAutoscalePolicy")],
        },
    )


@route("PUT", "/v2/servers/{accountAlias}/{serverId}/cpuAutoscalePolicy")
def set_server_autoscale(ctx: Ctx) -> Reply:
    rec = _server(ctx)
    f = Fields(ctx.body)
    pid = f.text("id", required=True)
    f.check()
    assert pid is not None
    if pid.lower() not in ctx.state.data["autoscalePolicies"]:
        raise invalid("id", f"Unknown autoscale policy {pid}.")
    rec["cpuAutoscalePolicyId"] = pid.lower()
    ctx.state.dirty = True
    return Reply(200, {"id": pid.lower(), "links": [_policy_link(ctx, rec, "cpuAutoscalePolicy")]})


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/cpuAutoscalePolicy")
def remove_server_autoscale(ctx: Ctx) -> Reply:
    rec = _server(ctx)
    rec["cpuAutoscalePolicyId"] = None
    ctx.state.dirty = True
    return Reply(204)


@route("PUT", "/v2/servers/{accountAlias}/{serverId}/antiAffinityPolicy")
def set_server_anti_affinity(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = _server(ctx)
    f = Fields(ctx.body)
    pid = f.text("id", required=True)
    f.check()
    assert pid is not None
    pol = state.data["antiAffinityPolicies"].get(pid.lower())
    if pol is None or pol["location"] != rec["locationId"]:
        raise invalid("id", f"Unknown anti-affinity policy {pid}.")
    old = state.data["antiAffinityPolicies"].get(rec.get("antiAffinityPolicyId") or "")
    if old and rec["id"] in old["servers"]:
        old["servers"].remove(rec["id"])
    pol["servers"].append(rec["id"])
    rec["antiAffinityPolicyId"] = pol["id"]
    state.dirty = True
    return Reply(200, {"id": pol["id"], "links": [_policy_link(ctx, rec, "antiAffinityPolicy")]})


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/antiAffinityPolicy")
def remove_server_anti_affinity(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = _server(ctx)
    old = state.data["antiAffinityPolicies"].get(rec.get("antiAffinityPolicyId") or "")
    if old and rec["id"] in old["servers"]:
        old["servers"].remove(rec["id"])
    rec["antiAffinityPolicyId"] = None
    state.dirty = True
    return Reply(204)


@route("POST", "/v2/servers/{accountAlias}/{serverId}/alertPolicies")
def add_server_alert_policy(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = _server(ctx)
    f = Fields(ctx.body)
    pid = f.text("id", required=True)
    f.check()
    assert pid is not None
    if pid.lower() not in state.data["alertPolicies"]:
        raise invalid("id", f"Unknown alert policy {pid}.")
    if pid.lower() not in rec["alertPolicies"]:
        rec["alertPolicies"].append(pid.lower())
    state.dirty = True
    return Reply(
        201,
        {
            "id": pid.lower(),
            "links": [
                render.link(
                    "self",
                    f"/v2/servers/{state.alias_lower}/{rec['id']}/alertPolicies/{pid.lower()}",
                )
            ],
        },
    )


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/alertPolicies/{policyId}")
def remove_server_alert_policy(ctx: Ctx) -> Reply:
    rec = _server(ctx)
    pid = ctx.params["policyId"].lower()
    if pid not in rec["alertPolicies"]:
        raise not_found(f"Alert policy mapping {pid}")
    rec["alertPolicies"].remove(pid)
    ctx.state.dirty = True
    return Reply(204)


@route("POST", "/v2/servers/{accountAlias}/{serverId}")
def add_alert_policy_documented_path(ctx: Ctx) -> Reply:
    """The documentation's spelling of "add alert policy" (no ``/alertPolicies``)."""
    reply = add_server_alert_policy(ctx)
    return Reply(200, reply.body)


@route("GET", "/v2/servers/{accountAlias}/{serverId}/capabilities")
def get_server_capabilities(ctx: Ctx) -> Reply:
    rec = _server(ctx)
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

    return Reply(200, server_stats(ctx.state, _server(ctx)))
