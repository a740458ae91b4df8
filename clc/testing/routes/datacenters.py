"""Data centers and their deployment capabilities (importable VMs: see vm_import)."""

from __future__ import annotations

from .. import render
from ..errors import ApiError
from ..routing import Ctx, Reply, route
from ._common import truthy


@route("GET", "/v2/datacenters/{accountAlias}")
def list_datacenters(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    links = truthy(ctx.query.get("grouplinks"))
    return Reply(
        200,
        [
            render.datacenter(state, dc, group_links=links)
            for dc in state.data["datacenters"].values()
        ],
    )


@route("GET", "/v2/datacenters/{accountAlias}/{dataCenter}")
def get_datacenter(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    dc = state.datacenter(ctx.params["dataCenter"])
    links = truthy(ctx.query.get("grouplinks"))
    return Reply(200, render.datacenter(state, dc, group_links=links))


@route("GET", "/v2/datacenters/{accountAlias}/{dataCenter}/deploymentCapabilities")
def get_deployment_capabilities(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    dc = state.datacenter(ctx.params["dataCenter"])
    return Reply(200, render.deployment_capabilities(state, dc["id"]))


@route("GET", "/v2/datacenters/{accountAlias}/{dataCenter}/bareMetalCapabilities")
def get_bare_metal_capabilities(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    dc = state.datacenter(ctx.params["dataCenter"])
    # No seeded data center offers bare metal, as most real ones did not.
    raise ApiError(400, f"Bare metal servers are not supported in {dc['id']}.")
