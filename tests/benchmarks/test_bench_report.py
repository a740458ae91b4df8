"""The arithmetic of the benchmark report, on made-up runs (no timing involved)."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import floors, report


def _runs(*seconds: float, n: int = 1, **extra: Any) -> list[dict[str, Any]]:
    return [{"seconds": s, "count": n, "failed": 0, "maxrss_kb": 40960, **extra} for s in seconds]


def test_failed_or_short_runs_are_reported_not_averaged() -> None:
    runs = [*_runs(1.0, 3.0, n=5), {"error": "AttributeError: nope"}, *_runs(0.1, n=4)]
    st = report.stat(runs, expect=5)
    assert (st.median, st.low, st.high, st.ok, st.total) == (2.0, 1.0, 3.0, 2, 4)
    assert st.error == "AttributeError: nope"
    assert report.stat([{"error": "x"}]).median is None


def _best_client_run() -> dict[str, Any]:
    # t0 at wall time 1000; one wait: last submission answered at 0.5 s, its two jobs
    # end at 3.3 s and 4.1 s, the client saw the last end at 4.4 s; a round trip is 0.03 s.
    return {
        "seconds": 5.0, "count": 2, "failed": 0, "maxrss_kb": 1, "t0_wall": 1000.0, "rtt": 0.03,
        "phases": [{"submitted": 0.5, "done": 4.4, "jobs": ["a", "b"]}],
        "jobs": {"a": [1000.2, 1003.3], "b": [1000.4, 1004.1]},
    }  # fmt: skip


def test_physical_floor_and_best_poller_replace_the_measured_end_of_each_wait() -> None:
    refs = floors.references(_best_client_run(), poll_interval=2.0)
    assert refs is not None
    # physical: 5.0 - 4.4 + (0.5 + 3.6 + 0.03); poller: the read at 0.5 + 4 s sees it.
    assert refs["physical"] == pytest.approx(5.0 - 4.4 + 4.13)
    assert refs["poller"] == pytest.approx(5.0 - 4.4 + 0.5 + 4.0 + 0.03)
    assert floors.references({"seconds": 1.0}, 2.0) is None  # no timeline: no reference


def test_targets_use_medians_references_and_direction() -> None:
    best = _best_client_run()
    raw = {
        "scenarios": {
            "power_cycle_2": {
                "workload": "power_cycle", "waits": 1, "expect": 2,
                "runs": {"ours": _runs(4, 5, 6, n=2), "sdk251": _runs(16, n=2),
                         "bare": [best, best]},
            },
        },
        "imports": {"runs": {"ours_v2": _runs(0.06), "httpx": _runs(0.05)}},
    }  # fmt: skip
    summary = report.summarize(raw)
    refs = summary["power_cycle_2"]["refs"]
    assert refs["best"] == 5.0 and refs["poller"] == pytest.approx(5.13)
    by_name = {t.name: t for t in summary["targets"]}
    speed = by_name["power cycle 2: speed-up over 2.51"]
    assert (speed.measured, speed.met, speed.margin()) == (16 / 5, True, "+7%")
    poller = by_name["power cycle 2: vs best 2 s poller"]
    assert poller.measured == pytest.approx(5 / 5.13) and poller.met
    assert by_name["power cycle 2: vs physical floor"].verdict() == "reported"
    assert by_name["import clc.v2 vs import httpx"].measured == pytest.approx(0.06 / 0.05)
    assert not any(t.name.startswith("catalog") for t in summary["targets"])  # not run


def test_memory_is_what_the_run_added_per_thousand_servers() -> None:
    st = report.stat(_runs(1.0, n=2000, rss_start_kb=30 * 1024), expect=2000)
    assert report.memory_per_thousand(st, 2000) == pytest.approx((40 - 30) / 2)


def test_load_figures_are_medians_of_each_runs_percentiles() -> None:
    def run(p99: float) -> dict[str, Any]:
        kinds = {"read": {"p50": 0.1, "p99": p99, "max": p99}}
        return {"seconds": 2.0, "count": 3, "failed": 0, "kinds": kinds, "requests_sent": 30,
                "requests_per_second": 15.0, "client_cpu_seconds": 0.1, "requests": 30,
                "emulator_cpu_seconds": 0.03}  # fmt: skip

    raw = {
        "scenarios": {
            "emulator_load_3": {
                "workload": "emulator_load", "waits": 0, "expect": 3,
                "runs": {"load": [run(0.2), run(0.4), run(1.5)]},
            }
        }
    }  # fmt: skip
    summary = report.summarize(raw)
    load = summary["emulator_load_3"]["load"]
    assert load["kinds"]["read"]["p99"] == 0.4 and load["emulator_ms_per_request"] == 1.0
    (reads,) = [t for t in summary["targets"] if "reads" in t.name]
    assert reads.met and reads.shown() == "400 ms"
