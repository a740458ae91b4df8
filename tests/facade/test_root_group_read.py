"""``Datacenter.RootGroup()`` sends the group's read and returns; the group waits for it on
first use, and a first ``Servers().Servers()`` sends its detailed read meanwhile.

Against the emulator over loopback, with its latency fault making each group read slow
enough (1.5 s) that waiting for one read before sending the other would show.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

import clc
from clc.testing import Emulator

from .conftest import build_servers, counting_session

SLOW = 1.5  # seconds each slowed group read takes


@pytest.fixture
def root_id(sess: clc.Session) -> str:
    root = clc.v2.Datacenter("VA1", session=sess).RootGroup()
    build_servers(sess, [root.Create("inv")], name="rgr")
    return root.id


@pytest.fixture
def slow_groups(emu: Emulator) -> Iterator[None]:
    emu.add_fault(f"latency={SLOW * 1000:g},method=GET,path=/v2/groups/*")
    yield
    emu.clear_faults()


Row = tuple[object, ...]


def _eager_rows(sess: clc.Session, group_id: str) -> list[Row]:
    group = clc.v2.Group(group_id, session=sess)
    rows: list[Row] = [(s.id, s.power_state, s.ip_addresses) for s in group.Servers().Servers()]
    for child in group.Subgroups().groups:
        rows += [(s.id, s.power_state, s.ip_addresses) for s in child.Servers().Servers()]
    return rows


def test_the_root_group_and_its_server_details_are_read_together(
    sess: clc.Session, root_id: str, slow_groups: None
) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    started = time.monotonic()
    root = dc.RootGroup()
    assert time.monotonic() - started < SLOW / 2  # the read is on its way, not awaited
    servers = root.Servers().Servers()
    children = root.Subgroups().groups
    rows: list[Row] = [(s.id, s.power_state, s.ip_addresses) for s in servers]
    for child in children:  # served by the detailed read: no request
        rows += [(s.id, s.power_state, s.ip_addresses) for s in child.Servers().Servers()]
    took = time.monotonic() - started
    assert SLOW <= took < 2 * SLOW  # one after the other would take 2 x 1.5 s
    assert root.id == root_id and root.name
    assert rows and rows == _eager_rows(sess, root_id)


def test_a_root_group_loads_on_first_use_as_a_read_group(sess: clc.Session, root_id: str) -> None:
    root = clc.v2.Datacenter("VA1", session=sess).RootGroup()
    eager = clc.v2.Group(root_id, session=sess)
    assert root.data == eager.data and repr(root) == repr(eager)
    assert root.Servers().servers_lst == eager.Servers().servers_lst
    assert [g.id for g in root.Subgroups().groups] == [g.id for g in eager.Subgroups().groups]


def test_ids_alone_ask_for_no_server_details(emu: Emulator, root_id: str) -> None:
    with counting_session(emu) as (sess, counter):
        root = clc.v2.Datacenter("VA1", session=sess).RootGroup()
        assert root.Servers().servers_lst == []  # the root itself holds no server
        assert len(root.Subgroups().Get("inv").Servers().servers_lst) == 1
    assert counter.seen[-1] == f"GET /v2/groups/DEMO/{root_id}"
    assert not [r for r in counter.seen if "serverDetail" in r]


def test_a_failed_read_is_raised_by_the_group_s_first_use(
    emu: Emulator, sess: clc.Session, root_id: str
) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    emu.add_fault("status=500,path=/v2/groups/*,method=GET")
    root = dc.RootGroup()  # returns: the failure is on its way
    with pytest.raises(clc.CLCException) as first:
        root.name  # noqa: B018
    assert first.value.response_status_code == 500
    with pytest.raises(clc.CLCException):
        root.Servers().servers_lst  # noqa: B018  # the same failed read, raised again
    emu.clear_faults()
    root.Refresh()  # a new read replaces the failed one
    assert root.id == root_id and root.name
