"""A server's policy mappings: CPU autoscale, anti-affinity and alert policies."""

from __future__ import annotations

from ..fields import required_text
from ..routing import Ctx, Reply, route
from ..views import servers as views
from ._common import server


@route
def get_server_autoscale_policy(ctx: Ctx) -> Reply:
    rec = server(ctx)
    pid = ctx.backend.server_policies.autoscale(rec)
    return Reply(200, views.policy_mapping(ctx.backend.state, rec, "cpuAutoscalePolicy", pid))


@route
def set_server_autoscale_policy(ctx: Ctx) -> Reply:
    rec = server(ctx)
    pid = ctx.backend.server_policies.set_autoscale(rec, required_text(ctx.body, "id"))
    return Reply(200, views.policy_mapping(ctx.backend.state, rec, "cpuAutoscalePolicy", pid))


@route
def remove_server_autoscale_policy(ctx: Ctx) -> Reply:
    ctx.backend.server_policies.remove_autoscale(server(ctx))
    return Reply(204)


@route
def get_server_anti_affinity_policy(ctx: Ctx) -> Reply:
    rec = server(ctx)
    policy = ctx.backend.server_policies.anti_affinity(rec)
    state = ctx.backend.state
    return Reply(200, views.policy_mapping(state, rec, "antiAffinityPolicy", policy["id"]))


@route
def set_server_anti_affinity_policy(ctx: Ctx) -> Reply:
    rec = server(ctx)
    policy = ctx.backend.server_policies.set_anti_affinity(rec, required_text(ctx.body, "id"))
    state = ctx.backend.state
    return Reply(200, views.policy_mapping(state, rec, "antiAffinityPolicy", policy["id"]))


@route
def remove_server_anti_affinity_policy(ctx: Ctx) -> Reply:
    ctx.backend.server_policies.remove_anti_affinity(server(ctx))
    return Reply(204)


@route
def list_server_alert_policies(ctx: Ctx) -> Reply:
    rec = server(ctx)
    policies = ctx.backend.server_policies.alert_policies(rec)
    return Reply(200, [views.alert_mapping_listed(ctx.backend.state, rec, p) for p in policies])


@route
def get_server_alert_policy(ctx: Ctx) -> Reply:
    rec = server(ctx)
    policy = ctx.backend.server_policies.alert_policy(rec, ctx.params["policyId"])
    return Reply(200, views.alert_mapping(ctx.backend.state, rec, policy))


@route
def add_server_alert_policy(ctx: Ctx) -> Reply:
    rec = server(ctx)
    policy = ctx.backend.server_policies.add_alert_policy(rec, required_text(ctx.body, "id"))
    return Reply(201, views.alert_mapping(ctx.backend.state, rec, policy))


@route
def remove_server_alert_policy(ctx: Ctx) -> Reply:
    ctx.backend.server_policies.remove_alert_policy(server(ctx), ctx.params["policyId"])
    return Reply(204)


@route
def add_alert_policy_to_server_documented_path(ctx: Ctx) -> Reply:
    """The documentation's spelling of "add alert policy" (no ``/alertPolicies``); 200."""
    rec = server(ctx)
    policy = ctx.backend.server_policies.add_alert_policy(rec, required_text(ctx.body, "id"))
    return Reply(200, views.alert_mapping(ctx.backend.state, rec, policy))
