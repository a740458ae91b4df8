"""What the server route modules and VM import share: the server a request names, the
limits of a server's fields, naming, disks, a new server's record and its build job."""

from __future__ import annotations

import secrets
from typing import Any

from .. import render
from ..errors import ApiError, invalid
from ..fields import Fields
from ..routing import Ctx, Reply
from ..state import State
from ._common import submit, truthy

Rec = dict[str, Any]

NAME_PATTERN = r"[A-Za-z0-9-]+"
MAX_ALIAS_PLUS_NAME = 10  # the API capped account alias + server name at ten characters
CPU_RANGE = (1, 16)
MEMORY_RANGE = (1, 128)
DISK_RANGE = (1, 1024)


def lookup_server(ctx: Ctx) -> Rec:
    ctx.state.check_alias(ctx.params["accountAlias"])
    key = ctx.params["serverId"]
    if truthy(ctx.query.get("uuid")):
        return ctx.state.server_by_uuid(key)
    return ctx.state.server(key)


def require_active(rec: Rec) -> None:
    if rec["status"] != "active":
        raise ApiError(
            400, f"Server {rec['name']} is {rec['status']} and cannot take this operation now."
        )


def next_name(state: State, dc: str, name: str) -> str:
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


def disks_for(storage: int, windows: bool) -> tuple[list[Rec], list[Rec]]:
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


def read_disks(f: Fields, name: str, value: Any, existing: list[Rec]) -> list[Rec]:
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
        f.adopt(sub, f"{name}[{i}]")
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


def read_cpu(f: Fields, name: str = "cpu") -> int | None:
    return f.integer(name, required=True, lo=CPU_RANGE[0], hi=CPU_RANGE[1])


def read_memory_gb(f: Fields, name: str = "memoryGB") -> int | None:
    return f.integer(name, required=True, lo=MEMORY_RANGE[0], hi=MEMORY_RANGE[1])


def read_name(f: Fields, state: State) -> str | None:
    """The new server's short name; alias + name must fit the API's ten characters."""
    max_name = MAX_ALIAS_PLUS_NAME - len(state.alias)
    name = f.text("name", required=True, pattern=NAME_PATTERN)
    if name is not None and not 1 <= len(name) <= max_name:
        f.error("name", f"The name must be 1 to {max_name} characters long.")
    return name


def target_group(state: State, group_id: str) -> Rec:
    """The group a new server goes into (never the archive or templates group)."""
    group = state.data["groups"].get(group_id.lower())
    if group is None or group["type"] in ("archive", "templates"):
        raise invalid("groupId", f"Unknown group {group_id}.")
    return group  # type: ignore[no-any-return]


def pick_network(state: State, group: Rec, network_id: str | None) -> Rec:
    """The named network (default: the group's), else the data center's first claimed one."""
    dc = group["locationId"]
    network_id = network_id or group["defaults"].get("networkId")
    if network_id:
        net = state.data["networks"].get(network_id.lower())
        if net is None or net["locationId"] != dc or not net["claimed"]:
            raise invalid("networkId", f"Unknown network {network_id} in {dc}.")
        return net  # type: ignore[no-any-return]
    nets = [n for n in state.data["networks"].values() if n["locationId"] == dc and n["claimed"]]
    if not nets:
        raise invalid("networkId", f"No network available in {dc}.")
    return nets[0]  # type: ignore[no-any-return]
