"""A server's public IP addresses and secondary networks."""

from __future__ import annotations

import re

from ..fields import Fields
from ..limits import Limits
from ..routing import Ctx, Reply, route
from ..views import servers as views
from ._common import Rec, operation_reply, server, status_reply

_PROTOCOLS = ("TCP", "UDP", "ICMP")
_CIDR = re.compile(r"\d{1,3}(\.\d{1,3}){3}/\d{1,2}")


def _rules(f: Fields, limits: Limits) -> Rec:
    """The ports and source restrictions of a public IP."""
    ports: list[Rec] = []
    for i, p in enumerate(f.array("ports", required=True)):
        sub = Fields(p if isinstance(p, dict) else {})
        proto = sub.text("protocol", required=True, choices=_PROTOCOLS)
        port = sub.integer("port", required=proto != "ICMP", within=limits.port)
        port_to = sub.integer("portTo", within=limits.port)
        if port is not None and port_to is not None and port_to < port:
            sub.error("portTo", "portTo must not be below port.")
        f.adopt(sub, f"body.ports[{i}]")
        if proto is not None:
            fields = {"protocol": proto, "port": port, "portTo": port_to}
            ports.append({k: v for k, v in fields.items() if v is not None})
    restrictions: list[Rec] = []
    for i, r in enumerate(f.array("sourceRestrictions")):
        cidr = r.get("cidr") if isinstance(r, dict) else None
        if not isinstance(cidr, str) or not _CIDR.fullmatch(cidr):
            f.error(f"sourceRestrictions[{i}].cidr", "Expected a CIDR block like 10.0.0.0/24.")
            continue
        restrictions.append({"cidr": cidr})
    return {"ports": ports, "sourceRestrictions": restrictions}


@route
def add_public_ip(ctx: Ctx) -> Reply:
    b = ctx.backend
    rec = server(ctx)
    f = Fields(ctx.body)
    internal = f.text("internalIPAddress")
    rules = _rules(f, b.limits)
    f.check()
    return status_reply(ctx, b.server_addresses.add_public_ip(rec, internal, rules))


@route
def get_public_ip(ctx: Ctx) -> Reply:
    found = ctx.backend.server_addresses.public_ip(server(ctx), ctx.params["publicIP"])
    return Reply(200, views.public_ip(found))


@route
def update_public_ip(ctx: Ctx) -> Reply:
    b = ctx.backend
    rec = server(ctx)
    b.server_addresses.public_ip(rec, ctx.params["publicIP"])  # 404 before the body's 400
    f = Fields(ctx.body)
    rules = _rules(f, b.limits)
    f.check()
    return status_reply(
        ctx, b.server_addresses.update_public_ip(rec, ctx.params["publicIP"], rules)
    )


@route
def remove_public_ip(ctx: Ctx) -> Reply:
    jid = ctx.backend.server_addresses.remove_public_ip(server(ctx), ctx.params["publicIP"])
    return status_reply(ctx, jid)


@route
def add_server_network(ctx: Ctx) -> Reply:
    rec = server(ctx)
    f = Fields(ctx.body)
    nid = f.text("networkId", required=True)
    wanted = f.text("ipAddress")
    f.check()
    assert nid is not None
    return operation_reply(ctx, ctx.backend.server_addresses.add_network(rec, nid, wanted))


@route
def remove_server_network(ctx: Ctx) -> Reply:
    jid = ctx.backend.server_addresses.remove_network(server(ctx), ctx.params["networkId"])
    return operation_reply(ctx, jid)
