"""Shared load balancers, pools and nodes."""

from __future__ import annotations

from ..state import State
from .common import Rec, link


def _href(state: State, lb: Rec) -> str:
    return f"/v2/sharedLoadBalancers/{state.alias_lower}/{lb['location'].lower()}/{lb['id']}"


def node(n: Rec) -> Rec:
    return {"status": n["status"], "ipAddress": n["ipAddress"], "privatePort": n["privatePort"]}


def pool(state: State, lb: Rec, p: Rec) -> Rec:
    href = f"{_href(state, lb)}/pools/{p['id']}"
    return {
        "id": p["id"],
        "port": p["port"],
        "method": p["method"],
        "persistence": p["persistence"],
        "nodes": [node(n) for n in p["nodes"]],
        "links": [
            link("self", href, verbs=["GET", "PUT", "DELETE"]),
            link("nodes", f"{href}/nodes", verbs=["GET", "PUT"]),
        ],
    }


def load_balancer(state: State, lb: Rec) -> Rec:
    href = _href(state, lb)
    return {
        "id": lb["id"],
        "name": lb["name"],
        "description": lb["description"],
        "ipAddress": lb["ipAddress"],
        "status": lb["status"],
        "pools": [pool(state, lb, p) for p in lb["pools"].values()],
        "links": [
            link("self", href, verbs=["GET", "PUT", "DELETE"]),
            link("pools", f"{href}/pools", verbs=["GET", "POST"]),
        ],
    }
