"""Firewall policies (v2-experimental): within a data center and across data centers."""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from ..backend.firewall import CROSS, INTRA
from ..errors import ApiError
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import firewall as views

_PORT = re.compile(r"(?i)^(any|icmp|(tcp|udp)/(\d{1,5})(-(\d{1,5}))?)$")


def _cidr(f: Fields, field: str, value: Any) -> str | None:
    if not isinstance(value, str):
        f.error(field, "Expected a CIDR block such as 10.0.0.0/24.")
        return None
    try:
        return str(ipaddress.IPv4Network(value.strip(), strict=False))
    except ValueError:
        f.error(field, f"{value[:60]!r} is not a CIDR block such as 10.0.0.0/24.")
        return None


def _cidrs(f: Fields, field: str, required: bool) -> list[str] | None:
    if not f.has(field):
        if required:
            f.error(field, f"The {field} field is required.")
        return None
    values = f.array(field)
    if required and not values:
        f.error(field, f"The {field} field needs at least one CIDR block.")
    found = [_cidr(f, f"{field}[{i}]", v) for i, v in enumerate(values)]
    return [c for c in found if c is not None]


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
            shown = p[:40] if isinstance(p, str) else p
            f.error(
                f"ports[{i}]", f"{shown!r} is not a port such as any, icmp, tcp/80, udp/100-200."
            )
            continue
        out.append(p.lower())
    if required and not out and not any(k.startswith("body.ports") for k in f.errors):
        f.error("ports", "The ports field needs at least one entry.")
    return out


def _dc(ctx: Ctx) -> str:
    return ctx.params["dataCenter"]


# -- intra data center ----------------------------------------------------------------------


@route
def list_firewall_policies(ctx: Ctx) -> Reply:
    b = ctx.backend
    # The documentation names the filter destinationAccount, the Java SDK sends
    # destinationAccountAlias: both are read (the app refuses any other parameter).
    dest = ctx.query.get("destinationaccount") or ctx.query.get("destinationaccountalias")
    return Reply(
        200, [views.policy(b.state, p) for p in b.firewall.in_datacenter(INTRA, _dc(ctx), dest)]
    )


@route
def create_firewall_policy(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    source = _cidrs(f, "source", True)
    destination = _cidrs(f, "destination", True)
    ports = _ports(f, True)
    enabled = f.flag("enabled", default=True)
    account = f.text("destinationAccount")
    f.check()
    assert source is not None and destination is not None and ports is not None
    b = ctx.backend
    p = b.firewall.create(
        _dc(ctx),
        source=source,
        destination=destination,
        ports=ports,
        enabled=enabled,
        destination_account=account,
    )
    return Reply(201, views.created(b.state, p))


@route
def get_firewall_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(
        200, views.policy(b.state, b.firewall.get(INTRA, _dc(ctx), ctx.params["firewallPolicy"]))
    )


@route
def update_firewall_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    pid = ctx.params["firewallPolicy"]
    b.firewall.get(INTRA, _dc(ctx), pid)
    f = Fields(ctx.body)
    changes = {
        "source": _cidrs(f, "source", False),
        "destination": _cidrs(f, "destination", False),
        "ports": _ports(f, False),
        "enabled": f.flag("enabled") if f.has("enabled") else None,
    }
    f.check()
    b.firewall.update(_dc(ctx), pid, changes)
    return Reply(204)


@route
def delete_firewall_policy(ctx: Ctx) -> Reply:
    ctx.backend.firewall.delete(INTRA, _dc(ctx), ctx.params["firewallPolicy"])
    return Reply(204)


# -- cross data center ----------------------------------------------------------------------


@route
def list_cross_dc_firewall_policies(ctx: Ctx) -> Reply:
    b = ctx.backend
    dest = ctx.query.get("destinationaccountid")
    return Reply(
        200,
        [views.cross_policy(b.state, p) for p in b.firewall.in_datacenter(CROSS, _dc(ctx), dest)],
    )


@route
def create_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    account = f.text("destinationAccountId", required=True)
    location = f.text("destinationLocationId", required=True)
    dest_cidr = _cidr(f, "destinationCidr", f.get("destinationCidr"))
    source_cidr = _cidr(f, "sourceCidr", f.get("sourceCidr"))
    enabled = f.flag("enabled", default=True)
    f.check()
    assert account and location and dest_cidr and source_cidr
    b = ctx.backend
    p = b.firewall.create_cross(
        _dc(ctx),
        destination_account=account,
        destination_location=location,
        destination_cidr=dest_cidr,
        source_cidr=source_cidr,
        enabled=enabled,
    )
    return Reply(201, views.cross_policy(b.state, p))


@route
def get_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(
        200, views.cross_policy(b.state, b.firewall.get(CROSS, _dc(ctx), ctx.params["policyId"]))
    )


@route
def update_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    b.firewall.get(CROSS, _dc(ctx), ctx.params["policyId"])
    value = (ctx.query.get("enabled") or "").lower()
    if value not in ("true", "false"):
        raise ApiError(400, "The enabled query parameter must be true or false.")
    b.firewall.enable_cross(_dc(ctx), ctx.params["policyId"], value == "true")
    return Reply(204)


@route
def delete_cross_dc_firewall_policy(ctx: Ctx) -> Reply:
    ctx.backend.firewall.delete(CROSS, _dc(ctx), ctx.params["policyId"])
    return Reply(204)
