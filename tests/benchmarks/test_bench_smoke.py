"""The benchmark command, in its smoke profile, end to end: it must keep working.

No speed is asserted here (timed unit tests prove nothing on shared machines); what
is asserted is that every scenario runs on every side and the report is written.
The clc-sdk 2.51 side may be skipped only when the package index cannot be reached.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
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


def _failures(raw: dict, keep: Callable[[str], bool]) -> list[str]:
    """Failed runs of the sides ``keep`` selects, in every scenario that has them."""
    bad = []
    for key, sc in raw["scenarios"].items():
        for side, runs in sc["runs"].items():
            if not keep(side):
                continue
            for run in runs or [None]:
                if run is None or "error" in run or run.get("failed"):
                    bad.append(f"{key} {side}: {run}")
                elif run["count"] != sc["expect"]:
                    bad.append(f"{key} {side}: handled {run['count']} of {sc['expect']}")
    for side, runs in raw["imports"]["runs"].items():
        if keep(side.split("_")[0] if side != "httpx" else "bare"):
            bad += [f"import {side}: {r}" for r in runs if "error" in r]
    return bad


def test_report_is_written(smoke: tuple[dict, Path]) -> None:
    raw, out = smoke
    text = (out / "results.md").read_text()
    assert "## Targets" in text and "## References" in text
    assert (out / "ratios.png").stat().st_size > 1000
    assert set(raw["scenarios"]) == {
        "catalog_3", "power_cycle_4", "inventory_10", "queued_ops_4", "emulator_load_10",
        "call_overhead_20",
    }  # fmt: skip
    assert raw["scenarios"]["emulator_load_10"]["profile"]["areas"]


def test_every_scenario_runs_the_sides_it_names(smoke: tuple[dict, Path]) -> None:
    raw = smoke[0]
    for key, sc in raw["scenarios"].items():
        # Only 2.51 may be missing, when the package index cannot be reached.
        assert set(sc["missing_sides"]) <= ({"sdk251"} if raw["sdk251"] else set()), key
        assert sc["runs"] and all(sc["runs"].values()), key
    assert set(raw["scenarios"]["queued_ops_4"]["runs"]) == {"ours_async", "bare"}


def test_best_client_and_load_generator_run_every_scenario(smoke: tuple[dict, Path]) -> None:
    assert _failures(smoke[0], lambda side: side.startswith(("bare", "load"))) == []


def test_this_sdk_runs_every_scenario(smoke: tuple[dict, Path]) -> None:
    raw = smoke[0]
    assert _failures(raw, lambda side: side.startswith("ours")) == []
    catalog = raw["scenarios"]["catalog_3"]["runs"]
    assert [r["pipeline"] for r in catalog["ours_pipeline"]] == [True]
    assert [r["pipeline"] for r in catalog["ours_251"]] == [False]


def test_references_come_from_the_emulator_timeline(smoke: tuple[dict, Path]) -> None:
    from benchmarks import report

    summary = report.summarize(smoke[0])
    for key in ("catalog_3", "power_cycle_4", "queued_ops_4"):
        refs = summary[key]["refs"]
        assert 0 < refs["physical"] <= refs["poller"], (key, refs)


def test_sdk251_runs_every_scenario(smoke: tuple[dict, Path]) -> None:
    raw = smoke[0]
    problem = raw["sdk251"]
    if problem:
        if problem["index_unreachable"]:
            pytest.skip(f"package index unreachable: {problem['message']}")
        pytest.fail(problem["message"])
    assert _failures(raw, lambda side: side == "sdk251") == []


def test_where_the_time_goes_is_profiled_for_both_sides(smoke: tuple[dict, Path]) -> None:
    """Inventory and call overhead get one more run per side under cProfile, from the start
    of timing on: this SDK's models and object model show up, the best client has none."""
    raw, out = smoke
    for key in ("inventory_10", "call_overhead_20"):
        profiles = raw["scenarios"][key]["client_profiles"]
        assert set(profiles) == {"ours", "bare"}, key
        ms = {
            side: {a["area"]: a["ms_per_unit"] for a in p["areas"]} for side, p in profiles.items()
        }
        models = "generated models (clc_generated/models)"
        assert ms["ours"][models] > 0 and ms["bare"][models] == 0, key
        assert ms["bare"]["JSON decoding"] > 0, key
    text = (out / "results.md").read_text()
    assert text.count("Where the time goes: one more run of each side under cProfile") == 2
