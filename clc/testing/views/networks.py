"""Networks and their IP addresses."""

from __future__ import annotations

from ..state import State
from .common import Rec, link


def network(state: State, n: Rec, *, ip_filter: str | None = None) -> Rec:
    a = state.alias_lower
    dc = n["locationId"].lower()
    href = f"/v2-experimental/networks/{a}/{dc}/{n['id']}"
    out: Rec = {
        "id": n["id"],
        "cidr": n["cidr"],
        "description": n["description"],
        "gateway": n["gateway"],
        "name": n["name"],
        "netmask": n["netmask"],
        "type": n["type"],
        "vlan": n["vlan"],
    }
    if ip_filter:
        out["ipAddresses"] = ip_list(state, n, ip_filter)
    out["links"] = [
        link("self", href, verbs=["GET", "PUT"]),
        link("ipAddresses", f"{href}/ipAddresses", verbs=["GET"]),
        link("release", f"{href}/release", verbs=["POST"]),
    ]
    return out


def ip_list(state: State, n: Rec, kind: str) -> list[Rec]:
    """IP addresses of a network: ``claimed``, ``free`` or ``all``."""
    primaries = {s["primaryIP"] for s in state.data["servers"].values() if s.get("primaryIP")}
    out: list[Rec] = []
    if kind in ("claimed", "all"):
        for addr, who in sorted(n["addresses"].items(), key=lambda kv: _ip_key(kv[0])):
            out.append(
                {
                    "address": addr,
                    "claimed": True,
                    "primary": addr in primaries,
                    "server": who,
                    "type": "private",
                }
            )
    if kind in ("free", "all"):
        base = n["cidr"].rsplit(".", 1)[0]
        for last in range(12, 255):
            addr = f"{base}.{last}"
            if addr not in n["addresses"]:
                out.append({"address": addr, "claimed": False, "type": "private"})
    return out


def _ip_key(addr: str) -> tuple[int, ...]:
    return tuple(int(p) for p in addr.split("."))


def log_forwarding(values: Rec) -> Rec:
    return dict(values)
