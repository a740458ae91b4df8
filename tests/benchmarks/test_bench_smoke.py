"""The benchmark command, in its smoke profile, end to end: it must keep working.

No speed is asserted here (timed unit tests prove nothing on shared machines); what
is asserted is that every scenario runs on every side and the report is written.
The clc-sdk 2.51 side may be skipped only when the package index cannot be reached.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    out = tmp_path_factory.mktemp("bench")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--smoke",
            "--out",
            str(out),
            "--json",
            str(out / "raw.json"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads((out / "raw.json").read_text()), out


def _failures(raw: dict, side: str) -> list[str]:
    bad = []
    for key, sc in raw["scenarios"].items():
        for run in sc["runs"].get(side, [None]):
            if run is None or "error" in run or run.get("failed") or run["count"] != sc["expect"]:
                bad.append(f"{key}: {run}")
    for run in raw["imports"]["runs"].get(side if side != "bare" else "httpx", [None]):
        if run is None or "error" in run:
            bad.append(f"import: {run}")
    return bad


def test_report_is_written(smoke: tuple[dict, Path]) -> None:
    raw, out = smoke
    text = (out / "results.md").read_text()
    assert "## Targets" in text
    assert (out / "ratios.png").stat().st_size > 1000
    assert set(raw["scenarios"]) >= {"catalog_3", "power_cycle_4", "inventory_10"}


def test_bare_side_runs_every_scenario(smoke: tuple[dict, Path]) -> None:
    assert _failures(smoke[0], "bare") == []


def test_this_sdk_runs_every_scenario(smoke: tuple[dict, Path]) -> None:
    assert _failures(smoke[0], "ours") == []


def test_sdk251_runs_every_scenario(smoke: tuple[dict, Path]) -> None:
    raw = smoke[0]
    problem = raw["sdk251"]
    if problem:
        if problem["index_unreachable"]:
            pytest.skip(f"package index unreachable: {problem['message']}")
        pytest.fail(problem["message"])
    assert _failures(raw, "sdk251") == []
