"""A scripted session, as a user would type it, checked against the emulator's state."""

from __future__ import annotations

import re
from typing import Any

import pytest

from clc.testing import Emulator

from .conftest import Clc

FAST = ("--poll-interval", "0.05")
ANSI = re.compile(r"\x1b\[")


def groups_named(emu: Emulator, name: str) -> list[dict[str, Any]]:
    with emu.state.lock:
        return [dict(g) for g in emu.state.data["groups"].values() if g["name"] == name]


def server(emu: Emulator, name: str) -> dict[str, Any] | None:
    with emu.state.lock:
        found = emu.state.data["servers"].get(name.lower())
        return dict(found) if found else None


@pytest.mark.clc_emulator(job_seconds=0.1)
def test_group_and_server_lifecycle(clc: Clc, clc_emulator: Emulator) -> None:
    emu = clc_emulator

    created = clc("group", "create", "cli-web", "-d", "WA1", "--description", "from the CLI")
    assert created.code == 0, created.stderr
    group = created.json()
    assert group["name"] == "cli-web" and group["location"] == "WA1"
    assert [g["id"] for g in groups_named(emu, "cli-web")] == [group["id"]]

    built = clc(
        "server", "create", "--name", "web", "--group", "cli-web", "-d", "WA1",
        "--template", "ubuntu-14", "--cpu", "2", "--memory", "4", "--wait", *FAST,
    )  # fmt: skip
    assert built.code == 0, built.stderr
    new = built.json()
    name = new["name"]
    assert name.startswith("WA1") and new["group"] == "cli-web"
    assert (new["power_state"], new["cpu"], new["memory_gb"]) == ("started", 2, 4)
    record = server(emu, name)
    assert record is not None and record["groupId"] == group["id"]
    assert (record["status"], record["powerState"], record["cpu"]) == ("active", "started", 2)
    # Piped: the progress is plain lines on stderr, nothing on stdout but the JSON.
    assert re.search(r"^creating web: 1/1 jobs done, \d+s$", built.stderr, re.MULTILINE)
    assert not ANSI.search(built.stdout + built.stderr)

    table = clc("server", "list", "-d", "WA1", "-o", "table")
    assert table.code == 0, table.stderr
    header, row = (
        line.split() for line in table.stdout.splitlines() if line.strip()[:4] in ("name", name[:4])
    )
    assert header[:4] == ["name", "location", "group", "power_state"]
    assert row[:5] == [name, "WA1", "cli-web", "started", "2"]
    assert not ANSI.search(table.stdout)

    listed = clc("server", "list")
    assert listed.code == 0
    assert [s["name"] for s in listed.json()] == [name]

    started = clc("server", "list", "--filter", "powerState=started", "--query", "[].name")
    assert started.json() == [name]
    in_group = clc("server", "list", "--filter", "group=CLI-WEB", "--query", "[0].memory_gb")
    assert in_group.json() == 4
    none = clc("server", "list", "--filter", "power_state=stopped")
    assert none.json() == []

    off = clc("server", "power-off", name, "--wait", *FAST)
    assert off.code == 0, off.stderr
    assert [(r["server"], r["status"]) for r in off.json()] == [(name.lower(), "succeeded")]
    assert server(emu, name)["powerState"] == "stopped"  # type: ignore[index]

    on = clc("server", "power-on", name, "--wait", *FAST, "-o", "text")
    assert on.code == 0, on.stderr
    assert on.stdout.split("\t")[2] == "succeeded"
    assert server(emu, name)["powerState"] == "started"  # type: ignore[index]

    # The generated command reads the same server as the API answers it.
    api = clc("servers", "get-server", "--server-id", name, "--query", "details.powerState")
    assert api.code == 0, api.stderr
    assert api.json() == "started"

    gone = clc("server", "delete", name, "--wait", *FAST)
    assert gone.code == 0, gone.stderr
    assert server(emu, name) is None

    deleted = clc("group", "delete", group["id"], "--wait", *FAST)
    assert deleted.code == 0, deleted.stderr
    assert deleted.json()[0]["status"] == "succeeded"
    assert groups_named(emu, "cli-web") == []


@pytest.mark.clc_emulator(job_seconds=0.1)
def test_queued_work_without_wait_then_clc_wait(clc: Clc, clc_emulator: Emulator) -> None:
    name = clc("server", "list", "--query", "[0].name").json()
    assert name is None  # a fresh account has no server
    built = clc(
        "server", "create", "--name", "db", "--group", "Default Group", "-d", "VA1",
        "--template", "CENTOS-7-64-TEMPLATE", "--cpu", "1", "--memory", "1",
    )  # fmt: skip
    assert built.code == 0, built.stderr
    (job,) = built.json()
    assert job["status_id"] and job["status"] is None
    waited = clc("wait", job["status_id"], *FAST)
    assert waited.code == 0, waited.stderr
    assert waited.json()[0]["status"] == "succeeded"


@pytest.mark.clc_emulator(job_seconds=0.1)
def test_group_tree(clc: Clc) -> None:
    tree = clc("group", "tree", "-d", "VA1")
    assert tree.code == 0
    (root,) = tree.json()
    assert root["location"] == "VA1"
    assert "Default Group" in [g["name"] for g in root["groups"]]
    text = clc("group", "tree", "-d", "VA1", "-o", "text").stdout.splitlines()
    assert text[0].startswith(root["name"]) and text[1].startswith("  ")
