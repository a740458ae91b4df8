"""A server's policy mappings: CPU autoscale, anti-affinity and alert policies."""

from __future__ import annotations

from .. import render
from ..errors import invalid, not_found
from ..fields import required_text
from ..routing import Ctx, Reply, route
from ._servers_common import Rec, lookup_server


def _policy_link(ctx: Ctx, rec: Rec, kind: str) -> Rec:
    return render.link("self", f"/v2/servers/{ctx.state.alias}/{rec['name']}/{kind}")


@route("GET", "/v2/servers/{accountAlias}/{serverId}/cpuAutoscalePolicy")
def get_server_autoscale(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    if not rec.get("cpuAutoscalePolicyId"):
        raise not_found("Autoscale policy mapping")
    return Reply(
        200,
        {
            "id": rec["cpuAutoscalePolicyId"],
            "links": [_policy_link(ctx, rec, "cpuAutoscalePolicy")],
        },
    )


@route("PUT", "/v2/servers/{accountAlias}/{serverId}/cpuAutoscalePolicy")
def set_server_autoscale(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    pid = required_text(ctx.body, "id")
    if pid.lower() not in ctx.state.data["autoscalePolicies"]:
        raise invalid("id", f"Unknown autoscale policy {pid}.")
    rec["cpuAutoscalePolicyId"] = pid.lower()
    ctx.state.dirty = True
    return Reply(200, {"id": pid.lower(), "links": [_policy_link(ctx, rec, "cpuAutoscalePolicy")]})


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/cpuAutoscalePolicy")
def remove_server_autoscale(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    rec["cpuAutoscalePolicyId"] = None
    ctx.state.dirty = True
    return Reply(204)


def _leave_anti_affinity(ctx: Ctx, rec: Rec) -> None:
    """Take the server off the member list of its current anti-affinity policy, if any."""
    old = ctx.state.data["antiAffinityPolicies"].get(rec.get("antiAffinityPolicyId") or "")
    if old and rec["id"] in old["servers"]:
        old["servers"].remove(rec["id"])


@route("PUT", "/v2/servers/{accountAlias}/{serverId}/antiAffinityPolicy")
def set_server_anti_affinity(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = lookup_server(ctx)
    pid = required_text(ctx.body, "id")
    pol = state.data["antiAffinityPolicies"].get(pid.lower())
    if pol is None or pol["location"] != rec["locationId"]:
        raise invalid("id", f"Unknown anti-affinity policy {pid}.")
    _leave_anti_affinity(ctx, rec)
    pol["servers"].append(rec["id"])
    rec["antiAffinityPolicyId"] = pol["id"]
    state.dirty = True
    return Reply(200, {"id": pol["id"], "links": [_policy_link(ctx, rec, "antiAffinityPolicy")]})


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/antiAffinityPolicy")
def remove_server_anti_affinity(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = lookup_server(ctx)
    _leave_anti_affinity(ctx, rec)
    rec["antiAffinityPolicyId"] = None
    state.dirty = True
    return Reply(204)


@route("POST", "/v2/servers/{accountAlias}/{serverId}/alertPolicies")
def add_server_alert_policy(ctx: Ctx) -> Reply:
    state = ctx.state
    rec = lookup_server(ctx)
    pid = required_text(ctx.body, "id")
    if pid.lower() not in state.data["alertPolicies"]:
        raise invalid("id", f"Unknown alert policy {pid}.")
    if pid.lower() not in rec["alertPolicies"]:
        rec["alertPolicies"].append(pid.lower())
    state.dirty = True
    return Reply(
        201,
        {
            "id": pid.lower(),
            "links": [
                render.link(
                    "self",
                    f"/v2/servers/{state.alias_lower}/{rec['id']}/alertPolicies/{pid.lower()}",
                )
            ],
        },
    )


@route("DELETE", "/v2/servers/{accountAlias}/{serverId}/alertPolicies/{policyId}")
def remove_server_alert_policy(ctx: Ctx) -> Reply:
    rec = lookup_server(ctx)
    pid = ctx.params["policyId"].lower()
    if pid not in rec["alertPolicies"]:
        raise not_found(f"Alert policy mapping {pid}")
    rec["alertPolicies"].remove(pid)
    ctx.state.dirty = True
    return Reply(204)


@route("POST", "/v2/servers/{accountAlias}/{serverId}")
def add_alert_policy_documented_path(ctx: Ctx) -> Reply:
    """The documentation's spelling of "add alert policy" (no ``/alertPolicies``)."""
    reply = add_server_alert_policy(ctx)
    return Reply(200, reply.body)
