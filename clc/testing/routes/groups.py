"""Groups: the per data center tree, defaults, archive, billing and statistics."""

from __future__ import annotations

from typing import Any

from .. import render
from ..clock import zulu
from ..errors import ApiError, invalid
from ..fields import Fields, required_text
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
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", max_len=255)
    parent_id = f.text("parentGroupId", required=True)
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
    cpu = f.integer("cpu", lo=1, hi=16)
    memory = f.integer("memoryGB", lo=1, hi=128)
    for key, value in (("cpu", cpu), ("memoryGB", memory)):
        if value is not None:
            new[key] = value
    for key in ("networkId", "primaryDns", "secondaryDns", "templateName"):
        text = f.text(key)
        if text is not None:
            new[key] = text
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


def _ha_view(ctx: Ctx, g: Rec) -> Rec:
    a = ctx.state.alias_lower
    count = ctx.state.server_counts(g["id"])[g["id"]]
    return {
        "groupId": g["id"],
        "policyId": g["horizontalAutoscalePolicy"],
        "locationId": g["locationId"],
        "availableServers": count,
        "targetSize": count,
        "scaleDirection": "None",
        "scaleResourceReason": "None",
        "timestamp": zulu(ctx.state.clock.now()),
        "links": [
            render.link(
                "self",
                f"/v2/groups/{a}/{g['id']}/horizontalAutoscalePolicy",
                verbs=["GET", "PUT", "DELETE"],
            )
        ],
    }


@route("GET", "/v2/groups/{accountAlias}/{groupId}/horizontalAutoscalePolicy")
def get_group_horizontal_autoscale(ctx: Ctx) -> Reply:
    g = _group(ctx)
    if not g.get("horizontalAutoscalePolicy"):
        raise ApiError(404, "No horizontal autoscale policy is applied to this group.")
    return Reply(200, _ha_view(ctx, g))


@route("PUT", "/v2/groups/{accountAlias}/{groupId}/horizontalAutoscalePolicy")
def set_group_horizontal_autoscale(ctx: Ctx) -> Reply:
    g = _group(ctx)
    policy = required_text(ctx.body, "policyId", max_len=64)
    if policy.lower() not in ctx.state.data.get("horizontalAutoscalePolicies", {}):
        raise invalid("policyId", f"Unknown horizontal autoscale policy {policy}.")
    g["horizontalAutoscalePolicy"] = policy.lower()
    ctx.state.dirty = True
    return Reply(200, _ha_view(ctx, g))


@route("DELETE", "/v2/groups/{accountAlias}/{groupId}/horizontalAutoscalePolicy")
def remove_group_horizontal_autoscale(ctx: Ctx) -> Reply:
    g = _group(ctx)
    g.pop("horizontalAutoscalePolicy", None)
    ctx.state.dirty = True
    return Reply(204)


@route("POST", "/v2/groups/{accountAlias}/{groupId}/restore")
def restore_group(ctx: Ctx) -> Reply:
    """Restore the archived servers that came from this group into ``targetGroupId``."""
    state = ctx.state
    g = _group(ctx)
    target = required_text(ctx.body, "targetGroupId")
    tg = state.data["groups"].get(target.lower())
    if tg is None or tg["locationId"] != g["locationId"] or tg["type"] != "default":
        raise invalid("targetGroupId", f"Unknown group {target}.")
    sids = [
        s["id"]
        for s in state.data["servers"].values()
        if s["status"] == "archived"
        and s.get("archivedFrom") in {x["id"] for x in state.subtree(g["id"])}
    ]
    for sid in sids:
        state.data["servers"][sid]["status"] = "queuedForRestore"
    jid = submit(
        ctx,
        g["locationId"],
        [["server.restore", sid, tg["id"]] for sid in sids],
        on_fail=[["server.set", sid, {"status": "archived"}] for sid in sids],
    )
    a = state.alias_lower
    return Reply(
        202,
        {
            "isQueued": True,
            "links": [
                render.link("self", f"/v2/groups/{a}/{tg['id']}"),
                render.status_link(state, jid),
            ],
        },
    )


@route("GET", "/v2/groups/{accountAlias}/{groupId}/scheduledActivities")
def get_group_scheduled_activities(ctx: Ctx) -> Reply:
    g = _group(ctx)
    return Reply(200, [dict(a) for a in g.get("scheduledActivities", [])])


@route("POST", "/v2/groups/{accountAlias}/{groupId}/scheduledActivities")
def set_group_scheduled_activities(ctx: Ctx) -> Reply:
    state = ctx.state
    g = _group(ctx)
    f = Fields(ctx.body)
    activity: Rec = {"id": state.new_id(), "locationId": g["locationId"]}
    for key in ("status", "type", "beginDateUTC", "repeat", "expire", "timeZoneOffset"):
        activity[key] = f.text(key, required=True, max_len=64)
    for key in ("expireDateUTC",):
        value = f.text(key, max_len=64)
        activity[key] = value
    days = f.array("customWeeklyDays")
    count = f.integer("expireCount", lo=0, hi=100000)
    f.check()
    activity.update(
        customWeeklyDays=[str(d) for d in days],
        expireCount=count or 0,
        isExpired=False,
        occurrenceCount=0,
        lastOccurrenceDateUTC=None,
        nextOccurrenceDateUTC=activity["beginDateUTC"],
    )
    g.setdefault("scheduledActivities", []).append(activity)
    state.dirty = True
    return Reply(200, activity)
