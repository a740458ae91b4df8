"""Groups: the per data center tree, defaults, archive, billing and statistics."""

from __future__ import annotations

from typing import Any

from .. import render
from ..errors import ApiError, invalid
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State
from ._common import custom_field_values, patch_ops, status_reply, submit

Rec = dict[str, Any]

_SPECIAL = ("archive", "templates")
_DEFAULT_KEYS = ("cpu", "memoryGB", "networkId", "primaryDns", "secondaryDns", "templateName")


def _group(ctx: Ctx) -> Rec:
    ctx.state.check_alias(ctx.params["accountAlias"])
    return ctx.state.group(ctx.params["groupId"])


@route("GET", "/v2/groups/{accountAlias}/{groupId}")
def get_group(ctx: Ctx) -> Reply:
    g = _group(ctx)
    detailed = (ctx.query.get("serverdetail") or "").lower() == "detailed"
    return Reply(200, render.group(ctx.state, g, detailed=detailed))


@route("POST", "/v2/groups/{accountAlias}")
def create_group(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    f = Fields(ctx.body)
    name = f.str("name", required=True, max_len=255)
    description = f.str("description", max_len=255)
    parent_id = f.str("parentGroupId", required=True)
    f.check()
    assert name is not None and parent_id is not None
    parent = state.data["groups"].get(parent_id.lower())
    if parent is None or parent["type"] in _SPECIAL:
        raise invalid("parentGroupId", f"Group {parent_id} cannot hold other groups.")
    values = custom_field_values(ctx, f.get("customFields"))
    gid = state.new_id()
    now = state.clock.now()
    g: Rec = {
        "id": gid,
        "name": name,
        "description": description if description is not None else "",
        "locationId": parent["locationId"],
        "type": "default",
        "status": "active",
        "parentId": parent["id"],
        "children": [],
        "servers": [],
        "customFields": values,
        "defaults": {},
        "createdBy": state.username,
        "createdDate": now,
        "modifiedBy": state.username,
        "modifiedDate": now,
    }
    state.data["groups"][gid] = g
    parent["children"].append(gid)
    state.dirty = True
    return Reply(201, render.group(state, g))


@route("DELETE", "/v2/groups/{accountAlias}/{groupId}")
def delete_group(ctx: Ctx) -> Reply:
    g = _group(ctx)
    if g["parentId"] is None:
        raise ApiError(400, "The root group of a data center cannot be deleted.")
    if g["type"] in _SPECIAL:
        raise ApiError(400, f"The {g['name']} group cannot be deleted.")
    jid = submit(ctx, g["locationId"], [["group.delete", g["id"]]])
    return status_reply(ctx, jid)


@route("PATCH", "/v2/groups/{accountAlias}/{groupId}")
def patch_group(ctx: Ctx) -> Reply:
    state = ctx.state
    g = _group(ctx)
    changes: Rec = {}
    for member, value in patch_ops(ctx.body):
        key = member.lower()
        if key in ("name", "description"):
            if not isinstance(value, str) or (key == "name" and not value.strip()):
                raise invalid(member, f"The {member} must be a non-empty string.")
            changes[key] = value
        elif key == "parentgroupid":
            new_parent = state.data["groups"].get(str(value).lower())
            if new_parent is None or new_parent["type"] in _SPECIAL:
                raise invalid("parentGroupId", f"Group {value} cannot hold other groups.")
            if any(x["id"] == new_parent["id"] for x in state.subtree(g["id"])):
                raise invalid("parentGroupId", "A group cannot move under itself.")
            if new_parent["locationId"] != g["locationId"] or g["parentId"] is None:
                raise invalid("parentGroupId", "Groups cannot move between data centers.")
            changes["parentId"] = new_parent["id"]
        elif key == "customfields":
            changes["customFields"] = custom_field_values(ctx, value)
        else:
            raise invalid(member, f"The member {member} cannot be changed.")
    if "parentId" in changes and changes["parentId"] != g["parentId"]:
        state.data["groups"][g["parentId"]]["children"].remove(g["id"])
        state.data["groups"][changes["parentId"]]["children"].append(g["id"])
    g.update(changes)
    state.touch(g)
    state.dirty = True
    return Reply(204)


def _defaults(state: State, g: Rec) -> Rec:
    """Each default with whether it came from an ancestor, as the API reported it."""
    out: Rec = {}
    for key in _DEFAULT_KEYS:
        node: Rec | None = g
        inherited = False
        while node is not None:
            if key in node["defaults"]:
                out[key] = {"value": node["defaults"][key], "inherited": inherited}
                break
            node = state.data["groups"].get(node["parentId"] or "")
            inherited = True
    return out


@route("GET", "/v2/groups/{accountAlias}/{groupId}/defaults")
def get_group_defaults(ctx: Ctx) -> Reply:
    return Reply(200, _defaults(ctx.state, _group(ctx)))


@route("POST", "/v2/groups/{accountAlias}/{groupId}/defaults")
def set_group_defaults(ctx: Ctx) -> Reply:
    state = ctx.state
    g = _group(ctx)
    f = Fields(ctx.body)
    new: Rec = {}
    cpu = f.int("cpu", lo=1, hi=16)
    memory = f.int("memoryGB", lo=1, hi=128)
    for key, value in (("cpu", cpu), ("memoryGB", memory)):
        if value is not None:
            new[key] = value
    for key in ("networkId", "primaryDns", "secondaryDns", "templateName"):
        value = f.str(key)
        if value is not None:
            new[key] = value
    f.check()
    if "networkId" in new:
        net = state.data["networks"].get(new["networkId"].lower())
        if net is None or net["locationId"] != g["locationId"]:
            raise invalid("networkId", f"Unknown network {new['networkId']}.")
    if "templateName" in new and state.template(g["locationId"], new["templateName"]) is None:
        raise invalid("templateName", f"Unknown template {new['templateName']}.")
    g["defaults"].update(new)
    state.dirty = True
    return Reply(200, _defaults(state, g))


@route("POST", "/v2/groups/{accountAlias}/{groupId}/archive")
def archive_group(ctx: Ctx) -> Reply:
    state = ctx.state
    g = _group(ctx)
    if g["parentId"] is None or g["type"] in _SPECIAL:
        raise ApiError(400, f"The {g['name']} group cannot be archived.")
    sids = [
        sid
        for sub in state.subtree(g["id"])
        for sid in sub["servers"]
        if state.data["servers"][sid]["status"] == "active"
    ]
    jid = submit(ctx, g["locationId"], [["server.archive", sid] for sid in sids])
    return status_reply(ctx, jid)


@route("GET", "/v2/groups/{accountAlias}/{groupId}/billing")
def get_group_billing(ctx: Ctx) -> Reply:
    from .billing import hourly_cost

    state = ctx.state
    g = _group(ctx)
    groups: Rec = {}
    for sub in state.subtree(g["id"]):
        servers: Rec = {}
        for sid in sub["servers"]:
            hour = hourly_cost(state.data["servers"][sid])
            servers[sid] = {
                "templateCost": 0.0,
                "archiveCost": 0.0,
                "monthlyEstimate": round(hour * 730, 2),
                "monthToDate": round(hour * 24 * 10, 2),
                "currentHour": round(hour, 5),
            }
        groups[sub["id"]] = {"name": sub["name"], "servers": servers}
    from ..clock import zulu

    return Reply(200, {"date": zulu(state.clock.now()), "groups": groups})


@route("GET", "/v2/groups/{accountAlias}/{groupId}/statistics")
def get_group_statistics(ctx: Ctx) -> Reply:
    from .billing import server_stats

    state = ctx.state
    g = _group(ctx)
    out = []
    for sub in state.subtree(g["id"]):
        for sid in sub["servers"]:
            out.append(server_stats(state, state.data["servers"][sid]))
    return Reply(200, out)


@route("GET", "/v2/groups/{accountAlias}/{groupId}/horizontalAutoscalePolicy")
def get_group_horizontal_autoscale(ctx: Ctx) -> Reply:
    g = _group(ctx)
    policy = g.get("horizontalAutoscalePolicy")
    if not policy:
        raise ApiError(404, "No horizontal autoscale policy is applied to this group.")
    return Reply(200, {"groupId": g["id"], "policyId": policy})


@route("GET", "/v2/groups/{accountAlias}/{groupId}/scheduledActivities")
def get_group_scheduled_activities(ctx: Ctx) -> Reply:
    _group(ctx)
    return Reply(200, [])
