"""Shared load balancers (pools, nodes) and firewall policies (intra- and cross-data-center),
reached from ``Datacenter``: each create, update and delete is checked in the emulator's
state, and bad arguments are refused before any request."""

from __future__ import annotations

from typing import Any

import pytest

import clc
from clc.testing import Emulator


def world(emu: Emulator, key: str) -> dict[str, Any]:
    """A copy of one table of the emulator's state (``{}`` before its first record)."""
    with emu.state.lock:
        table = emu.state.data.get(key, {})
        return {k: dict(v) for k, v in table.items()}


def test_load_balancer_pools_and_nodes(sess: clc.Session, emu: Emulator) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    lb = dc.LoadBalancers().Create("web", "web tier")
    assert isinstance(lb, clc.v2.LoadBalancer) and lb.ip_address
    stored = world(emu, "loadBalancers")[lb.id]
    assert (stored["name"], stored["description"], stored["status"]) == (
        "web",
        "web tier",
        "enabled",
    )

    lb.Update(name="web2", status="disabled")
    assert (lb.name, lb.status, lb.description) == ("web2", "disabled", "web tier")
    assert world(emu, "loadBalancers")[lb.id]["status"] == "disabled"
    assert [b.id for b in dc.LoadBalancers()] == [lb.id]
    assert dc.LoadBalancers().Get("WEB2") is not None

    pool = lb.Pools().Create(80, method="leastConnection", persistence="sticky")
    assert (pool.port, pool.method, pool.persistence) == (80, "leastConnection", "sticky")
    pool.SetNodes([("10.0.0.5", 8080), ("10.0.0.6", 8080)])
    pool.AddNode("10.0.0.7", 8081)
    pool.RemoveNode("10.0.0.5", 8080)
    assert [(n.ip_address, n.private_port) for n in pool.Nodes()] == [
        ("10.0.0.6", 8080),
        ("10.0.0.7", 8081),
    ]
    stored_pool = world(emu, "loadBalancers")[lb.id]["pools"][pool.id]
    assert [n["ipAddress"] for n in stored_pool["nodes"]] == ["10.0.0.6", "10.0.0.7"]
    pool.Update(method="roundRobin")
    assert (pool.method, pool.persistence) == ("roundRobin", "sticky")
    assert lb.Pools().Get(80) is not None

    pool.Delete()
    assert world(emu, "loadBalancers")[lb.id]["pools"] == {}
    lb.Delete()
    assert lb.id not in world(emu, "loadBalancers")
    with pytest.raises(clc.NotFoundException):
        lb.Refresh()


def test_load_balancer_arguments_are_checked_before_any_request(sess: clc.Session) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    balancers = dc.LoadBalancers()
    with pytest.raises(clc.InvalidArgumentException, match="status"):
        balancers.Create("x", status="on")
    lb = balancers.Create("x")
    with pytest.raises(clc.InvalidArgumentException, match="invalid port: 8080"):
        lb.Pools().Create(8080)
    with pytest.raises(clc.InvalidArgumentException, match="method"):
        lb.Pools().Create(443, method="random")
    pool = lb.Pools().Create(443)
    with pytest.raises(clc.InvalidArgumentException, match="ip_address"):
        pool.SetNodes([("not an address", 80)])


def test_firewall_policy_lifecycle(sess: clc.Session, emu: Emulator) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    policy = dc.FirewallPolicies().Create("10.0.1.0/24", ["10.0.2.0/24"], ports=["tcp/80", "icmp"])
    assert isinstance(policy, clc.v2.FirewallPolicy)
    assert (policy.source, policy.destination, policy.ports) == (
        ["10.0.1.0/24"],
        ["10.0.2.0/24"],
        ["tcp/80", "icmp"],
    )
    assert policy.enabled and policy.destination_account == sess.alias.lower()
    stored = world(emu, "firewallPolicies")[policy.id]
    assert stored["ports"] == ["tcp/80", "icmp"] and stored["enabled"] is True

    policy.Update(enabled=False, ports="any")
    assert (policy.enabled, policy.ports, policy.source) == (False, ["any"], ["10.0.1.0/24"])
    assert world(emu, "firewallPolicies")[policy.id]["enabled"] is False
    assert [p.id for p in dc.FirewallPolicies()] == [policy.id]

    policy.Delete()
    assert policy.id not in world(emu, "firewallPolicies")
    assert dc.FirewallPolicies().Get(policy.id) is None
    with pytest.raises(clc.InvalidArgumentException, match="source"):
        dc.FirewallPolicies().Create("10.0.0.0/33", "10.0.2.0/24")
    with pytest.raises(clc.InvalidArgumentException, match="ports"):
        dc.FirewallPolicies().Create("10.0.1.0/24", "10.0.2.0/24", ports="http")


def test_cross_dc_firewall_policy_lifecycle(sess: clc.Session, emu: Emulator) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    policy = dc.CrossDcFirewallPolicies().Create("10.0.1.0/24", "WA1", "10.1.0.0/24")
    assert isinstance(policy, clc.v2.CrossDcFirewallPolicy)
    assert (policy.destination_location, policy.destination_cidr) == ("wa1", "10.1.0.0/24")
    assert policy.status == "pending" and policy.enabled
    assert world(emu, "crossDcFirewallPolicies")[policy.id]["sourceCidr"] == "10.0.1.0/24"
    emu.clock.advance(1)
    policy.Refresh()
    assert policy.status == "active"

    policy.Update(enabled=False)
    assert policy.enabled is False
    assert world(emu, "crossDcFirewallPolicies")[policy.id]["enabled"] is False
    assert [p.id for p in dc.CrossDcFirewallPolicies()] == [policy.id]

    policy.Delete()
    assert policy.id not in world(emu, "crossDcFirewallPolicies")
    with pytest.raises(clc.NotFoundException):
        policy.Refresh()
