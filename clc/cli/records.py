"""The records the hand-written commands print: plain dicts of the object model's fields.

Their keys are part of the JSON output's contract (snake_case, always present, ``null``
when unknown); ``*_COLUMNS`` name the ones a table or text line shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clc.v2 import Datacenter, Group, Request, Requests, Server, Template

SERVER_COLUMNS = ("name", "location", "group", "power_state", "cpu", "memory_gb", "ip_address")
GROUP_COLUMNS = ("name", "id", "location", "servers", "parent")
REQUEST_COLUMNS = ("status_id", "server", "status", "reason")
DATACENTER_COLUMNS = ("id", "name")
TEMPLATE_COLUMNS = ("name", "os_type", "description", "storage_gb")


def server(item: Server, group: str | None = None) -> dict[str, Any]:
    addresses = item.ip_addresses
    internal = [a.get("internal") for a in addresses if a.get("internal")]
    public = [a.get("public") for a in addresses if a.get("public")]
    return {
        "name": item.name,
        "description": item.description,
        "location": item.location_id,
        "group_id": item.group_id,
        "group": group,
        "status": item.status,
        "power_state": item.power_state,
        "in_maintenance_mode": item.in_maintenance_mode,
        "cpu": item.cpu,
        "memory_gb": item.memory,
        "storage_gb": item.storage,
        "os_type": item.os_type,
        "type": item.type,
        "storage_type": item.storage_type,
        "ip_address": internal[0] if internal else None,
        "public_ips": public,
    }


def group(item: Group, parent: str | None = None) -> dict[str, Any]:
    return {
        "name": item.name,
        "id": item.id,
        "description": item.description,
        "location": item.location_id,
        "type": item.type,
        "status": item.status,
        "servers": item.server_count,
        "parent": parent,
    }


def request(item: Request) -> dict[str, Any]:
    server = item.data.get("context_val") if item.data.get("context_key") else None
    return {
        "status_id": item.id,
        "server": server,
        "status": item.status,
        "reason": item.reason,
    }


def requests(batch: Requests) -> list[dict[str, Any]]:
    return [request(r) for r in batch]


def datacenter(item: Datacenter) -> dict[str, Any]:
    return {"id": item.location, "name": item.name}


def template(item: Template) -> dict[str, Any]:
    return {
        "name": item.name,
        "os_type": item.os_type,
        "description": item.description,
        "storage_gb": item.storage_size_gb,
    }
