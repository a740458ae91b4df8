"""Turning raw runs into medians, ratios, targets, ``results.md`` and the ratio chart."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .scenarios import POLL_INTERVAL

Result = dict[str, Any]
LABELS = {
    "ours": "this SDK",
    "sdk251": "clc-sdk 2.51",
    "bare": "bare httpx",
    "httpx": "import httpx",
}


@dataclass
class Stat:
    median: float | None
    ok: int
    total: int
    error: str | None
    rss_kb: float | None
    requests: float | None = None


def stat(runs: list[Result], expect: int | None = None) -> Stat:
    good, error = [], None
    for r in runs:
        if "error" in r:
            error = error or r["error"]
        elif r.get("failed"):
            error = error or f"{r['failed']} queued job(s) or rows failed"
        elif expect is not None and r.get("count") != expect:
            error = error or f"handled {r.get('count')} of {expect} items"
        else:
            good.append(r)
    med = statistics.median(r["seconds"] for r in good) if good else None
    rss = statistics.median(r["maxrss_kb"] for r in good) if good else None
    calls = [r["requests"] for r in good if "requests" in r]
    return Stat(med, len(good), len(runs), error, rss, statistics.median(calls) if calls else None)


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


@dataclass
class Target:
    name: str
    measured: float | None
    limit: float
    higher_is_better: bool
    basis: str

    @property
    def met(self) -> bool | None:
        if self.measured is None:
            return None
        return self.measured >= self.limit if self.higher_is_better else self.measured <= self.limit

    def shown(self) -> str:
        return "not available" if self.measured is None else f"{self.measured:.2f}x"

    def goal(self) -> str:
        return f"{'≥' if self.higher_is_better else '≤'} {self.limit:g}x"

    def verdict(self) -> str:
        return {True: "met", False: "**missed**", None: "not available"}[self.met]


def summarize(raw: dict[str, Any]) -> dict[str, Any]:
    """Medians per side, floors and ratios for each scenario, plus the issue's targets."""
    out: dict[str, Any] = {}
    for key, sc in raw["scenarios"].items():
        expect = sc.get("expect")
        stats = {side: stat(runs, expect) for side, runs in sc["runs"].items()}
        floor = raw_floor = None
        if (
            "bare" in stats
            and stats["bare"].median is not None
            and sc["workload"] != "call_overhead"
        ):
            raw_floor = stats["bare"].median
            floor = raw_floor + sc["waits"] * POLL_INTERVAL
        out[key] = {"stats": stats, "floor": floor, "raw_floor": raw_floor}
    imp = raw.get("imports")
    if imp:
        out["imports"] = {"stats": {k: stat(v) for k, v in imp["runs"].items()}}
    out["targets"] = targets(out)
    return out


def _median(summary: dict[str, Any], key: str, side: str) -> float | None:
    s = summary.get(key, {}).get("stats", {}).get(side)
    return s.median if s else None


def targets(summary: dict[str, Any]) -> list[Target]:
    def find(prefix: str) -> str:
        keys = [k for k in summary if k.startswith(prefix)]
        return max(keys, key=lambda k: int(k.rsplit("_", 1)[1])) if keys else prefix

    cat, power, inv = find("catalog_"), find("power_cycle_"), find("inventory_")
    calls = find("call_overhead_")

    def med(key: str, side: str) -> float | None:
        return _median(summary, key, side)

    def floor(key: str) -> float | None:
        return summary.get(key, {}).get("floor")

    def n(key: str) -> str:
        return key.rsplit("_", 1)[-1]

    def speed_up(label: str, key: str, limit: float) -> Target:
        ratio = _ratio(med(key, "sdk251"), med(key, "ours"))
        return Target(f"{label}: speed-up over 2.51", ratio, limit, True, "2.51 / ours")

    def from_floor(label: str, key: str) -> Target:
        ratio = _ratio(med(key, "ours"), floor(key))
        return Target(f"{label}: distance from floor", ratio, 1.25, False, "ours / floor")

    catalog, cycle = f"catalog build N = {n(cat)}", f"power cycle {n(power)}"
    return [
        speed_up(catalog, cat, 2),
        from_floor(catalog, cat),
        speed_up(cycle, power, 3),
        from_floor(cycle, power),
        speed_up(f"inventory {n(inv)}", inv, 5),
        Target(
            "call overhead vs bare httpx",
            _ratio(med(calls, "ours"), med(calls, "bare")),
            1.3,
            False,
            "ours / bare",
        ),
        Target(
            "import clc vs import httpx",
            _ratio(med("imports", "ours"), med("imports", "httpx")),
            1.5,
            False,
            "ours / httpx",
        ),
    ]


