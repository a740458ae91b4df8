"""The three quick-start scenarios of the original README, run as written (Python 3 prints)
against the emulator over loopback HTTP, with each step's effect checked in its state."""

from __future__ import annotations

from typing import Any

import clc
from clc.testing import Emulator


def servers_in(emu: Emulator, group_id: str) -> list[dict[str, Any]]:
    with emu.state.lock:
        return [s for s in emu.state.data["servers"].values() if s["groupId"] == group_id]


def group_rec(emu: Emulator, group_id: str) -> dict[str, Any] | None:
    with emu.state.lock:
        rec: dict[str, Any] | None = emu.state.data["groups"].get(group_id)
        return rec


def test_account_details_and_a_server_build(default_creds: Emulator, capsys: Any) -> None:
    emu = default_creds
    account = clc.v2.Account()
    # The README's own formatting, kept as written.
    print(
        "%s\n%s\n%s\n%s, %s %s"  # noqa: UP031
        % (
            account.business_name,
            account.address_line1,
            account.address_line2,
            account.city,
            account.state_province,
            account.postal_code,
        )
    )
    assert capsys.readouterr().out.splitlines() == [
        "Demo Company",
        "1 Emulator Way",
        "Suite 200",
        "Seattle, WA 98101",
    ]

    datacenter = account.PrimaryDatacenter()
    assert str(datacenter) == "VA1" == str(clc.v2.Datacenter())
    default_group = datacenter.Groups().Get("Default Group")
    before = len(servers_in(emu, default_group.id))

    result = clc.v2.Server.Create(
        name="api2",
        cpu=1,
        memory=1,
        group_id=default_group.id,
        template=datacenter.Templates().Search("centos-6-64")[0].id,
        network_id=datacenter.Networks().networks[0].id,
    ).WaitUntilComplete()

    assert result == 0
    built = servers_in(emu, default_group.id)
    assert len(built) == before + 1
    (server,) = [s for s in built if "API2" in s["name"]]
    assert server["cpu"] == 1 and server["memoryMB"] == 1024
    assert server["status"] == "active"


def test_va1_qa_lifecycle(default_creds: Emulator) -> None:
    emu = default_creds
    # Set the stage the README assumes: a Production group in VA1 with two servers.
    va1 = clc.v2.Datacenter("VA1")
    production = va1.RootGroup().Create("Production")
    template = va1.Templates().templates[0].id
    network = va1.Networks().networks[0].id
    builds = [
        clc.v2.Server.Create(
            name=n, cpu=1, memory=2, group_id=production.id, template=template, network_id=network
        )
        for n in ("web", "db")
    ]
    assert sum(builds).WaitUntilComplete(poll_freq=0.02) == 0

    # -- the README scenario --------------------------------------------------------
    va1 = clc.v2.Datacenter("VA1")
    va1_prod_servers = va1.Groups().Get("Production").Servers()

    va1_qa_group = va1.RootGroup().Create("QA-1234")
    clones = []
    for server in va1_prod_servers.servers:
        clones.append(
            server.Clone(group_id=va1_qa_group.id, network_id=va1.Networks().networks[0].id)
        )
    assert group_rec(emu, va1_qa_group.id) is not None
    assert sum(clones).WaitUntilComplete(poll_freq=0.02) == 0
    cloned = servers_in(emu, va1_qa_group.id)
    assert len(cloned) == 2

    assert va1_prod_servers.CreateSnapshot().WaitUntilComplete(poll_freq=0.02) == 0
    for rec in servers_in(emu, production.id):
        assert len(rec["snapshots"]) == 1

    executed = va1_prod_servers.ExecutePackage(
        package_id="77ab3844-579d-4c8d-8955-c69a94a2ba1a", parameters={}
    )
    assert len(executed.requests) == 2
    assert executed.WaitUntilComplete(poll_freq=0.02) == 0
    assert len(executed.success_requests) == 2

    assert va1_qa_group.Delete().WaitUntilComplete(poll_freq=0.02) == 0
    emu.settle()
    assert group_rec(emu, va1_qa_group.id) is None
    assert servers_in(emu, va1_qa_group.id) == []
    assert len(servers_in(emu, production.id)) == 2


def test_build_entire_catalog(default_creds: Emulator) -> None:
    emu = default_creds
    va1 = clc.v2.Datacenter("VA1")
    catalog_group = va1.RootGroup().Create("Build Entire Catalog")

    requests = []
    for template in va1.Templates().templates:
        requests.append(
            clc.v2.Server.Create(
                name="CAT",
                cpu=2,
                memory=4,
                ttl=7200,
                group_id=catalog_group.id,
                template=template.id,
                network_id=va1.Networks().networks[0].id,
            )
        )

    assert sum(requests).WaitUntilComplete() == 0

    built = servers_in(emu, catalog_group.id)
    templates = {t.id for t in va1.Templates().templates}
    assert len(built) == len(templates) == len(requests) > 1
    assert all(s["cpu"] == 2 and s["memoryMB"] == 4096 and s["status"] == "active" for s in built)
