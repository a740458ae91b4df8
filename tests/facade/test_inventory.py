"""The inventory walk of a data center costs a fixed number of requests.

``Datacenter(dc).RootGroup()``, then per group ``Servers().Servers()`` and
``Subgroups()``: the root group is read plainly (its tree of subgroups, no server
details), then once with ``serverDetail=detailed`` by its first ``Servers()``, which
embeds the details of every server below for the subgroups built from it. The walk makes
four requests however many servers and groups there are; lookups that only want a group
never ask for server details. Requests are counted on the way out (a counting
transport) and by the emulator itself (its health endpoint).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import clc
from clc.testing import Emulator
from clc.v2.resource import to_data

from .conftest import Counting, build_servers, counting_session

DOCUMENTED = (
    "id", "name", "description", "cpu", "power_state", "memory", "storage", "group_id",
    "is_template", "location_id", "os", "os_type", "status", "type", "storage_type",
    "in_maintenance_mode", "created_by", "created_date", "modified_by", "modified_date",
    "dirty", "custom_fields", "partitions", "alert_policies", "ip_addresses",
    "secondary_ip_addresses",
)  # fmt: skip


def served(emu: Emulator) -> int:
    """How many API requests the emulator has answered (its health endpoint)."""
    return int(httpx.get(f"{emu.url}/_emulator/health").json()["requests"])


def walk(session: clc.Session) -> tuple[list[tuple[Any, ...]], list[clc.v2.Group]]:
    """The benchmark's inventory: rows of every server, and the groups visited."""
    rows: list[tuple[Any, ...]] = []
    groups: list[clc.v2.Group] = []
    stack = [clc.v2.Datacenter("VA1", session=session).RootGroup()]
    while stack:
        group = stack.pop()
        groups.append(group)
        for s in group.Servers().Servers():
            ips = [a.get("internal") or a.get("public") for a in s.ip_addresses]
            rows.append((s.id, s.name, s.status, s.power_state, s.cpu, s.memory, ips))
        stack.extend(group.Subgroups().groups)
    return sorted(rows), groups


@pytest.fixture
def tree(sess: clc.Session) -> dict[str, clc.v2.Group]:
    """root -> inv -> (a -> a1, b): nested groups to put servers in."""
    inv = clc.v2.Datacenter("VA1", session=sess).RootGroup().Create("inv")
    a, b = inv.Create("a"), inv.Create("b")
    return {"inv": inv, "a": a, "a1": a.Create("a1"), "b": b}


def build(session: clc.Session, groups: list[clc.v2.Group]) -> None:
    """One server in each of ``groups`` (a group may appear several times)."""
    build_servers(session, groups, name="inv")


@pytest.fixture
def counted(emu: Emulator) -> Iterator[tuple[clc.Session, Counting]]:
    with counting_session(emu) as session_and_counter:
        yield session_and_counter


def fresh_walk(emu: Emulator) -> tuple[list[tuple[Any, ...]], list[str], int]:
    """The walk in a new session (login included): rows, requests sent, requests served."""
    before = served(emu)
    with counting_session(emu) as (s, counter):
        rows, _ = walk(s)
    return rows, counter.seen, served(emu) - before


def detailed(seen: list[str]) -> list[str]:
    """The requests of ``seen`` that asked for server details."""
    return [r for r in seen if "serverDetail=detailed" in r]


def test_walk_costs_four_requests_whatever_the_server_count(
    emu: Emulator, sess: clc.Session, tree: dict[str, clc.v2.Group]
) -> None:
    build(sess, [tree["inv"], tree["a1"]])
    rows, seen, answered = fresh_walk(emu)
    root = clc.v2.Datacenter("VA1", session=sess).root_group_id
    assert seen == [
        "POST /v2/authentication/login",
        "GET /v2/datacenters/DEMO/VA1?groupLinks=true",
        f"GET /v2/groups/DEMO/{root}",
        f"GET /v2/groups/DEMO/{root}?serverDetail=detailed",
    ]
    assert answered == 4 and len(rows) == 2

    build(sess, [tree["a"], tree["a1"], tree["a1"], tree["b"], tree["b"], tree["b"]])
    more_rows, more_seen, more_answered = fresh_walk(emu)
    assert len(more_rows) == 8
    assert (more_seen, more_answered) == (seen, answered)


