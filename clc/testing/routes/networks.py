"""Networks (the API's v2-experimental surface): list, read, claim, update, release."""

from __future__ import annotations

from ..errors import ApiError
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import networks as views
from ._common import operation_reply

_IP_KINDS = ("claimed", "free", "all")


def _where(ctx: Ctx) -> tuple[str, str]:
    return ctx.params["dataCenter"], ctx.params["networkId"]


@route
def list_networks(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(
        200, [views.network(b.state, n) for n in b.networks.in_datacenter(ctx.params["dataCenter"])]
    )


@route
def get_log_forwarding_address(ctx: Ctx) -> Reply:
    return Reply(
        200, views.log_forwarding(ctx.backend.networks.log_forwarding(ctx.params["dataCenter"]))
    )


@route
def update_log_forwarding_address(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    address = f.text("remoteAddress", required=True, max_len=255)
    protocol = f.text("protocol", choices=("udp", "tcp")) or "udp"
    f.check()
    assert address is not None
    change = ctx.backend.networks.set_log_forwarding(ctx.params["dataCenter"], address, protocol)
    return Reply(200, {"operationID": change, "status": "succeeded"})


@route
def get_network(ctx: Ctx) -> Reply:
    b = ctx.backend
    net = b.networks.get(*_where(ctx))
    kind = (ctx.query.get("ipaddresses") or "").lower() or None
    if kind is not None and kind not in ("none", *_IP_KINDS):
        raise ApiError(400, "ipAddresses must be one of none, claimed, free, all.")
    return Reply(200, views.network(b.state, net, ip_filter=None if kind == "none" else kind))


@route
def list_network_ip_addresses(ctx: Ctx) -> Reply:
    b = ctx.backend
    net = b.networks.get(*_where(ctx))
    kind = (ctx.query.get("type") or "claimed").lower()
    if kind not in _IP_KINDS:
        raise ApiError(400, "type must be one of claimed, free, all.")
    return Reply(200, views.ip_list(b.state, net, kind))


@route
def claim_network(ctx: Ctx) -> Reply:
    _, jid = ctx.backend.networks.claim(ctx.params["dataCenter"])
    return operation_reply(ctx, jid)


@route
def update_network(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", max_len=255)
    f.check()
    assert name is not None
    ctx.backend.networks.update(*_where(ctx), name, description)
    return Reply(204)


@route
def release_network(ctx: Ctx) -> Reply:
    ctx.backend.networks.release(*_where(ctx))
    return Reply(204)
