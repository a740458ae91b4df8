"""The async quick start (examples/async_quickstart.py) against the emulator, every
effect checked in the emulator's state: one server built in "Default Group", powered off,
deleted, each by exactly one queued job that finished."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from clc.testing import Emulator

from .conftest import run, session

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "async_quickstart.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("async_quickstart", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_async_quickstart(emu: Emulator) -> None:
    example = load_example()

    async def scenario() -> str:
        async with session(emu) as s:
            server_id: str = await example.quickstart(s, poll_freq=0.02)
            assert s.login_count == 1
            return server_id

    server_id = run(scenario())
    with emu.state.lock:
        data = emu.state.data
        default_group = next(
            gid for gid, g in data["groups"].items() if g["name"] == "Default Group"
        )
        jobs = list(data["jobs"].values())
        effects = [e for job in jobs for e in job["effects"] if e[1] == server_id]
        settled_ok = [job["settled"] and not job["fail"] for job in jobs]
        still_there = server_id in data["servers"]
        in_group = [sid for g in data["groups"].values() for sid in g["servers"]]
    # Three queued jobs (build, power off, delete), each settled and not failed.
    assert settled_ok == [True, True, True]
    assert [e[0] for e in effects] == ["server.set", "server.set", "server.delete"]
    assert effects[0][2]["status"] == "active" and effects[1][2] == {"powerState": "stopped"}
    assert not still_there and server_id not in in_group
    assert server_id.upper().endswith("ASYNC01") and default_group