def _s(x: float | None, unit: str = "s") -> str:
    if x is None:
        return "n/a"
    return f"{x * 1000:.1f} ms" if unit == "ms" else f"{x:.2f} s"


def _x(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}x"


def markdown(raw: dict[str, Any], summary: dict[str, Any], chart: str | None) -> str:
    p, env = raw["profile"], raw["environment"]
    lines = [
        "# Benchmarks: this SDK against clc-sdk 2.51 on the same emulator",
        "",
        "Written by `python -m benchmarks`"
        + (" --smoke" if p["name"] == "smoke" else "")
        + f" ({p['name']} profile) on {raw['date']}: Python {env['python']}, "
        f"{env['cpus']} CPUs, emulator with {p['latency_ms']:g} ms added latency and "
        f"{p['job_seconds']:g} s jobs; {p['reps']} alternating repetitions per scenario, "
        f"each run in a fresh process; medians. Whole run: {raw['wall_seconds']:.0f} s.",
        "",
        "## Targets",
        "",
        *(
            ["Smoke profile: sizes far too small for these verdicts to mean anything.", ""]
            if p["name"] == "smoke"
            else []
        ),
        "| Target | Measured | Goal | |",
        "|---|---|---|---|",
    ]
    for t in summary["targets"]:
        lines.append(f"| {t.name} ({t.basis}) | {t.shown()} | {t.goal()} | {t.verdict()} |")
    if chart:
        lines += ["", f"![ratios]({chart})"]
    lines += ["", "## Scenarios", ""]
    notes: list[str] = []
    for key, sc in raw["scenarios"].items():
        s = summary[key]
        stats, floor, raw_floor = s["stats"], s["floor"], s["raw_floor"]
        lines += [
            f"### {sc['title']}",
            "",
            f"Emulator latency {sc['latency_ms']:g} ms, jobs {sc['job_seconds']:g} s; "
            f"world built in the emulator before timing.",
            "",
        ]
        if floor is not None and sc["waits"]:
            lines += [
                f"Floor: {_s(floor)} = last job done, as seen by a bare-HTTP client that "
                f"sends everything at once ({_s(raw_floor)}), plus one {POLL_INTERVAL:g} s poll "
                f"interval per queue wait ({sc['waits']}).",
                "",
            ]
        elif floor is not None:
            lines += [
                f"Floor: {_s(floor)}, a bare-HTTP client making the fewest calls the API "
                "allows, in parallel.",
                "",
            ]
        old = stats.get("sdk251")
        base = stats.get("bare")
        lines += [
            "| Side | Median | Runs ok | vs 2.51 (speed-up) | vs floor | Requests | Peak RSS |",
            "|---|---|---|---|---|---|---|",
        ]
        for side, st in stats.items():
            if sc["workload"] == "call_overhead":
                vs_floor = _x(_ratio(st.median, base.median if base else None))
            else:
                vs_floor = _x(_ratio(st.median, floor))
                if side == "bare" and st.median is not None:
                    vs_floor = "(the floor's basis)"
            speed = _x(_ratio(old.median if old else None, st.median)) if side != "sdk251" else ""
            shown = _s(st.median) if st.median is not None else "not available"
            rss = f"{st.rss_kb / 1024:.0f} MB" if st.rss_kb else "n/a"
            calls = f"{st.requests:.0f}" if st.requests is not None else "n/a"
            lines.append(
                f"| {LABELS[side]} | {shown} | {st.ok}/{st.total} | {speed} | {vs_floor} "
                f"| {calls} | {rss} |"
            )
            if st.error:
                notes.append(f"- {sc['title']}, {LABELS[side]}: {st.error}")
        if sc["workload"] == "call_overhead":
            lines += ["", "Here the last column compares with bare httpx doing the same calls."]
        lines.append("")
    if "imports" in summary:
        stats = summary["imports"]["stats"]
        httpx = stats.get("httpx")
        lines += [
            "### Import time",
            "",
            f"Each in a new process, {p['import_reps']} alternating repetitions after a warm-up "
            "(bytecode cached); time of the import statement alone.",
            "",
            "| Import | Median | vs import httpx | Peak RSS after import |",
            "|---|---|---|---|",
        ]
        names = {
            "ours": "import clc (this SDK)",
            "sdk251": "import clc (2.51)",
            "httpx": "import httpx",
            "ours_v2": "import clc; clc.v2.Server (this SDK)",
            "sdk251_v2": "import clc; clc.v2.Server (2.51)",
        }
        for side, st in stats.items():
            rss = f"{st.rss_kb / 1024:.0f} MB" if st.rss_kb else "n/a"
            lines.append(
                f"| {names[side]} | {_s(st.median, 'ms')} | "
                f"{_x(_ratio(st.median, httpx.median if httpx else None))} | {rss} |"
            )
            if st.error:
                notes.append(f"- import, {names[side]}: {st.error}")
        lines.append("")
    inv = next((k for k in summary if k.startswith("inventory_")), None)
    if inv and "imports" in summary:
        after_import = summary["imports"]["stats"]
        lines += [
            "### Memory",
            "",
            "Peak RSS (`getrusage` in the run's own process) of the "
            f"{raw['scenarios'][inv]['title']} scenario, against the same interpreter after "
            "the import alone.",
            "",
            "| Side | Peak RSS, inventory | Peak RSS, import only | Added by the inventory |",
            "|---|---|---|---|",
        ]
        for side, st in summary[inv]["stats"].items():
            base = after_import.get("httpx" if side == "bare" else side)
            full = st.rss_kb / 1024 if st.rss_kb else None
            alone = base.rss_kb / 1024 if base and base.rss_kb else None
            added = f"{full - alone:.0f} MB" if full and alone else "n/a"
            lines.append(
                f"| {LABELS[side]} | {f'{full:.0f} MB' if full else 'n/a'} | "
                f"{f'{alone:.0f} MB' if alone else 'n/a'} | {added} |"
            )
        lines.append("")
    if notes:
        lines += ["## Not available or failed", "", *notes, ""]
    lines += [
        "## How it is measured",
        "",
        "- The same scenario code (`benchmarks/workload/sdk_side.py`, the documented `clc.v2` "
        "object model) runs on this SDK and on clc-sdk 2.51, installed from the package index into "
        "its own virtual environment; 2.51 is pointed at the emulator through "
        "`clc.defaults.ENDPOINT_URL_V2`, as its users did.",
        "- `bare httpx` (`benchmarks/workload/bare_side.py`) does each scenario with the fewest "
        "calls the API allows, in parallel: it is the physical floor, and the bare-HTTP baseline "
        "of the call-overhead scenario.",
        "- Each run is a new process; sides alternate and the order flips every repetition; "
        "timing starts after `import clc` and includes the lazy login.",
        "- Call overhead runs with no added latency, so the client's own cost is not hidden.",
        "",
    ]
    return "\n".join(lines)


