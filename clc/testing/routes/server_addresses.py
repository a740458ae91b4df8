"""A server's public IP addresses and secondary networks."""

from __future__ import annotations

import re

from ..errors import invalid, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State
from ._common import experimental_reply, status_reply, submit
from ._servers_common import Rec, lookup_server, require_active

_PROTOCOLS = ("TCP", "UDP", "ICMP")

_TEST_NETS = ("203.0.113", "198.51.100", "192.0.2")


def _next_public_ip(state: State) -> str:
    n = state.next_seq("publicIp")
    block, host = divmod(n - 1, 250)
    if block < len(_TEST_NETS):
        return f"{_TEST_NETS[block]}.{host + 2}"
    block -= len(_TEST_NETS)
    return f"100.{64 + block // 250}.{block % 250}.{host + 2}"


def _read_public_ip(f: Fields) -> Rec:
    ports: list[Rec] = []
    for i, p in enumerate(f.array("ports", required=True)):
        sub = Fields(p if isinstance(p, dict) else {})
        proto = sub.text("protocol", required=True, choices=_PROTOCOLS)
        port = sub.integer("port", required=proto != "ICMP", lo=1, hi=65535)
        port_to = sub.integer("portTo", lo=1, hi=65535)
        f.adopt(sub, f"body.ports[{i}]")
        if proto is None:
            continue
        item: Rec = {"protocol": proto}
        if port is not None:
            item["port"] = port
        if port_to is not None:
            if port is not None and port_to < port:
                f.error(f"ports[{i}].portTo", "portTo must not be below port.")
            item["portTo"] = port_to
        ports.append(item)
    restrictions: list[Rec] = []
    for i, r in enumerate(f.array("sourceRestrictions")):
        cidr = r.get("cidr") if isinstance(r, dict) else None
        if not isinstance(cidr, str) or not re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}/\d{1,2}", cidr):
            f.error(f"sourceRestrictions[{i}].cidr", "Expected a CIDR block like 10.0.0.0/24.")
            continue
        restrictions.append({"cidr": cidr})
    return {"ports": ports, "sourceRestrictions": restrictions}


@route("POST", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses")
def add_public_ip(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = lookup_server(ctx)
    f = Fields(ctx.body)
    internal = f.text("internalIPAddress")
    body = _read_public_ip(f)
    f.check()
    require_active(rec)
    if internal is None:
        # The API gave each public IP its own new internal address.
        internal = state.allocate_ip(state.network(rec["networkId"]), rec["name"])
    elif internal != rec["primaryIP"] and internal not in [
        n["internal"] for n in rec["secondaryNetworks"]
    ]:
        raise invalid("internalIPAddress", f"{internal} is not an address of this server.")
    body["internalIPAddress"] = internal
    ip = _next_public_ip(state)
    jid = submit(ctx, rec["locationId"], [["server.publicIp", rec["id"], ip, body]])
    return status_reply(ctx, jid)


def _public_ip(ctx: Ctx) -> tuple[Rec, str]:
    rec = lookup_server(ctx)
    ip = ctx.params["publicIP"]
    if ip not in rec["publicIPs"]:
        raise not_found(f"Public IP {ip}")
    return rec, ip


@route("GET", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses/{publicIP}")
def get_public_ip(ctx: Ctx) -> Reply:
    rec, ip = _public_ip(ctx)
    body = rec["publicIPs"][ip]
    return Reply(
        200,
        {
            "internalIPAddress": body["internalIPAddress"],
            "ports": body["ports"],
            "sourceRestrictions": body["sourceRestrictions"],
        },
    )


@route("PUT", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses/{publicIP}")
def update_public_ip(ctx: Ctx) -> Reply:
    rec, ip = _public_ip(ctx)
    f = Fields(ctx.body)
    body = _read_public_ip(f)
    f.check()
    body["internalIPAddress"] = rec["publicIPs"][ip]["internalIPAddress"]
    jid = submit(ctx, rec["locationId"], [["server.publicIp", rec["id"], ip, body]])
    return status_reply(ctx, jid)


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/publicIPAddresses/{publicIP}")
def remove_public_ip(ctx: Ctx) -> Reply:
    rec, ip = _public_ip(ctx)
    jid = submit(ctx, rec["locationId"], [["server.publicIp", rec["id"], ip, None]])
    return status_reply(ctx, jid)


# -- secondary networks --------------------------------------------------------------------


@route("POST", "/v2/servers/{accountAlias}/{serverId}/networks")
def add_secondary_network(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = lookup_server(ctx)
    f = Fields(ctx.body)
    nid = f.text("networkId", required=True)
    wanted = f.text("ipAddress")
    f.check()
    assert nid is not None
    net = state.data["networks"].get(nid.lower())
    if net is None or net["locationId"] != rec["locationId"]:
        raise invalid("networkId", f"Unknown network {nid}.")
    if net["id"] == rec["networkId"] or any(
        n["networkId"] == net["id"] for n in rec["secondaryNetworks"]
    ):
        raise invalid("networkId", "The server is already on this network.")
    require_active(rec)
    jid = submit(
        ctx,
        rec["locationId"],
        [["server.nic", rec["id"], net["id"], True, wanted or None]],
        experimental=True,
    )
    return experimental_reply(ctx, jid)


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/networks/{networkId}")
def remove_secondary_network(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    nid = ctx.params["networkId"].lower()
    if not any(n["networkId"] == nid for n in rec["secondaryNetworks"]):
        raise not_found(f"Secondary network {nid}")
    jid = submit(
        ctx, rec["locationId"], [["server.nic", rec["id"], nid, False, None]], experimental=True
    )
    return experimental_reply(ctx, jid)
