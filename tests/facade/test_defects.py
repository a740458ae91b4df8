"""The defects of clc-sdk 2.51 (reference section 4.2) are not carried over."""

from __future__ import annotations

import logging
from typing import Any

import pytest

import clc
from clc.testing import Emulator

from .conftest import build_servers, counting_session


def build(session: clc.Session, group: Any, n: int = 1, name: str = "d") -> list[clc.v2.Server]:
    return [r.Server() for r in build_servers(session, [group] * n, name).success_requests]


@pytest.fixture
def group(sess: clc.Session) -> clc.v2.Group:
    return clc.v2.Datacenter("VA1", session=sess).RootGroup().Create("defects")


def test_empty_requests_instead_of_int_zero(sess: clc.Session, group: clc.v2.Group) -> None:
    (server,) = build(sess, group)
    for empty in (server.Change(), server.DeleteSnapshot(), server.Clone(network_id="n", count=0)):
        assert isinstance(empty, clc.v2.Requests)
        assert empty.WaitUntilComplete() == 0


def test_change_and_memory_attribute(sess: clc.Session, group: clc.v2.Group) -> None:
    (server,) = build(sess, group)
    assert server.memory == 2  # present without Refresh (2.51: only after Refresh)
    assert server.Change(cpu=2, memory=4).WaitUntilComplete(poll_freq=0.02) == 0
    server.Refresh()
    assert (server.cpu, server.memory) == (2, 4)
    assert server.power_state == "started" and server.powerState == "started"
    assert server.data["details"]["powerState"] == "started"  # raw data still reachable


def test_group_defaults_resolve_memory(sess: clc.Session, group: clc.v2.Group) -> None:
    clc.v2.API.Call(
        "POST", f"groups/DEMO/{group.id}/defaults", {"cpu": 2, "memoryGB": 6}, session=sess
    )
    assert group.Defaults("memory") == 6 and group.Defaults("cpu") == 2
    dc = clc.v2.Datacenter("VA1", session=sess)
    reqs = clc.v2.Server.Create(
        name="dflt", template=dc.Templates().templates[0].id, group_id=group.id,
        network_id=dc.Networks().networks[0].id, session=sess,
    )  # fmt: skip
    assert reqs.WaitUntilComplete(poll_freq=0.02) == 0
    server = reqs.success_requests[0].Server()
    assert (server.cpu, server.memory) == (2, 6)


def test_network_type_and_str_of_everything(sess: clc.Session, group: clc.v2.Group) -> None:
    net = clc.v2.Datacenter("VA1", session=sess).Networks(forced_load=True).networks[0]
    assert net.type == "private" and str(net) == net.id
    policy = clc.v2.AntiAffinity.GetAll(session=sess)[0]
    assert str(policy) == policy.name
    (server,) = build(sess, group)
    assert server.Disks().Add(10, path="/data").WaitUntilComplete(poll_freq=0.02) == 0
    server.Refresh()
    assert all(isinstance(str(d), str) for d in server.Disks().disks)
    assert str(server) == server.name and str(group) == "defects"


def test_hasattr_never_raises_keyerror(sess: clc.Session) -> None:
    g = clc.v2.Group("x", alias="DEMO", group_obj={"id": "x", "name": "bare"}, session=sess)
    assert not hasattr(g, "no_such_thing")
    assert g.created_date is None and g.description == ""


def test_snapshot_replaces_the_previous_one_and_waits(
    sess: clc.Session, group: clc.v2.Group
) -> None:
    (server,) = build(sess, group)
    assert server.CreateSnapshot().WaitUntilComplete(poll_freq=0.02) == 0
    server.Refresh()
    assert len(server.GetSnapshots()) == 1
    assert server.CreateSnapshot(delete_existing=True).WaitUntilComplete(poll_freq=0.02) == 0
    server.Refresh()
    assert len(server.GetSnapshots()) == 1


def test_restore_and_unmap_do_something(
    sess: clc.Session, group: clc.v2.Group, emu: Emulator
) -> None:
    (server,) = build(sess, group)
    assert server.Archive().WaitUntilComplete(poll_freq=0.02) == 0
    assert server.Restore(group.id).WaitUntilComplete(poll_freq=0.02) == 0
    server.Refresh()
    assert server.status == "active" and server.group_id == group.id
    policy_id = clc.v2.API.Call("GET", "alertPolicies/DEMO", session=sess)["items"][0]["id"]
    clc.v2.API.Call(
        "POST", f"servers/DEMO/{server.id}/alertPolicies", {"id": policy_id}, session=sess
    )
    server.Refresh()
    alert = server.Alerts().alerts[0]
    alert.Unmap()
    server.Refresh()
    assert server.Alerts().alerts == []


def test_json_bodies_for_nested_payloads(sess: clc.Session, group: clc.v2.Group) -> None:
    (server,) = build(sess, group)
    reqs = server.PublicIPs().Add(
        [{"protocol": "TCP", "port": 80}, {"protocol": "TCP", "port": 8000, "port_to": 8010}],
        source_restrictions=["10.0.0.0/24"],
    )
    assert reqs.WaitUntilComplete(poll_freq=0.02) == 0
    server.Refresh()
    ip = server.PublicIPs().public_ips[0]
    assert [str(p) for p in ip.ports] == ["TCP 80", "TCP 8000-8010"]
    assert [str(s) for s in ip.source_restrictions] == ["10.0.0.0/24"]


def test_network_operations_use_the_networks_own_datacenter(sess: clc.Session) -> None:
    uc1 = clc.v2.Datacenter("UC1", session=sess)
    net = uc1.Networks(forced_load=True).networks[0]
    net.Refresh()  # 2.51 looked it up in the primary data center (VA1)
    net.Update("renamed", description="in UC1")
    assert clc.v2.Network(net.id, session=sess, location="UC1").name == "renamed"


def test_datacenter_by_name_and_parent_account(sess: clc.Session) -> None:
    assert str(clc.v2.Datacenter(name="US East (Sterling)", session=sess)) == "VA1"
    parent = clc.v2.Account(session=sess).ParentAccount()
    assert parent is not None and parent.ParentAccount() is None


def test_no_n_plus_one(emu: Emulator) -> None:
    with counting_session(emu) as (s, counter):
        group = clc.v2.Datacenter("VA1", session=s).RootGroup().Create("inventory")
        build(s, group, n=5)
        assert len(clc.v2.Datacenter.Datacenters(session=s)) > 1
        counter.seen.clear()
        servers = clc.v2.Group(group.id, session=s).Servers()  # a plain read of the group
        assert counter.seen == [f"GET /v2/groups/DEMO/{group.id}"]
        counter.seen.clear()
        assert len(servers.servers) == 5 and all(x.power_state for x in servers.servers)
        assert counter.seen == [f"GET /v2/groups/DEMO/{group.id}?serverDetail=detailed"]
        counter.seen.clear()
        assert len(clc.v2.Datacenter.Datacenters(session=s)) > 1
        assert counter.seen == ["GET /v2/datacenters/DEMO?groupLinks=true"]


def test_no_secret_in_debug_output_or_logs(
    emu: Emulator, capsys: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
        clc.v2.API.Call("GET", "accounts/DEMO", session=s, debug=True)
        clc.v2.Account(session=s).PrimaryDatacenter().Groups()
        token = s.token
    out = capsys.readouterr().out
    assert "accounts/DEMO" in out
    text = out + "\n".join(r.getMessage() for r in caplog.records)
    assert "GET" in text and token not in text and emu.password not in text
