"""The arithmetic of the benchmark report, on made-up runs (no timing involved)."""

from __future__ import annotations

from typing import Any

from benchmarks import report


def _runs(*seconds: float, n: int = 1) -> list[dict[str, Any]]:
    return [{"seconds": s, "count": n, "failed": 0, "maxrss_kb": 40960} for s in seconds]


def test_failed_or_short_runs_are_reported_not_averaged() -> None:
    runs = [*_runs(1.0, 3.0, n=5), {"error": "AttributeError: nope"}, *_runs(0.1, n=4)]
    st = report.stat(runs, expect=5)
    assert (st.median, st.ok, st.total) == (2.0, 2, 4)
    assert st.error == "AttributeError: nope"
    assert report.stat([{"error": "x"}]).median is None


def test_targets_use_medians_floor_and_direction() -> None:
    raw = {
        "scenarios": {
            "catalog_100": {
                "workload": "catalog", "waits": 1, "expect": 100,
                "runs": {"ours": _runs(4, 5, 6, n=100), "sdk251": _runs(12, n=100),
                         "bare": _runs(3, n=100)},
            },
        },
        "imports": {"runs": {"ours": _runs(0.06), "httpx": _runs(0.05)}},
    }  # fmt: skip
    summary = report.summarize(raw)
    assert summary["catalog_100"]["floor"] == 3 + report.POLL_INTERVAL
    by_name = {t.name: t for t in summary["targets"]}
    speed = by_name["catalog build N = 100: speed-up over 2.51"]
    assert (speed.measured, speed.met) == (12 / 5, True)
    floor = by_name["catalog build N = 100: distance from floor"]
    assert floor.measured == 5 / (3 + report.POLL_INTERVAL) and floor.met
    assert by_name["import clc vs import httpx"].measured == 0.06 / 0.05
    power = [t for t in summary["targets"] if t.name.startswith("power cycle")]
    assert power and all(t.met is None and t.shown() == "not available" for t in power)