def chart(summary: dict[str, Any], path: Path) -> bool:
    """Two panels: speed-ups over 2.51 (higher is better), ratios to baselines (lower is better)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    groups = [
        [t for t in summary["targets"] if t.higher_is_better],
        [t for t in summary["targets"] if not t.higher_is_better],
    ]
    titles = [
        "Speed-up over clc-sdk 2.51 (higher is better)",
        "Ratio to floor / baseline (lower is better)",
    ]
    fig, axes = plt.subplots(1, 2, figsize=(13, 4.2))
    for ax, items, title in zip(axes, groups, titles, strict=True):
        names = [t.name.split(":")[0] if t.higher_is_better else t.name for t in items]
        values = [t.measured or 0 for t in items]
        colors = ["#999999" if t.met is None else "#2e7d32" if t.met else "#c62828" for t in items]
        y = range(len(items))
        ax.barh(list(y), values, color=colors)
        for i, t in enumerate(items):
            ax.plot([t.limit, t.limit], [i - 0.4, i + 0.4], color="black", lw=2)
            ax.text(values[i], i, f" {t.shown()}", va="center", fontsize=8)
        ax.set_yticks(list(y), names, fontsize=8)
        ax.invert_yaxis()
        ax.set_title(title, fontsize=10)
        ax.axvline(1, color="#555555", lw=0.8, ls=":")
        ax.set_xlim(0, max([*values, *(t.limit for t in items)]) * 1.25)
    fig.text(
        0.5,
        0.01,
        "black tick: target; green met, red missed, grey not available",
        ha="center",
        fontsize=8,
    )
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True