def test_walk_yields_the_rows_of_the_per_server_path(
    sess: clc.Session, tree: dict[str, clc.v2.Group]
) -> None:
    build(sess, [tree["inv"], tree["a"], tree["a1"], tree["a1"], tree["b"]])
    rows, groups = walk(sess)
    by_group: list[tuple[Any, ...]] = []
    embedded_built = {s.id: s for g in walk(sess)[1] for s in g.Servers().Servers()}
    for group in groups:
        for server_id in group.Servers().servers_lst:
            fresh = clc.v2.Server(server_id, session=sess)  # 2.51: one GET per server
            ips = [a.get("internal") or a.get("public") for a in fresh.ip_addresses]
            by_group.append(
                (
                    fresh.id,
                    fresh.name,
                    fresh.status,
                    fresh.power_state,
                    fresh.cpu,
                    fresh.memory,
                    ips,
                )
            )
            # Built from the embedded details, it is the server a GET returns.
            built = embedded_built[fresh.id]
            for attr in DOCUMENTED:
                assert getattr(built, attr) == getattr(fresh, attr), attr
            assert built.data == fresh.data
            assert built.GetSnapshots() == fresh.GetSnapshots()
            assert [d.id for d in built.Disks().disks] == [d.id for d in fresh.Disks().disks]
    assert len(rows) == 5 and sorted(by_group) == rows


def test_group_data_reads_as_a_plain_get(sess: clc.Session, tree: dict[str, clc.v2.Group]) -> None:
    """``Group.data`` stays what 2.51 stored: ``server`` links, no embedded ``servers``."""
    from clc_generated.api.groups import get_group

    build(sess, [tree["inv"], tree["a1"]])
    for group_id in (clc.v2.Datacenter("VA1", session=sess).root_group_id, tree["a1"].id):
        assert group_id is not None
        plain = get_group.sync("DEMO", group_id, client=sess.client)
        group = clc.v2.Group(group_id, session=sess)
        assert group.data == to_data(plain)
        assert not hasattr(group, "servers")
    a1 = clc.v2.Group(tree["inv"].id, session=sess).Subgroups().Get("a").Subgroups().Get("a1")
    assert a1.data == to_data(get_group.sync("DEMO", a1.id, client=sess.client))
    assert len(a1.Servers().servers_lst) == 1


def test_subgroups_first_walk_reads_each_group_at_most_once(
    emu: Emulator, sess: clc.Session, tree: dict[str, clc.v2.Group]
) -> None:
    """Asked for its subgroups' servers before its own, each group reads its own subtree;
    no group is read twice and the cost does not grow with the servers."""

    def post_order(session: clc.Session) -> int:
        def visit(group: clc.v2.Group) -> int:
            below = sum(visit(child) for child in group.Subgroups().groups)
            return below + len(group.Servers().Servers())

        return visit(clc.v2.Datacenter("VA1", session=session).RootGroup())

    def counted_walk() -> tuple[int, list[str], int]:
        before = served(emu)
        with counting_session(emu) as (s, counter):
            n = post_order(s)
        return n, counter.seen, served(emu) - before

    build(sess, [tree["inv"], tree["a1"], tree["b"]])
    n, seen, answered = counted_walk()
    root = clc.v2.Datacenter("VA1", session=sess).root_group_id
    # One read of each group with servers in or below it, none of the others.
    ids = [root, *(tree[k].id for k in ("inv", "a", "a1", "b"))]
    assert sorted(detailed(seen)) == sorted(
        f"GET /v2/groups/DEMO/{i}?serverDetail=detailed" for i in ids
    )
    assert n == 3 and len(seen) == answered == 3 + len(ids)

    build(sess, [tree["a1"], tree["a1"], tree["b"], tree["inv"]])
    more_n, more_seen, more_answered = counted_walk()
    assert more_n == 7 and (more_seen, more_answered) == (seen, answered)


def test_one_detailed_read_serves_subgroups_built_before_and_after(
    counted: tuple[clc.Session, Counting],
) -> None:
    s, counter = counted
    inv = clc.v2.Datacenter("VA1", session=s).RootGroup().Create("inv")
    x = inv.Create("x")
    build(s, [inv, x, x.Create("x1"), inv.Create("y")])
    counter.seen.clear()
    group = clc.v2.Group(inv.id, session=s)
    early = group.Subgroups().Get("x")  # built before the detailed read
    assert counter.seen == [f"GET /v2/groups/DEMO/{inv.id}"]
    counter.seen.clear()
    assert len(group.Servers().Servers()) == 1
    assert counter.seen == [f"GET /v2/groups/DEMO/{inv.id}?serverDetail=detailed"]
    counter.seen.clear()
    late = group.Subgroups().Get("y")  # built after it
    x1 = early.Subgroups().Get("x1")
    assert [len(g.Servers().Servers()) for g in (early, late, x1)] == [1, 1, 1]
    assert x1.Subgroups().groups == [] and counter.seen == []


