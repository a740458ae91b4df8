"""Shared load balancers, their pools and the nodes behind each pool.

Shapes follow the recorded API: create answers 200 with the whole load balancer
(a public ``ipAddress`` of its own, ``status`` "enabled", empty ``pools``); updates
and deletes answer 204; a pool's nodes are replaced as a whole by PUT. A shared
load balancer listened on port 80 or 443 only, one pool per port.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from .. import render
from ..errors import ApiError, invalid, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State

Rec = dict[str, Any]

_STATUS = ("enabled", "disabled")
_NODE_STATUS = ("enabled", "disabled", "deleted")
_METHODS = ("roundRobin", "leastConnection")
_PERSISTENCE = ("standard", "sticky")
_PORTS = (80, 443)
_BASE = "/v2/sharedLoadBalancers/{accountAlias}/{dataCenter}"


def _scope(ctx: Ctx) -> tuple[State, str]:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    return state, str(state.datacenter(ctx.params["dataCenter"])["id"])


def _all(state: State) -> dict[str, Rec]:
    return state.data.setdefault("loadBalancers", {})  # type: ignore[no-any-return]


def _href(state: State, lb: Rec) -> str:
    return f"/v2/sharedLoadBalancers/{state.alias_lower}/{lb['location'].lower()}/{lb['id']}"


def _node_view(n: Rec) -> Rec:
    return {"status": n["status"], "ipAddress": n["ipAddress"], "privatePort": n["privatePort"]}


def _pool_view(state: State, lb: Rec, p: Rec) -> Rec:
    href = f"{_href(state, lb)}/pools/{p['id']}"
    return {
        "id": p["id"],
        "port": p["port"],
        "method": p["method"],
        "persistence": p["persistence"],
        "nodes": [_node_view(n) for n in p["nodes"]],
        "links": [
            render.link("self", href, verbs=["GET", "PUT", "DELETE"]),
            render.link("nodes", f"{href}/nodes", verbs=["GET", "PUT"]),
        ],
    }


def _view(state: State, lb: Rec) -> Rec:
    href = _href(state, lb)
    return {
        "id": lb["id"],
        "name": lb["name"],
        "description": lb["description"],
        "ipAddress": lb["ipAddress"],
        "status": lb["status"],
        "pools": [_pool_view(state, lb, p) for p in lb["pools"].values()],
        "links": [
            render.link("self", href, verbs=["GET", "PUT", "DELETE"]),
            render.link("pools", f"{href}/pools", verbs=["GET", "POST"]),
        ],
    }


def _lb(ctx: Ctx) -> Rec:
    state, dc = _scope(ctx)
    lb = _all(state).get(ctx.params["loadBalancerId"].lower())
    if lb is None or lb["location"] != dc:
        raise not_found(f"Load balancer {ctx.params['loadBalancerId']}")
    return lb


def _pool(ctx: Ctx) -> tuple[Rec, Rec]:
    lb = _lb(ctx)
    p = lb["pools"].get(ctx.params["poolId"].lower())
    if p is None:
        raise not_found(f"Pool {ctx.params['poolId']}")
    return lb, p


def _public_ip(state: State, dc: str) -> str:
    """A public address from the data center's own block (66.155.<dc>.<n>)."""
    n = state.next_seq("lbip")
    block = 90 + list(state.data["datacenters"]).index(dc)
    return f"66.155.{block}.{10 + n % 240}"


# -- load balancers -------------------------------------------------------------------------


@route("GET", _BASE)
def list_load_balancers(ctx: Ctx) -> Reply:
    state, dc = _scope(ctx)
    return Reply(200, [_view(state, lb) for lb in _all(state).values() if lb["location"] == dc])


@route("POST", _BASE)
def create_load_balancer(ctx: Ctx) -> Reply:
    state, dc = _scope(ctx)
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", required=True, max_len=255)
    status = f.text("status", choices=_STATUS) or "enabled"
    f.check()
    lid = state.new_id()
    lb: Rec = {
        "id": lid,
        "location": dc,
        "name": name,
        "description": description,
        "ipAddress": _public_ip(state, dc),
        "status": status,
        "pools": {},
    }
    _all(state)[lid] = lb
    state.dirty = True
    return Reply(200, _view(state, lb))


@route("GET", f"{_BASE}/{{loadBalancerId}}")
def get_load_balancer(ctx: Ctx) -> Reply:
    return Reply(200, _view(ctx.state, _lb(ctx)))


@route("PUT", f"{_BASE}/{{loadBalancerId}}")
def update_load_balancer(ctx: Ctx) -> Reply:
    lb = _lb(ctx)
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", max_len=255)
    status = f.text("status", choices=_STATUS)
    f.check()
    lb["name"] = name
    if description is not None:
        lb["description"] = description
    if status is not None:
        lb["status"] = status
    ctx.state.dirty = True
    return Reply(204)


