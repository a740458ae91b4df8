"""Site-to-site VPNs (``/v2/siteToSiteVpn?account=ALIAS``).

Shapes follow the documentation: the local end gets the data center's VPN
address and description, the pre-shared key is never echoed back, and the
Diffie-Hellman group is read as either of the documentation's spellings
(``diffieHelmanGroup`` in requests) and written as ``diffieHellmanGroup``.
A new VPN carries the id of its provisioning task in ``pendingTaskId`` until
the task ends; DELETE answers the id of the task that removes it (a JSON string)
and the VPN disappears when that task completes.
"""

from __future__ import annotations

import copy
import ipaddress
from typing import Any

from .. import effects, queue, render
from ..errors import ApiError, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State

Rec = dict[str, Any]

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
_SECTIONS = ("local", "remote", "ike", "ipsec")


def _all(state: State) -> dict[str, Rec]:
    return state.data.setdefault("vpns", {})  # type: ignore[no-any-return]


def _account(ctx: Ctx) -> State:
    alias = ctx.query.get("account")
    if not alias:
        raise ApiError(400, "The account query parameter is required.")
    ctx.state.check_alias(alias)
    return ctx.state


def _vpn(ctx: Ctx) -> Rec:
    state = _account(ctx)
    v = _all(state).get(ctx.params["vpnId"].upper())
    if v is None:
        raise not_found(f"Site-to-site VPN {ctx.params['vpnId']}")
    return v


def _view(state: State, v: Rec) -> Rec:
    dc = state.data["datacenters"].get(v["local"]["locationAlias"], {})
    ike = {k: val for k, val in v["ike"].items() if k != "preSharedKey"}
    job = state.data["jobs"].get(v.get("pendingTaskId") or "")
    return {
        "id": v["id"],
        "pendingTaskId": v["pendingTaskId"] if job and not job["settled"] else "",
        "accountAlias": state.alias,
        "changeInfo": render.change_info(v),
        "local": {
            "address": v["local"]["address"],
            "locationAlias": v["local"]["locationAlias"],
            "locationDescription": dc.get("name", ""),
            "subnets": list(v["local"]["subnets"]),
        },
        "remote": copy.deepcopy(v["remote"]),
        "ike": ike,
        "ipsec": dict(v["ipsec"]),
        "links": [render.link("self", f"/v2/siteToSiteVpn/{v['id']}?account={state.alias}")],
    }


