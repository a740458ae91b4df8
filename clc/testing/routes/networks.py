"""Networks (the API's v2-experimental surface): list, read, claim, update, release."""

from __future__ import annotations

from typing import Any

from .. import render
from ..errors import ApiError, invalid
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ._common import experimental_reply, submit

Rec = dict[str, Any]

_IP_KINDS = ("claimed", "free", "all")


def _dc(ctx: Ctx) -> str:
    ctx.state.check_alias(ctx.params["accountAlias"])
    return str(ctx.state.datacenter(ctx.params["dataCenter"])["id"])


def _network(ctx: Ctx) -> Rec:
    net = ctx.state.network(ctx.params["networkId"], _dc(ctx))
    if not net["claimed"]:
        raise ApiError(404, f"Network {net['id']} not found.")
    return net


@route("GET", "/v2-experimental/networks/{accountAlias}/{dataCenter}")
def list_networks(ctx: Ctx) -> Reply:
    dc = _dc(ctx)
    nets = [
        n for n in ctx.state.data["networks"].values() if n["locationId"] == dc and n["claimed"]
    ]
    return Reply(200, [render.network(ctx.state, n) for n in nets])


@route("GET", "/v2-experimental/networks/{accountAlias}/{dataCenter}/logging")
def get_log_forwarding(ctx: Ctx) -> Reply:
    _dc(ctx)
    return Reply(
        200, dict(ctx.state.data.get("logForwarding") or {"remoteAddress": "", "protocol": "udp"})
    )


@route("PUT", "/v2-experimental/networks/{accountAlias}/{dataCenter}/logging")
def update_log_forwarding(ctx: Ctx) -> Reply:
    _dc(ctx)
    f = Fields(ctx.body)
    address = f.text("remoteAddress", required=True, max_len=255)
    protocol = f.text("protocol", choices=("udp", "tcp")) or "udp"
    f.check()
    ctx.state.data["logForwarding"] = {"remoteAddress": address, "protocol": protocol}
    ctx.state.dirty = True
    return Reply(200, {"operationID": ctx.state.new_id(), "status": "succeeded"})


@route("GET", "/v2-experimental/networks/{accountAlias}/{dataCenter}/{networkId}")
def get_network(ctx: Ctx) -> Reply:
    net = _network(ctx)
    kind = (ctx.query.get("ipaddresses") or "").lower() or None
    if kind is not None and kind not in ("none", *_IP_KINDS):
        raise ApiError(400, "ipAddresses must be one of none, claimed, free, all.")
    return Reply(200, render.network(ctx.state, net, ip_filter=None if kind == "none" else kind))


@route("GET", "/v2-experimental/networks/{accountAlias}/{dataCenter}/{networkId}/ipAddresses")
def list_ip_addresses(ctx: Ctx) -> Reply:
    net = _network(ctx)
    kind = (ctx.query.get("type") or "claimed").lower()
    if kind not in _IP_KINDS:
        raise ApiError(400, "type must be one of claimed, free, all.")
    return Reply(200, render.ip_list(ctx.state, net, kind))


@route("POST", "/v2-experimental/networks/{accountAlias}/{dataCenter}/claim")
def claim_network(ctx: Ctx) -> Reply:
    state = ctx.state
    dc = _dc(ctx)
    nets = [n for n in state.data["networks"].values() if n["locationId"] == dc]
    n = state.next_seq("vlan")
    vlan = 400 + n
    third = 100 + n % 150
    idx = list(state.data["datacenters"]).index(dc)
    base = f"10.{56 + idx}.{third}"
    nid = state.new_id()
    state.data["networks"][nid] = {
        "id": nid,
        "locationId": dc,
        "cidr": f"{base}.0/24",
        "description": f"vlan_{vlan}_{base}",
        "gateway": f"{base}.1",
        "name": f"vlan_{vlan}_{base}",
        "netmask": "255.255.255.0",
        "type": "private",
        "vlan": vlan,
        "claimed": False,  # visible once the claim job completes
        "addresses": {},
    }
    del nets
    link = render.link("network", f"/v2-experimental/networks/{state.alias}/{dc}/{nid}", id=nid)
    jid = submit(
        ctx,
        dc,
        [["network.set", nid, {"claimed": True}]],
        on_fail=[["network.drop", nid]],
        experimental=True,
        summary={"links": [link]},
    )
    return experimental_reply(ctx, jid)


@route("PUT", "/v2-experimental/networks/{accountAlias}/{dataCenter}/{networkId}")
def update_network(ctx: Ctx) -> Reply:
    net = _network(ctx)
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", max_len=255)
    f.check()
    net["name"] = name
    if description is not None:
        net["description"] = description
    ctx.state.dirty = True
    return Reply(204)


@route("POST", "/v2-experimental/networks/{accountAlias}/{dataCenter}/{networkId}/release")
def release_network(ctx: Ctx) -> Reply:
    net = _network(ctx)
    if net["addresses"]:
        raise invalid("network", "A network with servers on it cannot be released.")
    ctx.state.data["networks"].pop(net["id"])
    ctx.state.dirty = True
    return Reply(204)
