"""Options for large and realistic worlds: drawn job lengths and more networks per data center."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from clc.testing import Clock, Emulator
from clc.testing.job_lengths import JobLengths

from .conftest import Api, status_href

REPO = Path(__file__).resolve().parents[2]


def _build_many(api: Api, n: int) -> list[str]:
    gid = api.group_named("Default Group")["id"]
    return [status_href(api.create_server(gid, name=f"j{i}")) for i in range(n)]


def test_drawn_job_lengths_stay_in_range_and_finish_out_of_order() -> None:
    clock = Clock(frozen=True)
    with Emulator(clock=clock, job_seconds=2, job_seconds_max=6, job_seed=3) as emu:
        api = Api(emu)
        hrefs = _build_many(api, 12)
        jobs = httpx.get(f"{emu.url}/_emulator/jobs").json()
        lengths = [j["end"] - j["start"] for j in jobs]
        assert len(jobs) == 12 and all(2 <= x <= 6 for x in lengths)
        assert len(set(lengths)) == 12
        clock.advance(sorted(lengths)[5] + 0.001)  # half of them have ended
        done = [api.status(h) == "succeeded" for h in hrefs]
        assert sum(done) == 6
        assert done != sorted(done, reverse=True)  # not simply the oldest six: out of order


def test_reseeding_repeats_the_same_lengths() -> None:
    clock = Clock(frozen=True)
    with Emulator(clock=clock, job_seconds=1, job_seconds_max=5, job_seed=9) as emu:
        api = Api(emu)
        runs = []
        for _ in range(2):
            r = httpx.post(f"{emu.url}/_emulator/jobs/seed", json={"seed": 42})
            assert r.status_code == 204
            last = httpx.get(f"{emu.url}/_emulator/health").json()["lastJob"]
            _build_many(api, 4)
            jobs = httpx.get(f"{emu.url}/_emulator/jobs", params={"after": last}).json()
            runs.append([j["end"] - j["start"] for j in sorted(jobs, key=lambda j: j["seq"])])
        assert runs[0] == runs[1] and len(runs[0]) == 4
        bad = httpx.post(f"{emu.url}/_emulator/jobs/seed", json={"seed": "x"})
        assert bad.status_code == 400 and "seed" in bad.json()["message"]


def test_fixed_length_is_the_default() -> None:
    lengths = JobLengths(3)
    assert {lengths.draw() for _ in range(5)} == {3.0}
    with pytest.raises(ValueError, match="job_seconds_max"):
        JobLengths(3, 1)


def test_more_networks_per_data_center_hold_thousands_of_servers() -> None:
    with Emulator(job_seconds=0, networks_per_dc=12) as emu:
        api = Api(emu)
        nets = api.ok("GET", "/v2-experimental/networks/DEMO/UC1")
        assert len(nets) == 12 and len({n["cidr"] for n in nets}) == 12
        caps = api.ok("GET", "/v2/datacenters/DEMO/UC1/deploymentCapabilities")
        assert len(caps["deployableNetworks"]) == 12
    with pytest.raises(ValueError, match="networks_per_dc"):
        Emulator(networks_per_dc=0)


def test_command_line_names_a_bad_option() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "clc.testing", "--job-seconds", "3", "--job-seconds-max", "1"],
        capture_output=True, text=True, cwd=REPO, timeout=60,
        env={"PYTHONPATH": str(REPO), "PATH": ""},
    )  # fmt: skip
    assert proc.returncode == 2 and "job_seconds_max" in proc.stderr


def test_setting_job_seconds_fixes_the_length_of_later_jobs() -> None:
    clock = Clock(frozen=True)
    with Emulator(clock=clock, job_seconds=1, job_seconds_max=5) as emu:
        emu.state.job_seconds = 60  # tests lengthen the jobs of a running emulator this way
        href = _build_many(Api(emu), 1)[0]
        (job,) = httpx.get(f"{emu.url}/_emulator/jobs").json()
        assert job["end"] - job["start"] == 60 and emu.state.job_seconds == 60
        assert href.endswith(job["id"])
