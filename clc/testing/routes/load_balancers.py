"""Shared load balancers, their pools and the nodes behind each pool.

Shapes follow the recorded API: create answers 200 with the whole load balancer
(a public ``ipAddress`` of its own, ``status`` "enabled", empty ``pools``); updates
and deletes answer 204; a pool's nodes are replaced as a whole by PUT.
"""

from __future__ import annotations

import ipaddress

from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import load_balancers as views
from ._common import Rec, invalid_body

_STATUS = ("enabled", "disabled")
_NODE_STATUS = ("enabled", "disabled", "deleted")
_METHODS = ("roundRobin", "leastConnection")
_PERSISTENCE = ("standard", "sticky")


def _lb(ctx: Ctx) -> Rec:
    return ctx.backend.load_balancers.get(ctx.params["dataCenter"], ctx.params["loadBalancerId"])


def _pool(ctx: Ctx) -> tuple[Rec, Rec]:
    lb = _lb(ctx)
    return lb, ctx.backend.load_balancers.pool(lb, ctx.params["poolId"])


@route
def list_load_balancers(ctx: Ctx) -> Reply:
    b = ctx.backend
    found = b.load_balancers.in_datacenter(ctx.params["dataCenter"])
    return Reply(200, [views.load_balancer(b.state, lb) for lb in found])


@route
def create_load_balancer(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", required=True, max_len=255)
    status = f.text("status", choices=_STATUS) or "enabled"
    f.check()
    assert name is not None and description is not None
    b = ctx.backend
    lb = b.load_balancers.create(ctx.params["dataCenter"], name, description, status)
    return Reply(200, views.load_balancer(b.state, lb))


@route
def get_load_balancer(ctx: Ctx) -> Reply:
    return Reply(200, views.load_balancer(ctx.backend.state, _lb(ctx)))


@route
def update_load_balancer(ctx: Ctx) -> Reply:
    _lb(ctx)
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", max_len=255)
    status = f.text("status", choices=_STATUS)
    f.check()
    assert name is not None
    ctx.backend.load_balancers.update(
        ctx.params["dataCenter"], ctx.params["loadBalancerId"], name, description, status
    )
    return Reply(204)


@route
def delete_load_balancer(ctx: Ctx) -> Reply:
    ctx.backend.load_balancers.delete(ctx.params["dataCenter"], ctx.params["loadBalancerId"])
    return Reply(204)


@route
def list_load_balancer_pools(ctx: Ctx) -> Reply:
    lb = _lb(ctx)
    return Reply(200, [views.pool(ctx.backend.state, lb, p) for p in lb["pools"].values()])


@route
def create_load_balancer_pool(ctx: Ctx) -> Reply:
    lb = _lb(ctx)
    f = Fields(ctx.body)
    port = f.integer("port", required=True)
    method = f.text("method", choices=_METHODS)
    persistence = f.text("persistence", choices=_PERSISTENCE)
    f.check()
    assert port is not None
    pool = ctx.backend.load_balancers.create_pool(lb, port, method, persistence)
    return Reply(200, views.pool(ctx.backend.state, lb, pool))


@route
def get_load_balancer_pool(ctx: Ctx) -> Reply:
    lb, pool = _pool(ctx)
    return Reply(200, views.pool(ctx.backend.state, lb, pool))


@route
def update_load_balancer_pool(ctx: Ctx) -> Reply:
    _, pool = _pool(ctx)
    f = Fields(ctx.body)
    method = f.text("method", choices=_METHODS)
    persistence = f.text("persistence", choices=_PERSISTENCE)
    f.check()
    ctx.backend.load_balancers.update_pool(pool, method, persistence)
    return Reply(204)


@route
def delete_load_balancer_pool(ctx: Ctx) -> Reply:
    lb, pool = _pool(ctx)
    ctx.backend.load_balancers.delete_pool(lb, pool)
    return Reply(204)


@route
def get_load_balancer_nodes(ctx: Ctx) -> Reply:
    _, pool = _pool(ctx)
    return Reply(200, [views.node(n) for n in pool["nodes"]])


@route
def update_load_balancer_nodes(ctx: Ctx) -> Reply:
    """Replace the pool's nodes; a node sent with status "deleted" is dropped."""
    _, pool = _pool(ctx)
    body = [ctx.body] if isinstance(ctx.body, dict) else ctx.body
    if not isinstance(body, list):
        raise invalid_body("body", "Expected a list of nodes.")
    port_limit = ctx.backend.limits.port
    f = Fields({})
    nodes: list[Rec] = []
    for i, item in enumerate(body):
        sub = Fields(item if isinstance(item, dict) else {})
        address = sub.text("ipAddress", required=True)
        port = sub.integer("privatePort", required=True, within=port_limit)
        status = sub.text("status", choices=_NODE_STATUS) or "enabled"
        if address is not None:
            try:
                address = str(ipaddress.IPv4Address(address.strip()))
            except ValueError:
                sub.error("ipAddress", f"{address[:60]!r} is not an IPv4 address.")
        f.adopt(sub, f"body[{i}]")
        if not sub.errors:
            nodes.append({"status": status, "ipAddress": address, "privatePort": port})
    f.check()
    ctx.backend.load_balancers.set_nodes(pool, nodes)
    return Reply(204)
