"""The full raw-HTTP lifecycle of a server, with the group's count checked at each step."""

from __future__ import annotations

from clc.testing import Clock, Emulator

from .conftest import Api, status_href


def _count(api: Api, gid: str) -> int:
    return int(api.group(gid)["serversCount"])


def _wait(api: Api, clock: Clock, href: str) -> None:
    """Step the frozen clock through the job, checking the states it passes."""
    assert api.status(href) == "notStarted"
    clock.advance(5)
    assert api.status(href) == "executing"
    clock.advance(5)
    assert api.status(href) == "succeeded"


def test_full_lifecycle(api: Api, clock: Clock, emu: Emulator) -> None:
    alias = api.alias
    assert alias == "DEMO" and api.login["locationAlias"] == "VA1"
    account = api.ok("GET", f"/v2/accounts/{alias}")
    assert account["primaryDataCenter"] == "VA1"
    dc = api.ok(
        "GET",
        f"/v2/datacenters/{alias}/{account['primaryDataCenter']}",
        params={"GroupLinks": "true"},
    )
    assert dc["name"].startswith("VA1")
    default = api.group_named("Default Group")
    gid = default["id"]
    caps = api.ok("GET", f"/v2/datacenters/{alias}/VA1/deploymentCapabilities")
    template = next(t["name"] for t in caps["templates"] if "CENTOS-6" in t["name"])
    network = caps["deployableNetworks"][0]["networkId"]
    assert _count(api, gid) == 0

    # create: 202, the server exists at once (under construction) and counts in its group
    created = api.ok(
        "POST",
        f"/v2/servers/{alias}",
        202,
        json={
            "name": "api2",
            "groupId": gid,
            "sourceServerId": template,
            "networkId": network,
            "cpu": 1,
            "memoryGB": 1,
            "type": "standard",
        },
    )
    assert created["isQueued"] is True and created["server"] == "api2"
    self_href = next(link["href"] for link in created["links"] if link["rel"] == "self")
    building = api.ok("GET", self_href)
    assert building["status"] == "underConstruction" and "details" not in building
    assert building["name"] == "VA1DEMOAPI201" and building["id"] == "va1demoapi201"
    assert _count(api, gid) == 1
    _wait(api, clock, status_href(created))
    server = api.ok("GET", f"/v2/servers/{alias}/VA1DEMOAPI201")
    assert server["status"] == "active" and server["details"]["powerState"] == "started"
    assert server["details"]["memoryMB"] == 1024
    group_links = [link for link in api.group(gid)["links"] if link["rel"] == "server"]
    assert [link["id"] for link in group_links] == ["VA1DEMOAPI201"]

    # power off, then on: the state changes when the job completes, not before
    reply = api.ok("POST", f"/v2/operations/{alias}/servers/powerOff", json=["VA1DEMOAPI201"])
    assert reply[0]["isQueued"] is True
    assert api.ok("GET", f"/v2/servers/{alias}/va1demoapi201")["details"]["powerState"] == "started"
    _wait(api, clock, status_href(reply))
    assert api.ok("GET", f"/v2/servers/{alias}/va1demoapi201")["details"]["powerState"] == "stopped"
    assert _count(api, gid) == 1
    again = api.ok("POST", f"/v2/operations/{alias}/servers/powerOff", json=["VA1DEMOAPI201"])
    assert again[0] == {
        "server": "va1demoapi201",
        "isQueued": False,
        "errorMessage": "The server already in desired state.",
    }
    reply = api.ok("POST", f"/v2/operations/{alias}/servers/powerOn", json=["VA1DEMOAPI201"])
    _wait(api, clock, status_href(reply))
    assert api.ok("GET", f"/v2/servers/{alias}/va1demoapi201")["details"]["powerState"] == "started"

    # snapshot
    reply = api.ok(
        "POST",
        f"/v2/operations/{alias}/servers/createSnapshot",
        json={"serverIds": ["VA1DEMOAPI201"], "snapshotExpirationDays": 3},
    )
    assert api.ok("GET", f"/v2/servers/{alias}/va1demoapi201")["details"]["snapshots"] == []
    _wait(api, clock, status_href(reply))
    snaps = api.ok("GET", f"/v2/servers/{alias}/va1demoapi201")["details"]["snapshots"]
    assert len(snaps) == 1 and {link["rel"] for link in snaps[0]["links"]} >= {"delete", "restore"}
    assert _count(api, gid) == 1

    # delete: queued for delete at once, gone (and uncounted) when the job completes
    reply = api.ok("DELETE", f"/v2/servers/{alias}/VA1DEMOAPI201", 202)
    assert api.ok("GET", f"/v2/servers/{alias}/va1demoapi201")["status"] == "queuedForDelete"
    assert _count(api, gid) == 1
    _wait(api, clock, status_href(reply))
    assert api.get(f"/v2/servers/{alias}/va1demoapi201").status_code == 404
    assert _count(api, gid) == 0
    assert emu.app.validator.violations == []


def test_names_count_up_and_root_counts_recursively(api: Api, clock: Clock) -> None:
    gid = api.group_named("Default Group")["id"]
    sub = api.ok("POST", f"/v2/groups/{api.alias}", 201, json={"name": "Web", "parentGroupId": gid})
    for _ in range(2):
        api.create_server(sub["id"], name="web")
    names = sorted(
        s["id"]
        for s in api.ok("GET", f"/v2/groups/{api.alias}/{sub['id']}?serverDetail=detailed")[
            "servers"
        ]
    )
    assert names == ["va1demoweb01", "va1demoweb02"]
    root = api.group_named("VA1 Hardware")
    assert root["serversCount"] == 2
    assert api.group(gid)["serversCount"] == 2
