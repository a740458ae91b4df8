"""Site-to-site VPNs (``/v2/siteToSiteVpn?account=ALIAS``).

Shapes follow the documentation: the pre-shared key is never echoed back, and
the Diffie-Hellman group is read as either of the documentation's spellings
(``diffieHelmanGroup`` in requests) and written as ``diffieHellmanGroup``.
DELETE answers the id of the job that removes the VPN (a JSON string).
"""

from __future__ import annotations

import ipaddress
from typing import Any

from ..backend.vpn import SECTIONS
from ..errors import ApiError
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import vpn as views
from ._common import Rec

_IKE = {
    "encryption": ("aes128", "aes192", "aes256", "tripleDES"),
    "hashing": ("sha1_96", "sha1_256", "md5"),
    "diffieHellmanGroup": ("group1", "group2", "group5"),
    "mode": ("main", "aggressive"),
}
_IPSEC = {
    "encryption": ("aes128", "aes192", "aes256", "tripleDES"),
    "hashing": ("sha1_96", "sha1_256", "md5"),
    "protocol": ("esp", "ah"),
    "pfs": ("disabled", "group1", "group2", "group5"),
}


def _account(ctx: Ctx) -> None:
    """The VPN routes name the account in a query parameter."""
    alias = ctx.query.get("account")
    if not alias:
        raise ApiError(400, "The account query parameter is required.")
    ctx.backend.check_alias(alias)


def _subnets(f: Fields, field: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not value:
        f.error(field, "Expected a non-empty list of CIDR blocks.")
        return []
    out = []
    for i, s in enumerate(value):
        try:
            out.append(str(ipaddress.IPv4Network(str(s).strip(), strict=False)))
        except ValueError:
            f.error(f"{field}[{i}]", "Not a CIDR block.")
    return out


def _section(f: Fields, name: str, old: Rec | None) -> Rec | None:
    """Read one section, merged over ``old`` (an update may send a subset)."""
    raw = f.obj(name)
    if raw is None:
        if old is None:
            f.error(name, f"The {name} section is required.")
        return None
    spelled = {"diffieHellmanGroup" if k == "diffieHelmanGroup" else k: v for k, v in raw.items()}
    if "diffieHellmanGroup" in raw:
        spelled["diffieHellmanGroup"] = raw["diffieHellmanGroup"]
    merged = {**(old or {}), **{k: v for k, v in spelled.items() if v is not None}}
    sub = Fields(merged)
    if name == "local":
        loc = sub.text("locationAlias", required=True)
        out: Rec = {
            "locationAlias": loc.upper() if loc else loc,
            "subnets": _subnets(sub, "subnets", sub.get("subnets")),
            "address": merged.get("address", ""),
        }
    elif name == "remote":
        address = sub.text("address", required=True)
        if address is not None:
            try:
                ipaddress.IPv4Address(address)
            except ValueError:
                sub.error("address", f"{address[:60]!r} is not an IPv4 address.")
        out = {
            "siteName": sub.text("siteName", required=True, max_len=255),
            "deviceType": sub.text("deviceType", required=True, max_len=255),
            "address": address,
            "subnets": _subnets(sub, "subnets", sub.get("subnets")),
        }
    else:
        choices = _IKE if name == "ike" else _IPSEC
        out = {
            key: sub.text(key, required=True, choices=options) for key, options in choices.items()
        }
        out["lifetime"] = sub.integer("lifetime", required=True, lo=60, hi=86400)
        if name == "ike":
            out.update(
                preSharedKey=sub.text("preSharedKey", required=True, max_len=255),
                deadPeerDetection=sub.flag("deadPeerDetection"),
                natTraversal=sub.flag("natTraversal"),
                remoteIdentity=sub.text("remoteIdentity", max_len=255),
            )
    f.adopt(sub, f"body.{name}")
    return out


def _view(ctx: Ctx, v: Rec) -> Rec:
    b = ctx.backend
    return views.vpn(b.state, v, b.vpns.pending_task(v))


@route
def list_site_to_site_vpns(ctx: Ctx) -> Reply:
    _account(ctx)
    return Reply(200, [_view(ctx, v) for v in ctx.backend.vpns.all()])


@route
def create_site_to_site_vpn(ctx: Ctx) -> Reply:
    _account(ctx)
    f = Fields(ctx.body)
    sections = {name: _section(f, name, None) for name in SECTIONS}
    f.check()
    return Reply(201, _view(ctx, ctx.backend.vpns.create(sections)))


@route
def get_site_to_site_vpn(ctx: Ctx) -> Reply:
    _account(ctx)
    return Reply(200, _view(ctx, ctx.backend.vpns.get(ctx.params["vpnId"])))


@route
def update_site_to_site_vpn(ctx: Ctx) -> Reply:
    _account(ctx)
    v = ctx.backend.vpns.get(ctx.params["vpnId"])
    f = Fields(ctx.body)
    changes = {name: _section(f, name, v[name]) for name in SECTIONS if f.has(name)}
    if not changes:
        f.error("body", "Send at least one of local, remote, ike, ipsec.")
    f.check()
    return Reply(200, _view(ctx, ctx.backend.vpns.update(v["id"], changes)))


@route
def delete_site_to_site_vpn(ctx: Ctx) -> Reply:
    _account(ctx)
    return Reply(200, ctx.backend.vpns.delete(ctx.params["vpnId"]))
