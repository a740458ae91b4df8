"""The injectable clock, the queue's timeline, persistence and the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from clc.testing import Clock, Emulator

from .conftest import Api, status_href

REPO = Path(__file__).resolve().parents[2]


def test_clock_freeze_advance_resume() -> None:
    clock = Clock(start=1000.0, frozen=True)
    assert clock.now() == 1000.0
    assert clock.advance(2.5) == 1002.5
    with pytest.raises(ValueError):
        clock.advance(-1)
    clock.resume()
    assert clock.now() >= 1002.5 and not clock.frozen


def test_job_timeline_is_a_function_of_the_clock(api: Api, clock: Clock) -> None:
    gid = api.group_named("Default Group")["id"]
    href = status_href(api.create_server(gid))
    seen = []
    for step in (0, 1, 1, 3, 5, 1):
        clock.advance(step)
        seen.append(api.status(href))
    assert seen == ["notStarted", "notStarted", "executing", "executing", "succeeded", "succeeded"]


def test_effects_apply_in_completion_order(api: Api, clock: Clock) -> None:
    gid = api.group_named("Default Group")["id"]
    api.create_server(gid, name="ord")
    clock.advance(10)
    off = api.ok("POST", "/v2/operations/DEMO/servers/powerOff", json=["VA1DEMOORD01"])
    clock.advance(1)
    # queued while the power-off is still running: the API accepted it, state says started
    on = api.ok("POST", "/v2/operations/DEMO/servers/shutDown", json=["VA1DEMOORD01"])
    assert on[0]["isQueued"] is True
    clock.advance(20)
    assert api.status(status_href(off)) == "succeeded"
    assert api.ok("GET", "/v2/servers/DEMO/VA1DEMOORD01")["details"]["powerState"] == "stopped"


def test_zero_second_jobs_finish_at_once() -> None:
    with Emulator(job_seconds=0) as emu:
        api = Api(emu)
        gid = api.group_named("Default Group")["id"]
        reply = api.create_server(gid)
        assert api.status(status_href(reply)) == "succeeded"
        assert api.ok("GET", "/v2/servers/DEMO/VA1DEMOWEB01")["status"] == "active"


def test_state_file_survives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "world.json"
    with Emulator(job_seconds=0, state_file=state) as emu:
        api = Api(emu)
        gid = api.group_named("Default Group")["id"]
        sub = api.ok("POST", "/v2/groups/DEMO", 201, json={"name": "Kept", "parentGroupId": gid})
        api.create_server(sub["id"], name="keep")
        token = api.login["bearerToken"]
    assert state.exists()
    with Emulator(job_seconds=0, state_file=state) as emu:
        http = httpx.Client(base_url=emu.url, headers={"Authorization": f"Bearer {token}"})
        server = http.get("/v2/servers/DEMO/VA1DEMOKEEP01").json()
        assert server["status"] == "active" and server["groupId"] == sub["id"]
        assert http.get(f"/v2/groups/DEMO/{sub['id']}").json()["serversCount"] == 1


def test_seed_ids_are_stable_across_fresh_emulators() -> None:
    ids = []
    for _ in range(2):
        with Emulator() as emu:
            ids.append(Api(emu).group_named("Default Group")["id"])
    assert ids[0] == ids[1]


def test_command_line_prints_the_url_first(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "clc.testing", "--port", "0", "--job-seconds", "0.1",
         "--alias", "ACME", "--username", "alice", "--password", "s3cret-pass",
         "--fault", "status=503,path=/v2/accounts/*,count=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": ""},
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().decode().strip()
        assert url.startswith("http://127.0.0.1:")
        r = httpx.post(
            f"{url}/v2/authentication/login", json={"username": "alice", "password": "s3cret-pass"}
        )
        assert r.json()["accountAlias"] == "ACME"
        headers = {"Authorization": f"Bearer {r.json()['bearerToken']}"}
        assert httpx.get(f"{url}/v2/accounts/ACME", headers=headers).status_code == 503
        assert httpx.get(f"{url}/v2/accounts/ACME", headers=headers).status_code == 200
    finally:
        proc.terminate()
        proc.wait(10)
    assert proc.returncode == 0


def test_import_is_light() -> None:
    code = (
        "import sys, clc.testing; "
        "heavy = [m for m in ('starlette', 'uvicorn', 'yaml', 'jsonschema') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
        env={"PYTHONPATH": str(REPO), "PATH": ""}, check=True,
    )  # fmt: skip
    assert out.stdout.strip() == ""
