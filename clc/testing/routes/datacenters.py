"""Data centers and their deployment capabilities."""

from __future__ import annotations

from ..routing import Ctx, Reply, route
from ..views import datacenters as views
from ._common import truthy


@route
def list_datacenters(ctx: Ctx) -> Reply:
    b = ctx.backend
    links = truthy(ctx.query.get("grouplinks"))
    return Reply(
        200, [views.datacenter(b.state, dc, group_links=links) for dc in b.datacenters.all()]
    )


@route
def get_datacenter(ctx: Ctx) -> Reply:
    b = ctx.backend
    dc = b.datacenters.get(ctx.params["dataCenter"])
    return Reply(
        200, views.datacenter(b.state, dc, group_links=truthy(ctx.query.get("grouplinks")))
    )


@route
def get_deployment_capabilities(ctx: Ctx) -> Reply:
    b = ctx.backend
    dc = b.datacenters.get(ctx.params["dataCenter"])["id"]
    networks = b.datacenters.deployable_networks(dc)
    return Reply(200, views.deployment_capabilities(b.state, dc, networks))


@route
def get_bare_metal_capabilities(ctx: Ctx) -> Reply:
    return Reply(200, ctx.backend.datacenters.bare_metal(ctx.params["dataCenter"]))
