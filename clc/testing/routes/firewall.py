"""Firewall policies (v2-experimental): within a data center and across data centers.

Intra data center policies open traffic between networks of the account (or to a
sub-account's networks) and apply at once, as the recorded API showed (``status``
"active" on the first read). Cross data center policies start "pending" and turn
"active" once a provisioning period (the emulator's job duration) has passed.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from typing import Any

from .. import render
from ..errors import ApiError, invalid, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State

Rec = dict[str, Any]

_PORT = re.compile(r"(?i)^(any|icmp|(tcp|udp)/(\d{1,5})(-(\d{1,5}))?)$")
_VERBS = ["GET", "PUT", "DELETE"]


def _scope(ctx: Ctx) -> tuple[State, str]:
    state = ctx.state
    state.check_alias(ctx.params["sourceAccountAlias"])
    return state, str(state.datacenter(ctx.params["dataCenter"])["id"])


def _account(state: State, alias: str | None, field: str) -> str:
    """A known account alias (the account or its parent), lower case as the API echoed it."""
    if alias is None:
        return str(state.alias_lower)
    known = {a.lower() for a in state.data["accounts"]}
    if alias.lower() not in known:
        raise invalid(field, f"Unknown account {alias}.")
    return alias.lower()


def _cidr(f: Fields, field: str, value: Any) -> str | None:
    if not isinstance(value, str):
        f.error(field, "Expected a CIDR block such as 10.0.0.0/24.")
        return None
    try:
        return str(ipaddress.IPv4Network(value.strip(), strict=False))
    except ValueError:
        f.error(field, f"{value!r} is not a CIDR block such as 10.0.0.0/24.")
        return None


def _cidrs(f: Fields, field: str, required: bool) -> list[str] | None:
    if not f.has(field):
        if required:
            f.error(field, f"The {field} field is required.")
        return None
    values = f.array(field)
    if required and not values:
        f.error(field, f"The {field} field needs at least one CIDR block.")
    out = [_cidr(f, f"{field}[{i}]", v) for i, v in enumerate(values)]
    return [c for c in out if c is not None]


def _ports(f: Fields, required: bool) -> list[str] | None:
    if not f.has("ports"):
        if required:
            f.error("ports", "The ports field is required.")
        return None
    out: list[str] = []
    for i, p in enumerate(f.array("ports")):
        m = _PORT.match(p) if isinstance(p, str) else None
        lo = int(m.group(3)) if m and m.group(3) else None
        hi = int(m.group(5)) if m and m.group(5) else lo
        if m is None or (lo is not None and hi is not None and not 1 <= lo <= hi <= 65535):
            f.error(f"ports[{i}]", f"{p!r} is not a port such as any, icmp, tcp/80, udp/100-200.")
            continue
        out.append(p.lower())
    if required and not out and not any(k.startswith("body.ports") for k in f.errors):
        f.error("ports", "The ports field needs at least one entry.")
    return out


# The two kinds of policy are kept in their own tables and differ in the key naming their
# data center; finding and listing them is the same.
_Table = Callable[[State], dict[str, Rec]]


def _find(ctx: Ctx, table: _Table, param: str, location_key: str, label: str) -> Rec:
    """The policy a path names, within the path's data center."""
    state, dc = _scope(ctx)
    p = table(state).get(ctx.params[param].lower())
    if p is None or p[location_key] != dc:
        raise not_found(f"{label} {ctx.params[param]}")
    return p


def _listed(
    ctx: Ctx,
    table: _Table,
    location_key: str,
    account_query: str,
    view: Callable[[State, Rec], Rec],
) -> Reply:
    """The data center's policies, optionally only those towards one destination account."""
    state, dc = _scope(ctx)
    dest = (ctx.query.get(account_query) or "").lower()
    return Reply(
        200,
        [
            view(state, p)
            for p in table(state).values()
            if p[location_key] == dc and (not dest or p["destinationAccount"] == dest)
        ],
    )


# -- intra data center ----------------------------------------------------------------------


def _href(state: State, dc: str, pid: str) -> str:
    return f"/v2-experimental/firewallPolicies/{state.alias_lower}/{dc.lower()}/{pid}"


def _view(state: State, p: Rec) -> Rec:
    return {
        "id": p["id"],
        "status": p["status"],
        "enabled": p["enabled"],
        "source": list(p["source"]),
        "destination": list(p["destination"]),
        "destinationAccount": p["destinationAccount"],
        "ports": list(p["ports"]),
        "links": [render.link("self", _href(state, p["location"], p["id"]), verbs=_VERBS)],
    }


def _policies(state: State) -> dict[str, Rec]:
    return state.data.setdefault("firewallPolicies", {})  # type: ignore[no-any-return]


def _policy(ctx: Ctx) -> Rec:
    return _find(ctx, _policies, "firewallPolicy", "location", "Firewall policy")


@route("GET", "/v2-experimental/firewallPolicies/{sourceAccountAlias}/{dataCenter}")
def list_firewall_policies(ctx: Ctx) -> Reply:
    return _listed(ctx, _policies, "location", "destinationaccount", _view)


@route("POST", "/v2-experimental/firewallPolicies/{sourceAccountAlias}/{dataCenter}")
def create_firewall_policy(ctx: Ctx) -> Reply:
    state, dc = _scope(ctx)
    f = Fields(ctx.body)
    source = _cidrs(f, "source", True)
    destination = _cidrs(f, "destination", True)
    ports = _ports(f, True)
    enabled = f.flag("enabled", default=True)
    account = f.text("destinationAccount")
    f.check()
    pid = state.new_id()
    _policies(state)[pid] = {
        "id": pid,
        "location": dc,
        "status": "active",
        "enabled": enabled,
        "source": source,
        "destination": destination,
        "destinationAccount": _account(state, account, "destinationAccount"),
        "ports": ports,
    }
    state.dirty = True
    return Reply(201, {"links": [render.link("self", _href(state, dc, pid), verbs=_VERBS)]})


