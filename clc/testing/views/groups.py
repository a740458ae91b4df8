"""Groups (with their subtree), defaults, horizontal autoscale mappings, activities."""

from __future__ import annotations

from ..clock import zulu
from ..state import State
from .common import Rec, change_info, custom_fields, link


def activity_links(href: str) -> list[Rec]:
    """An ordinary group's links to its statistics, activities and autoscale mapping."""
    return [
        link("statistics", f"{href}/statistics"),
        link("upcomingScheduledActivities", f"{href}/upcomingScheduledActivities"),
        link(
            "horizontalAutoscalePolicyMapping",
            f"{href}/horizontalAutoscalePolicy",
            verbs=["GET", "PUT", "DELETE"],
        ),
        link("scheduledActivities", f"{href}/scheduledActivities", verbs=["GET", "POST"]),
    ]


def group(
    state: State,
    g: Rec,
    *,
    detailed: bool = False,
    counts: dict[str, int] | None = None,
    with_count: bool = True,
) -> Rec:
    """A group with its whole subtree, as ``GET /v2/groups/{alias}/{id}`` returns it.

    ``with_count=False`` leaves out ``serversCount``, as the create answer did.
    """
    from .servers import server

    if counts is None:
        counts = state.server_counts(g["id"])
    groups = state.data["groups"]
    a = state.alias_lower
    href = f"/v2/groups/{a}/{g['id']}"
    special = g["type"] in ("archive", "templates")
    links: list[Rec] = []
    if not special:
        links += [
            link("createGroup", f"/v2/groups/{a}", verbs=["POST"]),
            link("createServer", f"/v2/servers/{a}", verbs=["POST"]),
        ]
    is_root = g["parentId"] is None
    links.append(
        link(
            "self",
            href,
            verbs=["GET", "PATCH"] if special or is_root else ["GET", "PATCH", "DELETE"],
        )
    )
    if not is_root:
        links.append(link("parentGroup", f"/v2/groups/{a}/{g['parentId']}", id=g["parentId"]))
    links += [
        link("defaults", f"{href}/defaults", verbs=["GET", "POST"]),
        link("billing", f"{href}/billing"),
    ]
    if not special:
        if not is_root:
            links.append(link("archiveGroupAction", f"{href}/archive"))
        links += activity_links(href)
    servers = [state.data["servers"][sid] for sid in g["servers"]]
    if not detailed:
        links += [link("server", f"/v2/servers/{a}/{s['id']}", id=s["name"]) for s in servers]
    out: Rec = {
        "id": g["id"],
        "name": g["name"],
        "description": g["description"],
        "locationId": g["locationId"],
        "type": g["type"],
        "status": g["status"],
    }
    if with_count:
        out["serversCount"] = counts.get(g["id"], 0)
    out.update(
        groups=[group(state, groups[c], detailed=detailed, counts=counts) for c in g["children"]],
        links=links,
        changeInfo=change_info(g),
        customFields=custom_fields(state, g["customFields"]),
    )
    if detailed:
        out["servers"] = [server(state, s) for s in servers]
    return out


def defaults(values: Rec) -> Rec:
    return {k: dict(v) for k, v in values.items()}


def horizontal_autoscale(state: State, g: Rec) -> Rec:
    a = state.alias_lower
    count = state.server_counts(g["id"])[g["id"]]
    return {
        "groupId": g["id"],
        "policyId": g["horizontalAutoscalePolicy"],
        "locationId": g["locationId"],
        "availableServers": count,
        "targetSize": count,
        "scaleDirection": "None",
        "scaleResourceReason": "None",
        "timestamp": zulu(state.clock.now()),
        "links": [
            link(
                "self",
                f"/v2/groups/{a}/{g['id']}/horizontalAutoscalePolicy",
                verbs=["GET", "PUT", "DELETE"],
            )
        ],
    }


def activities(items: list[Rec]) -> list[Rec]:
    return [dict(a) for a in items]
