"""Alert, anti-affinity, vertical and horizontal autoscale policies."""

from __future__ import annotations

import copy
from collections.abc import Callable

from ..state import State
from .common import Rec, link


def listing(state: State, kind: str, items: list[Rec], view: Callable[[State, Rec], Rec]) -> Rec:
    """The account's policies of one kind, with the link to create another."""
    return {
        "items": [view(state, p) for p in items],
        "links": [link("self", f"/v2/{kind}/{state.alias_lower}", verbs=["GET", "POST"])],
    }


def alert(state: State, p: Rec) -> Rec:
    return {
        "id": p["id"],
        "name": p["name"],
        "actions": copy.deepcopy(p["actions"]),
        "links": [
            link(
                "self",
                f"/v2/alertPolicies/{state.alias_lower}/{p['id']}",
                verbs=["GET", "DELETE", "PUT"],
            )
        ],
        "triggers": copy.deepcopy(p["triggers"]),
    }


def anti_affinity(state: State, p: Rec) -> Rec:
    a = state.alias_lower
    dc = state.data["datacenters"][p["location"]]
    links = [
        link("self", f"/v2/antiAffinityPolicies/{a}/{p['id']}", verbs=["GET", "DELETE", "PUT"]),
        {
            "rel": "location",
            "href": f"/v2/datacenters/{a}/{p['location']}",
            "id": p["location"].lower(),
            "name": dc["name"],
        },
    ]
    servers = state.data["servers"]
    links += [
        link("server", f"/v2/servers/{a}/{sid}", id=servers[sid]["name"])
        for sid in p["servers"]
        if sid in servers
    ]
    return {"id": p["id"], "name": p["name"], "location": p["location"], "links": links}


def autoscale(state: State, p: Rec) -> Rec:
    out = copy.deepcopy(p)
    out["links"] = [link("self", f"/v2/autoscalePolicies/{state.alias_lower}/{p['id']}")]
    return out


def horizontal(state: State, p: Rec) -> Rec:
    out = copy.deepcopy(p)
    out["links"] = [
        link(
            "self",
            f"/v2/horizontalAutoscalePolicies/{state.alias_lower}/{p['id']}",
            verbs=["GET", "PUT", "DELETE"],
        )
    ]
    return out