@route(
    "GET", "/v2-experimental/firewallPolicies/{sourceAccountAlias}/{dataCenter}/{firewallPolicy}"
)
def get_firewall_policy(ctx: Ctx) -> Reply:
    return Reply(200, _view(ctx.state, _policy(ctx)))


@route(
    "PUT", "/v2-experimental/firewallPolicies/{sourceAccountAlias}/{dataCenter}/{firewallPolicy}"
)
def update_firewall_policy(ctx: Ctx) -> Reply:
    p = _policy(ctx)
    f = Fields(ctx.body)
    changes: Rec = {
        "source": _cidrs(f, "source", False),
        "destination": _cidrs(f, "destination", False),
        "ports": _ports(f, False),
    }
    if f.has("enabled"):
        changes["enabled"] = f.flag("enabled")
    f.check()
    for key in ("source", "destination", "ports"):
        if changes[key] == []:
            raise invalid(key, f"The {key} field needs at least one entry.")
    p.update({k: v for k, v in changes.items() if v is not None})
    ctx.state.dirty = True
    return Reply(204)


@route(
    "DELETE", "/v2-experimental/firewallPolicies/{sourceAccountAlias}/{dataCenter}/{firewallPolicy}"
)
def delete_firewall_policy(ctx: Ctx) -> Reply:
    p = _policy(ctx)
    del _policies(ctx.state)[p["id"]]
    ctx.state.dirty = True
    return Reply(204)


# -- cross data center ----------------------------------------------------------------------


def _cross(state: State) -> dict[str, Rec]:
    return state.data.setdefault("crossDcFirewallPolicies", {})  # type: ignore[no-any-return]


def _cross_view(state: State, p: Rec) -> Rec:
    pending = state.clock.now() < p["activeAt"]
    return {
        "id": p["id"],
        "status": "pending" if pending else "active",
        "enabled": p["enabled"],
        "sourceCidr": p["sourceCidr"],
        "sourceAccount": state.alias_lower,
        "sourceLocation": p["sourceLocation"].lower(),
        "destinationCidr": p["destinationCidr"],
        "destinationAccount": p["destinationAccount"],
        "destinationLocation": p["destinationLocation"].lower(),
        "links": [
            render.link(
                "self",
                f"/v2-experimental/crossDcFirewallPolicies/{state.alias_lower}/"
                f"{p['sourceLocation'].lower()}/{p['id']}",
                verbs=_VERBS,
            )
        ],
    }


def _cross_policy(ctx: Ctx) -> Rec:
    return _find(ctx, _cross, "policyId", "sourceLocation", "Cross data center firewall policy")


@route("GET", "/v2-experimental/crossDcFirewallPolicies/{sourceAccountAlias}/{dataCenter}")
def list_cross_dc_firewall_policies(ctx: Ctx) -> Reply:
    return _listed(ctx, _cross, "sourceLocation", "destinationaccountid", _cross_view)


@route("POST", "/v2-experimental/crossDcFirewallPolicies/{sourceAccountAlias}/{dataCenter}")
def create_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    state, dc = _scope(ctx)
    f = Fields(ctx.body)
    account = f.text("destinationAccountId", required=True)
    location = f.text("destinationLocationId", required=True)
    dest_cidr = _cidr(f, "destinationCidr", f.get("destinationCidr"))
    source_cidr = _cidr(f, "sourceCidr", f.get("sourceCidr"))
    enabled = f.flag("enabled", default=True)
    f.check()
    assert location is not None and dest_cidr and source_cidr
    target = location.upper()
    if target not in state.data["datacenters"]:
        raise invalid("destinationLocationId", f"Unknown data center {location}.")
    if target == dc:
        raise invalid(
            "destinationLocationId", "Use an intra data center policy within one data center."
        )
    pid = state.new_id()
    p: Rec = {
        "id": pid,
        "sourceLocation": dc,
        "sourceCidr": source_cidr,
        "destinationAccount": _account(state, account, "destinationAccountId"),
        "destinationLocation": target,
        "destinationCidr": dest_cidr,
        "enabled": enabled,
        "activeAt": state.clock.now() + state.job_seconds,
    }
    _cross(state)[pid] = p
    state.dirty = True
    return Reply(201, _cross_view(state, p))


@route(
    "GET", "/v2-experimental/crossDcFirewallPolicies/{sourceAccountAlias}/{dataCenter}/{policyId}"
)
def get_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    return Reply(200, _cross_view(ctx.state, _cross_policy(ctx)))


@route(
    "PUT", "/v2-experimental/crossDcFirewallPolicies/{sourceAccountAlias}/{dataCenter}/{policyId}"
)
def update_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    p = _cross_policy(ctx)
    value = (ctx.query.get("enabled") or "").lower()
    if value not in ("true", "false"):
        raise ApiError(400, "The enabled query parameter must be true or false.")
    p["enabled"] = value == "true"
    ctx.state.dirty = True
    return Reply(204)


@route(
    "DELETE",
    "/v2-experimental/crossDcFirewallPolicies/{sourceAccountAlias}/{dataCenter}/{policyId}",
)
def delete_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    p = _cross_policy(ctx)
    del _cross(ctx.state)[p["id"]]
    ctx.state.dirty = True
    return Reply(204)