def _subnets(f: Fields, field: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not value:
        f.error(field, "Expected a non-empty list of CIDR blocks.")
        return []
    out = []
    for i, s in enumerate(value):
        try:
            out.append(str(ipaddress.IPv4Network(str(s).strip(), strict=False)))
        except ValueError:
            f.error(f"{field}[{i}]", f"{s!r} is not a CIDR block.")
    return out


def _section(f: Fields, name: str, old: Rec | None) -> Rec | None:
    """Validate one section, merged over ``old`` (an update may send a subset)."""
    raw = f.obj(name)
    if raw is None:
        if old is None:
            f.error(name, f"The {name} section is required.")
        return None
    if "diffieHelmanGroup" in raw and "diffieHellmanGroup" not in raw:
        raw = {**raw, "diffieHellmanGroup": raw["diffieHelmanGroup"]}
    raw = {k: v for k, v in raw.items() if k != "diffieHelmanGroup"}
    merged = {**(old or {}), **{k: v for k, v in raw.items() if v is not None}}
    sub = Fields(merged)
    out: Rec = {}
    if name == "local":
        loc = sub.text("locationAlias", required=True)
        out["locationAlias"] = loc.upper() if loc else loc
        out["subnets"] = _subnets(sub, "subnets", sub.get("subnets"))
        out["address"] = merged.get("address", "")
    elif name == "remote":
        out["siteName"] = sub.text("siteName", required=True, max_len=255)
        out["deviceType"] = sub.text("deviceType", required=True, max_len=255)
        address = sub.text("address", required=True)
        if address is not None:
            try:
                ipaddress.IPv4Address(address)
            except ValueError:
                sub.error("address", f"{address!r} is not an IPv4 address.")
        out["address"] = address
        out["subnets"] = _subnets(sub, "subnets", sub.get("subnets"))
    else:
        for key, choices in (_IKE if name == "ike" else _IPSEC).items():
            out[key] = sub.text(key, required=True, choices=choices)
        out["lifetime"] = sub.integer("lifetime", required=True, lo=60, hi=86400)
        if name == "ike":
            out["preSharedKey"] = sub.text("preSharedKey", required=True, max_len=255)
            out["deadPeerDetection"] = sub.flag("deadPeerDetection")
            out["natTraversal"] = sub.flag("natTraversal")
            out["remoteIdentity"] = merged.get("remoteIdentity")
    f.adopt(sub, f"body.{name}")
    return out


@route("GET", "/v2/siteToSiteVpn")
def list_site_to_site_vpns(ctx: Ctx) -> Reply:
    state = _account(ctx)
    return Reply(200, [_view(state, v) for v in _all(state).values()])


@route("POST", "/v2/siteToSiteVpn")
def create_site_to_site_vpn(ctx: Ctx) -> Reply:
    state = _account(ctx)
    f = Fields(ctx.body)
    sections = {name: _section(f, name, None) for name in _SECTIONS}
    f.check()
    local = sections["local"]
    assert local is not None
    dc = local["locationAlias"]
    if dc not in state.data["datacenters"]:
        raise ApiError(
            400, "The request is invalid.", {"body.local.locationAlias": [f"Unknown {dc}."]}
        )
    index = list(state.data["datacenters"]).index(dc)
    local["address"] = f"66.155.{90 + index}.{2 + state.next_seq('vpn') % 8}"
    vid = state.new_id().upper()
    now = state.clock.now()
    v: Rec = {
        "id": vid,
        **sections,
        "createdBy": state.username,
        "createdDate": now,
        "modifiedBy": state.username,
        "modifiedDate": now,
    }
    v["pendingTaskId"] = queue.submit(
        state, dc, [], fail=ctx.fail_jobs, on_fail=[["vpn.delete", vid]]
    )
    _all(state)[vid] = v
    state.dirty = True
    return Reply(201, _view(state, v))


@route("GET", "/v2/siteToSiteVpn/{vpnId}")
def get_site_to_site_vpn(ctx: Ctx) -> Reply:
    return Reply(200, _view(ctx.state, _vpn(ctx)))


@route("PUT", "/v2/siteToSiteVpn/{vpnId}")
def update_site_to_site_vpn(ctx: Ctx) -> Reply:
    state = ctx.state
    v = _vpn(ctx)
    f = Fields(ctx.body)
    changes = {name: _section(f, name, v[name]) for name in _SECTIONS if f.has(name)}
    if not changes:
        f.error("body", "Send at least one of local, remote, ike, ipsec.")
    f.check()
    local = changes.get("local")
    if local is not None and local["locationAlias"] != v["local"]["locationAlias"]:
        raise ApiError(
            400,
            "The request is invalid.",
            {"body.local.locationAlias": ["A VPN cannot move to another data center."]},
        )
    v.update(changes)
    state.touch(v)
    state.dirty = True
    return Reply(200, _view(state, v))


@route("DELETE", "/v2/siteToSiteVpn/{vpnId}")
def delete_site_to_site_vpn(ctx: Ctx) -> Reply:
    state = ctx.state
    v = _vpn(ctx)
    jid = queue.submit(
        state, v["local"]["locationAlias"], [["vpn.delete", v["id"]]], fail=ctx.fail_jobs
    )
    v["pendingTaskId"] = jid
    state.dirty = True
    return Reply(200, jid)


@effects.effect("vpn.delete")
def _delete(state: State, vid: str) -> None:
    _all(state).pop(vid, None)
