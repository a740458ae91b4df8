"""Request bodies with nulls that the live API accepted are accepted here too, with validation on.

The Java SDK's recordings hold every request it sent with a null inside (a create-server
body whose new disk has ``diskId: null, path: null``, ``customFields: null``, a pool update
with ``port: null``, a firewall policy update with ``destinationAccount: null``, an
anti-affinity policy rename with ``location: null``...), each answered 2xx by the live API.
Each is replayed with the ids of this emulator's world put in place of the recorded ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clc.testing import Clock, Emulator

from .conftest import Api

RECORDED = Path(__file__).resolve().parents[1] / "data" / "java-sdk-traffic.json"


def _has_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, dict):
        return any(_has_null(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_null(v) for v in value)
    return False


def _recorded_with_nulls() -> list[dict[str, Any]]:
    exchanges = json.loads(RECORDED.read_text(encoding="utf-8"))
    return [e for e in exchanges if e["request_body"] is not None and _has_null(e["request_body"])]


RECORDED_WITH_NULLS = _recorded_with_nulls()


def test_the_recordings_hold_the_nulls_of_the_issue() -> None:
    kinds = {(e["method"], e["path"].split("/")[2]) for e in RECORDED_WITH_NULLS}
    assert {
        ("POST", "servers"),
        ("PATCH", "servers"),
        ("PUT", "firewallPolicies"),
        ("PUT", "antiAffinityPolicies"),
        ("PUT", "sharedLoadBalancers"),
    } <= kinds
    assert all(200 <= e["status"] < 300 for e in RECORDED_WITH_NULLS)


class World:
    """Ids of this emulator's world to put where the recording has the live API's."""

    def __init__(self, api: Api, clock: Clock) -> None:
        self.api = api
        a = api.alias
        self.group = api.group_named("Default Group")["id"]
        self.field_ids = [f["id"] for f in api.ok("GET", f"/v2/accounts/{a}/customFields")]
        self.autoscale = api.ok("GET", f"/v2/autoscalePolicies/{a}")[0]["id"]
        self.affinity = next(
            p["id"]
            for p in api.ok("GET", f"/v2/antiAffinityPolicies/{a}")["items"]
            if p["location"] == "VA1"
        )
        api.create_server(self.group, name="src")
        clock.advance(11)
        self.server = f"VA1{a}SRC01"

    def create_body(self, body: dict[str, Any]) -> dict[str, Any]:
        out = {**body, "groupId": self.group}
        if not str(out.get("sourceServerId", "")).endswith("TEMPLATE"):
            out["sourceServerId"] = self.server
        if out.get("antiAffinityPolicyId"):
            out["antiAffinityPolicyId"] = self.affinity
        if out.get("cpuAutoscalePolicyId"):
            out["cpuAutoscalePolicyId"] = self.autoscale
        if out.get("customFields"):
            out["customFields"] = [
                {**f, "id": self.field_ids[i % len(self.field_ids)]}
                for i, f in enumerate(out["customFields"])
            ]
        out["name"] = out["name"][:6]  # this account's alias leaves six characters
        return out


def _replay(world: World, exchange: dict[str, Any]) -> tuple[str, str, Any]:
    """The method, path and body to send for one recorded exchange."""
    api, a = world.api, world.api.alias
    body = exchange["request_body"]
    method = exchange["method"]
    resource = exchange["path"].split("/")[2]
    if resource == "servers" and method == "POST":
        return method, f"/v2/servers/{a}", world.create_body(body)
    if resource == "servers" and method == "PATCH":
        return method, f"/v2/servers/{a}/{world.server}", body
    if resource == "firewallPolicies":
        fw = f"/v2-experimental/firewallPolicies/{a}/VA1"
        created = api.ok(
            "POST", fw, 201, json={"source": ["10.0.0.1/32"], "destination": ["10.0.0.2/32"],
                                   "ports": ["any"]},
        )  # fmt: skip
        return method, created["links"][0]["href"], body
    if resource == "antiAffinityPolicies":
        return method, f"/v2/antiAffinityPolicies/{a}/{world.affinity}", body
    if resource == "sharedLoadBalancers":
        lb = api.ok(
            "POST", f"/v2/sharedLoadBalancers/{a}/VA1", json={"name": "lb", "description": "d"}
        )
        pools = f"/v2/sharedLoadBalancers/{a}/VA1/{lb['id']}/pools"
        pool = api.ok("POST", pools, json={"port": 80})
        return method, f"{pools}/{pool['id']}", body
    raise AssertionError(f"no replay for {method} {exchange['path']}")


@pytest.mark.parametrize(
    "exchange",
    RECORDED_WITH_NULLS,
    ids=[f"{e['method']} {e['source']}" for e in RECORDED_WITH_NULLS],
)
def test_recorded_body_with_nulls_is_accepted(
    api: Api, clock: Clock, emu: Emulator, exchange: dict[str, Any]
) -> None:
    world = World(api, clock)
    method, path, body = _replay(world, exchange)
    r = api.http.request(method, path, json=body)
    assert r.status_code == exchange["status"], r.text
    assert emu.app.validator.violations == []
