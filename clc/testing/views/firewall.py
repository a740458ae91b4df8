"""Firewall policies, within a data center and across data centers."""

from __future__ import annotations

from ..state import State
from .common import Rec, link

_VERBS = ["GET", "PUT", "DELETE"]


def policy_link(state: State, p: Rec) -> Rec:
    href = (
        f"/v2-experimental/firewallPolicies/{state.alias_lower}/{p['location'].lower()}/{p['id']}"
    )
    return link("self", href, verbs=_VERBS)


def policy(state: State, p: Rec) -> Rec:
    return {
        "id": p["id"],
        "status": p["status"],
        "enabled": p["enabled"],
        "source": list(p["source"]),
        "destination": list(p["destination"]),
        "destinationAccount": p["destinationAccount"],
        "ports": list(p["ports"]),
        "links": [policy_link(state, p)],
    }


def created(state: State, p: Rec) -> Rec:
    """The create answer: only the new policy's link."""
    return {"links": [policy_link(state, p)]}


def cross_policy(state: State, p: Rec) -> Rec:
    a = state.alias_lower
    source = p["sourceLocation"].lower()
    return {
        "id": p["id"],
        "status": "pending" if state.clock.now() < p["activeAt"] else "active",
        "enabled": p["enabled"],
        "sourceCidr": p["sourceCidr"],
        "sourceAccount": a,
        "sourceLocation": source,
        "destinationCidr": p["destinationCidr"],
        "destinationAccount": p["destinationAccount"],
        "destinationLocation": p["destinationLocation"].lower(),
        "links": [
            link(
                "self",
                f"/v2-experimental/crossDcFirewallPolicies/{a}/{source}/{p['id']}",
                verbs=_VERBS,
            )
        ],
    }