@route("DELETE", f"{_BASE}/{{loadBalancerId}}")
def delete_load_balancer(ctx: Ctx) -> Reply:
    lb = _lb(ctx)
    del _all(ctx.state)[lb["id"]]
    ctx.state.dirty = True
    return Reply(204)


# -- pools ----------------------------------------------------------------------------------


def _read_pool(f: Fields, *, creating: bool) -> Rec:
    out: Rec = {}
    if creating:
        out["port"] = f.integer("port", required=True)
        if out["port"] is not None and out["port"] not in _PORTS:
            f.error("port", "A shared load balancer listens on port 80 or 443.")
    out["method"] = f.text("method", choices=_METHODS)
    out["persistence"] = f.text("persistence", choices=_PERSISTENCE)
    return out


@route("GET", f"{_BASE}/{{loadBalancerId}}/pools")
def list_load_balancer_pools(ctx: Ctx) -> Reply:
    lb = _lb(ctx)
    return Reply(200, [_pool_view(ctx.state, lb, p) for p in lb["pools"].values()])


@route("POST", f"{_BASE}/{{loadBalancerId}}/pools")
def create_load_balancer_pool(ctx: Ctx) -> Reply:
    state = ctx.state
    lb = _lb(ctx)
    f = Fields(ctx.body)
    fields = _read_pool(f, creating=True)
    f.check()
    if any(p["port"] == fields["port"] for p in lb["pools"].values()):
        raise invalid("port", f"The load balancer already has a pool on port {fields['port']}.")
    pid = state.new_id()
    pool: Rec = {
        "id": pid,
        "port": fields["port"],
        "method": fields["method"] or "roundRobin",
        "persistence": fields["persistence"] or "standard",
        "nodes": [],
    }
    lb["pools"][pid] = pool
    state.dirty = True
    return Reply(200, _pool_view(state, lb, pool))


@route("GET", f"{_BASE}/{{loadBalancerId}}/pools/{{poolId}}")
def get_load_balancer_pool(ctx: Ctx) -> Reply:
    lb, pool = _pool(ctx)
    return Reply(200, _pool_view(ctx.state, lb, pool))


@route("PUT", f"{_BASE}/{{loadBalancerId}}/pools/{{poolId}}")
def update_load_balancer_pool(ctx: Ctx) -> Reply:
    _, pool = _pool(ctx)
    f = Fields(ctx.body)
    fields = _read_pool(f, creating=False)
    f.check()
    pool.update({k: v for k, v in fields.items() if v is not None})
    ctx.state.dirty = True
    return Reply(204)


@route("DELETE", f"{_BASE}/{{loadBalancerId}}/pools/{{poolId}}")
def delete_load_balancer_pool(ctx: Ctx) -> Reply:
    lb, pool = _pool(ctx)
    del lb["pools"][pool["id"]]
    ctx.state.dirty = True
    return Reply(204)


# -- nodes ----------------------------------------------------------------------------------


@route("GET", f"{_BASE}/{{loadBalancerId}}/pools/{{poolId}}/nodes")
def get_load_balancer_nodes(ctx: Ctx) -> Reply:
    _, pool = _pool(ctx)
    return Reply(200, [_node_view(n) for n in pool["nodes"]])


@route("PUT", f"{_BASE}/{{loadBalancerId}}/pools/{{poolId}}/nodes")
def update_load_balancer_nodes(ctx: Ctx) -> Reply:
    """Replace the pool's nodes; a node sent with status "deleted" is dropped."""
    _, pool = _pool(ctx)
    body = ctx.body
    if isinstance(body, dict):
        body = [body]
    if not isinstance(body, list):
        raise ApiError(400, "The request is invalid.", {"body": ["Expected a list of nodes."]})
    f = Fields({})
    nodes: list[Rec] = []
    for i, item in enumerate(body):
        sub = Fields(item if isinstance(item, dict) else {})
        address = sub.text("ipAddress", required=True)
        port = sub.integer("privatePort", required=True, lo=1, hi=65535)
        status = sub.text("status", choices=_NODE_STATUS) or "enabled"
        if address is not None:
            try:
                address = str(ipaddress.IPv4Address(address.strip()))
            except ValueError:
                sub.error("ipAddress", f"{address!r} is not an IPv4 address.")
        f.adopt(sub, f"body[{i}]")
        if not sub.errors and status != "deleted":
            nodes.append({"status": status, "ipAddress": address, "privatePort": port})
    f.check()
    pool["nodes"] = nodes
    ctx.state.dirty = True
    return Reply(204)