def test_a_plain_lookup_asks_for_no_server_details(
    counted: tuple[clc.Session, Counting],
) -> None:
    s, counter = counted
    inv = clc.v2.Datacenter("VA1", session=s).RootGroup().Create("inv")
    build(s, [inv, inv, inv.Create("child")])
    counter.seen.clear()
    default = clc.v2.Datacenter("VA1", session=s).Groups().Get("Default Group")
    assert default.name == "Default Group"
    assert clc.v2.Group(inv.id, session=s).Subgroups().Get("child").server_count == 1
    build(s, [default])  # Server.Create reads the group's defaults, not its servers
    assert counter.seen and detailed(counter.seen) == []


def test_embedded_details_serve_one_read_then_reads_are_fresh(
    counted: tuple[clc.Session, Counting],
) -> None:
    """What arrived with the group serves its first ``Servers()``; changes made after that
    are seen by the next one, by ``Servers(cached=False)`` and by ``Refresh()``."""
    s, counter = counted
    inv = clc.v2.Datacenter("VA1", session=s).RootGroup().Create("inv")
    build(s, [inv, inv])
    group = clc.v2.Group(inv.id, session=s)
    first = group.Servers()
    (one, other) = first.Servers()
    assert one.power_state == "started"
    assert one.PowerOff().WaitUntilComplete(poll_freq=0.02) == 0

    counter.seen.clear()
    one.Refresh()
    assert one.power_state == "stopped"
    assert counter.seen == [f"GET /v2/servers/DEMO/{one.id}"]

    counter.seen.clear()
    again = {x.id: x.power_state for x in group.Servers().Servers()}
    assert again == {one.id: "stopped", other.id: "started"}
    assert counter.seen == [f"GET /v2/groups/DEMO/{inv.id}?serverDetail=detailed"]

    assert other.PowerOff().WaitUntilComplete(poll_freq=0.02) == 0
    counter.seen.clear()
    assert {x.power_state for x in first.Servers(cached=False)} == {"stopped"}
    assert len(counter.seen) == 1

    counter.seen.clear()
    group.Refresh()  # a plain read: the next read of the servers asks for them
    assert {x.power_state for x in group.Servers().Servers()} == {"stopped"}
    assert counter.seen == [
        f"GET /v2/groups/DEMO/{inv.id}",
        f"GET /v2/groups/DEMO/{inv.id}?serverDetail=detailed",
    ]


def test_refresh_drops_the_details_kept_for_the_groups_below(
    counted: tuple[clc.Session, Counting],
) -> None:
    s, counter = counted
    inv = clc.v2.Datacenter("VA1", session=s).RootGroup().Create("inv")
    build(s, [inv, inv.Create("child")])
    group = clc.v2.Group(inv.id, session=s)
    child = group.Subgroups().Get("child")
    group.Servers().Servers()  # keeps the child's details
    group.Refresh()
    counter.seen.clear()
    assert len(child.Servers().Servers()) == 1
    assert counter.seen == [f"GET /v2/groups/DEMO/{child.id}?serverDetail=detailed"]


def test_a_group_operation_makes_the_next_read_fresh(sess: clc.Session) -> None:
    inv = clc.v2.Datacenter("VA1", session=sess).RootGroup().Create("inv")
    build(sess, [inv.Create("child"), inv.Create("child")])
    parent = clc.v2.Group(inv.id, session=sess)
    parent.Servers().Servers()  # keeps the child's details, every server started
    group = parent.Subgroups().Get("child")
    assert group.PowerOff().WaitUntilComplete(poll_freq=0.02) == 0
    assert {x.power_state for x in group.Servers().Servers()} == {"stopped"}


def test_data_is_built_from_the_model_only_when_read(
    sess: clc.Session, tree: dict[str, clc.v2.Group]
) -> None:
    build_servers(sess, [tree["a"], tree["a"]], "lz")
    rows, _ = walk(sess)
    servers = clc.v2.Group(tree["a"].id, session=sess).Servers().Servers()
    assert rows and all(s._data is None for s in servers)  # typed attributes need no JSON copy
    first = servers[0]
    assert first.data == first.model.to_dict() and first.data is first.data  # built once
    first.data = {"name": "given"}  # 2.51 code may replace it
    assert first.data == {"name": "given"} and first.Name == "given"
