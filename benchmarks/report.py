"""Turning raw runs into medians and spreads, references, targets, ``results.md`` and the chart."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .floors import references
from .scenarios import POLL_INTERVAL

Result = dict[str, Any]

# One sentence per reference, printed under every scenario that uses it.
REFERENCES = {
    "physical": "**physical floor**: the best client's submissions, then for each wait the "
    "last job's end (as the emulator timed it) plus one round trip: no client can be faster.",
    "poller": "**best 2 s poller**: the best client's submissions, then a status read at once "
    "and every 2 s (both SDKs' default poll interval), seeing each wait's last job one round "
    "trip after the first read that follows its end.",
    "best": "**best client**: bare httpx making the fewest calls the API allows, independent "
    "calls in flight together (16 at a time), each distinct job polled in back-to-back rounds "
    "50 ms apart (32 status reads in flight); measured.",
    "best_seq": "**best client, one build at a time**: the best client sending each build only "
    "after the previous one was accepted, as 2.51's timing requires; measured.",
}


@dataclass
class Stat:
    median: float | None
    low: float | None
    high: float | None
    ok: int
    total: int
    error: str | None
    rss_kb: float | None
    rss_start_kb: float | None = None
    requests: float | None = None

    def spread(self) -> str:
        if self.low is None or self.high is None:
            return "n/a"
        return f"{self.low:.2f}-{self.high:.2f} s"


def _med(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def good_runs(runs: list[Result], expect: int | None = None) -> tuple[list[Result], str | None]:
    good, error = [], None
    for r in runs:
        if "error" in r:
            error = error or r["error"]
        elif r.get("failed"):
            error = (
                error or r.get("error_sample") or f"{r['failed']} job(s), rows or clients failed"
            )
        elif expect is not None and r.get("count") != expect:
            error = error or f"handled {r.get('count')} of {expect} items"
        else:
            good.append(r)
    return good, error


def stat(runs: list[Result], expect: int | None = None) -> Stat:
    good, error = good_runs(runs, expect)
    secs = [r["seconds"] for r in good]
    return Stat(
        _med(secs),
        min(secs) if secs else None,
        max(secs) if secs else None,
        len(good),
        len(runs),
        error,
        _med([r["maxrss_kb"] for r in good if r.get("maxrss_kb")]),
        _med([r["rss_start_kb"] for r in good if r.get("rss_start_kb")]),
        _med([r["requests"] for r in good if "requests" in r]),
    )


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


@dataclass
class Target:
    name: str
    measured: float | None
    limit: float | None  # None: reported, no goal
    higher_is_better: bool
    basis: str
    unit: str = "x"  # "x" (a ratio) or "s"

    @property
    def met(self) -> bool | None:
        if self.measured is None or self.limit is None:
            return None
        return self.measured >= self.limit if self.higher_is_better else self.measured <= self.limit

    def _fmt(self, value: float) -> str:
        return f"{value * 1000:.0f} ms" if self.unit == "s" else f"{value:.2f}x"

    def shown(self) -> str:
        return "not available" if self.measured is None else self._fmt(self.measured)

    def goal(self) -> str:
        if self.limit is None:
            return "reported"
        sign = "≥" if self.higher_is_better else ("<" if self.unit == "s" else "≤")
        return f"{sign} {self._fmt(self.limit)}"

    def margin(self) -> str:
        """How far inside (+) or outside (-) the goal, as a share of the goal."""
        if self.measured is None or self.limit is None:
            return ""
        room = self.measured - self.limit if self.higher_is_better else self.limit - self.measured
        return f"{room / self.limit:+.0%}"

    def verdict(self) -> str:
        if self.limit is None and self.measured is not None:
            return "reported"
        return {True: "met", False: "**missed**", None: "not available"}[self.met]


def summarize(raw: dict[str, Any]) -> dict[str, Any]:
    """Per scenario: each side's stat, the references, and load figures; plus targets."""
    out: dict[str, Any] = {}
    for key, sc in raw["scenarios"].items():
        expect = sc.get("expect")
        stats = {side: stat(runs, expect) for side, runs in sc["runs"].items()}
        entry: dict[str, Any] = {"stats": stats, "refs": _references(sc, stats, expect)}
        if sc["workload"] == "emulator_load":
            entry["load"] = _load(sc, expect)
        out[key] = entry
    imp = raw.get("imports")
    if imp:
        out["imports"] = {"stats": {k: stat(v) for k, v in imp["runs"].items()}}
    out["targets"] = targets(out)
    return out


def _references(sc: dict[str, Any], stats: dict[str, Stat], expect: int | None) -> dict[str, Any]:
    refs: dict[str, Any] = {}
    if "bare" in stats and sc["workload"] != "call_overhead":
        refs["best"] = stats["bare"].median
    if "bare_seq" in stats:
        refs["best_seq"] = stats["bare_seq"].median
    if sc["waits"]:
        for side, prefix in (("bare", ""), ("bare_seq", "seq_")):
            good, _ = good_runs(sc["runs"].get(side, []), expect)
            found = [r for r in (references(run, POLL_INTERVAL) for run in good) if r]
            for name in ("physical", "poller"):
                refs[prefix + name] = _med([r[name] for r in found])
    return refs


def _load(sc: dict[str, Any], expect: int | None) -> dict[str, Any]:
    good, _ = good_runs(sc["runs"].get("load", []), expect)
    kinds: dict[str, dict[str, float | None]] = {}
    for kind in ("read", "create", "login"):
        rows = [r["kinds"][kind] for r in good if kind in r.get("kinds", {})]
        kinds[kind] = {q: _med([row[q] for row in rows]) for q in ("p50", "p99", "max")}
        kinds[kind]["p99_low"] = min((row["p99"] for row in rows), default=None)
        kinds[kind]["p99_high"] = max((row["p99"] for row in rows), default=None)
    per_request = [
        r["emulator_cpu_seconds"] / r["requests"]
        for r in good
        if r.get("emulator_cpu_seconds") is not None and r.get("requests")
    ]
    return {
        "kinds": kinds,
        "rps": _med([r["requests_per_second"] for r in good if r.get("requests_per_second")]),
        "requests": _med([r["requests_sent"] for r in good]),
        "emulator_ms_per_request": (_med(per_request) or 0) * 1000 if per_request else None,
        "client_cpu": _med([r["client_cpu_seconds"] for r in good]),
        "emulator_cpu": _med(
            [r["emulator_cpu_seconds"] for r in good if "emulator_cpu_seconds" in r]
        ),
        "profile": sc.get("profile"),
    }


def memory_per_thousand(st: Stat, n: int) -> float | None:
    """MB added per 1,000 servers: peak RSS over the RSS at the start of timing."""
    if st.rss_kb is None or st.rss_start_kb is None or not n:
        return None
    return (st.rss_kb - st.rss_start_kb) / 1024 / (n / 1000)


def _find(summary: dict[str, Any], prefix: str) -> str | None:
    keys = [k for k in summary if k.startswith(prefix)]
    return max(keys, key=lambda k: int(k.rsplit("_", 1)[1])) if keys else None


def targets(summary: dict[str, Any]) -> list[Target]:
    """The issue's targets, for the scenarios this run measured."""

    def med(key: str, side: str) -> float | None:
        st = summary[key]["stats"].get(side)
        return st.median if st else None

    def versus(key: str, label: str, side: str, ref: str, what: str, limit: float | None) -> Target:
        ratio = _ratio(med(key, side), summary[key]["refs"].get(ref))
        return Target(f"{label}: vs {what}", ratio, limit, False, f"ours / {what}")

    def speed_up(key: str, label: str, side: str, limit: float) -> Target:
        ratio = _ratio(med(key, "sdk251"), med(key, side))
        return Target(f"{label}: speed-up over 2.51", ratio, limit, True, "2.51 / ours")

    out: list[Target] = []
    if key := _find(summary, "inventory_"):
        label, n = f"inventory {_n(key)}", int(_n(key))
        stats = summary[key]["stats"]
        mine, bare = (
            memory_per_thousand(stats[s], n) if s in stats else None for s in ("ours", "bare")
        )
        out += [
            versus(key, label, "ours", "best", "best client", 1.25),
            Target(f"{label}: memory per 1,000 servers vs best client", _ratio(mine, bare), 2.0,
                   False, "ours / best client"),
        ]  # fmt: skip
    if key := _find(summary, "power_cycle_"):
        label = f"power cycle {_n(key)}"
        out += [
            speed_up(key, label, "ours", 3),
            versus(key, label, "ours", "poller", "best 2 s poller", 1.25),
            versus(key, label, "ours", "physical", "physical floor", None),
        ]
    if key := _find(summary, "catalog_"):
        c251, cpipe = f"catalog {_n(key)}, 2.51 timing", f"catalog {_n(key)}, pipelined"
        out += [
            speed_up(key, c251, "ours_251", 1.5),
            versus(key, c251, "ours_251", "best_seq", "best client, one build at a time", 1.25),
            speed_up(key, cpipe, "ours_pipeline", 2),
            versus(key, cpipe, "ours_pipeline", "poller", "best 2 s poller", 1.25),
            versus(key, cpipe, "ours_pipeline", "physical", "physical floor", None),
        ]
    if key := _find(summary, "queued_ops_"):
        label = f"queued operations {_n(key)}, async"
        out.append(versus(key, label, "ours_async", "physical", "physical floor", 1.25))
    if key := _find(summary, "emulator_load_"):
        kinds = summary[key]["load"]["kinds"]
        for kind in ("read", "login"):
            p99 = kinds.get(kind, {}).get("p99")
            label = f"emulator, {_n(key)} clients: p99 of {kind}s"
            out.append(Target(label, p99, 1.0, False, "", "s"))
    if key := _find(summary, "call_overhead_"):
        ratio = _ratio(med(key, "ours"), med(key, "bare"))
        out.append(Target("call overhead vs bare httpx", ratio, 1.3, False, "ours / bare"))
    if "imports" in summary:
        ratio = _ratio(med("imports", "ours_v2"), med("imports", "httpx"))
        out.append(Target("import clc.v2 vs import httpx", ratio, 1.5, False, "ours / httpx"))
    return out


def _n(key: str) -> str:
    return key.rsplit("_", 1)[-1]


def _s(x: float | None, unit: str = "s") -> str:
    if x is None:
        return "n/a"
    return f"{x * 1000:.1f} ms" if unit == "ms" else f"{x:.2f} s"


def _x(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}x"


def _mb(kb: float | None) -> str:
    return f"{kb / 1024:.0f} MB" if kb else "n/a"


def markdown(raw: dict[str, Any], summary: dict[str, Any], chart: str | None) -> str:
    p, env = raw["profile"], raw["environment"]
    load = env.get("load_average")
    smoke = p["name"] == "smoke"
    command = "python -m benchmarks" + (" --smoke" if smoke else f" --scale {p['scale']:g}")
    lines = [
        "# Benchmarks: this SDK against clc-sdk 2.51 and the best client, on one emulator",
        "",
        f"Written by `{command}` on {raw['date']}: Python {env['python']}, {env['cpus']} CPUs"
        + (f" (load average {load[0]:.1f} at the start: shared machine)" if load else "")
        + f"; emulator with {p['latency_ms']:g} ms added latency and job lengths drawn "
        f"uniformly from {p['job_seconds'][0]:g}-{p['job_seconds'][1]:g} s (the same draws, in "
        f"the same order, for every run); {p['reps']} alternating repetitions per scenario, "
        f"each in a fresh process; medians, with min-max. Whole run: {raw['wall_seconds']:.0f} s.",
        "",
        "## Targets",
        "",
        *(
            ["Smoke profile: sizes far too small for these verdicts to mean anything.", ""]
            if smoke
            else []
        ),
        "Ratios are of medians taken in this one run. Margin: how far inside (+) or outside (-) "
        "the goal the figure is, as a share of the goal.",
        "",
        "| Target | Measured | Goal | Margin | |",
        "|---|---|---|---|---|",
    ]
    for t in summary["targets"]:
        basis = f" ({t.basis})" if t.basis else ""
        lines.append(
            f"| {t.name}{basis} | {t.shown()} | {t.goal()} | {t.margin()} | {t.verdict()} |"
        )
    if chart:
        lines += ["", f"![ratios]({chart})"]
    lines += ["", "## References", "", *(f"- {text}" for text in REFERENCES.values()), ""]
    lines += ["## Scenarios", ""]
    notes: list[str] = []
    for key, sc in raw["scenarios"].items():
        lines += _scenario(key, sc, summary[key], notes)
    lines += _imports(raw, summary, notes)
    lines += _memory(raw, summary)
    if notes:
        lines += ["## Not available or failed", "", *notes, ""]
    lines += [
        "## How it is measured",
        "",
        "- The same scenario code (`benchmarks/workload/sdk_side.py`, the documented `clc.v2` "
        "object model) runs on this SDK and on clc-sdk 2.51, installed from the package index into "
        "its own virtual environment; 2.51 is pointed at the emulator through "
        "`clc.defaults.ENDPOINT_URL_V2`, as its users did. `CLC_PIPELINE=1` or `0` chooses this "
        "SDK's build timing (pipelined, or 2.51's: each build sent once the previous one was "
        "accepted); each run reports which one its session used.",
        "- The best client (`benchmarks/workload/bare_side.py`) and the references computed from "
        "its runs and the emulator's job timeline (`benchmarks/floors.py`) are described above.",
        "- Each run is a new process; sides alternate and the order flips every repetition; "
        "timing starts after the imports and includes the lazy login. Before each run the "
        "emulator's job lengths are reseeded, so every side waits for the same jobs.",
        "- Call overhead runs with no added latency, so the client's own cost is not hidden.",
        "- The emulator-load clients (`benchmarks/workload/load_side.py`) are a minimal HTTP/1.1 "
        "client on asyncio streams, one connection each: with httpx the load generator's own "
        "cost set the latencies. The emulator's CPU per request is read from `/proc` around "
        "each run; one extra run with the emulator's server thread under cProfile "
        "(`benchmarks/emulator_profile.py`) says where it goes.",
        "",
    ]
    return "\n".join(lines)


def _scenario(key: str, sc: dict[str, Any], s: dict[str, Any], notes: list[str]) -> list[str]:
    stats, refs = s["stats"], s["refs"]
    jobs = sc.get("job_seconds") or [0, 0]
    lines = [
        f"### {sc['title']}",
        "",
        f"Emulator latency {sc['latency_ms']:g} ms"
        + (f", jobs of {jobs[0]:g}-{jobs[1]:g} s" if sc["waits"] else "")
        + "; world built in the emulator before timing.",
        "",
    ]
    if sc.get("missing_sides"):
        lines += [f"Not run: {', '.join(sc['missing_sides'])} (not available on this machine).", ""]
    if "load" in s:
        return lines + _load_lines(sc, s["load"], stats, notes)
    shown_refs = [
        (name, label)
        for name, label in (
            ("physical", "physical floor"),
            ("poller", "best 2 s poller"),
            ("best", "best client"),
            ("best_seq", "best client, one build at a time"),
        )
        if refs.get(name) is not None
    ]
    listed = [*shown_refs, ("seq_physical", "physical floor, one build at a time")]
    if shown_refs:
        text = "; ".join(f"{label} {_s(refs[name])}" for name, label in listed if refs.get(name))
        lines += [f"References: {text}.", ""]
    old = stats.get("sdk251")
    head = ["Side", "Median", "Min-max", "Runs ok"] + (["vs 2.51 (speed-up)"] if old else [])
    head += [f"vs {label}" for _, label in shown_refs]
    if sc["workload"] == "call_overhead":
        head.append("vs bare httpx")
    head += ["Requests", "Peak RSS"]
    lines += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for side, st in stats.items():
        label = sc["sides"].get(side, side)
        if side.startswith("ours") and sc["runs"][side]:
            piped = {r.get("pipeline") for r in sc["runs"][side] if "pipeline" in r}
            if piped - {None}:
                label += " (session pipelined)" if piped == {True} else " (session not pipelined)"
        speed = _x(_ratio(old.median if old else None, st.median)) if side != "sdk251" else ""
        row = [label, _s(st.median) if st.median is not None else "not available", st.spread()]
        row += [f"{st.ok}/{st.total}"] + ([speed] if old else [])
        row += [_x(_ratio(st.median, refs[name])) for name, _ in shown_refs]
        if sc["workload"] == "call_overhead":
            row.append(_x(_ratio(st.median, stats["bare"].median if "bare" in stats else None)))
        row += [f"{st.requests:.0f}" if st.requests is not None else "n/a", _mb(st.rss_kb)]
        lines.append("| " + " | ".join(row) + " |")
        if st.error:
            notes.append(f"- {sc['title']}, {label}: {st.error}")
    threads = [r["threads"] for r in sc["runs"].get("ours_async", []) if "threads" in r]
    if threads:
        lines += [
            "",
            f"This SDK's async side ran on one event loop with at most {max(threads)} "
            f"thread{'s' if max(threads) != 1 else ''} alive during its waits (for "
            f"{sc.get('expect')} jobs): no thread per job.",
        ]
    lines.append("")
    if sc.get("client_profiles"):
        lines += _client_profiles(sc, sc["client_profiles"], notes)
    return lines


def _client_profiles(sc: dict[str, Any], profiles: dict[str, Any], notes: list[str]) -> list[str]:
    """Where each side's time goes, area by area, from one extra run under cProfile."""
    good = {k: p for k, p in profiles.items() if "areas" in p}
    for side, p in profiles.items():
        if side not in good:
            notes.append(f"- {sc['title']}, profiled run of {side}: {p.get('error')}")
    if not good:
        return []
    sides = list(good)
    labels = [sc["sides"].get(k, k) for k in sides]
    ms = {k: {a["area"]: a["ms_per_unit"] for a in p["areas"]} for k, p in good.items()}
    areas = sorted(
        {a for m in ms.values() for a in m}, key=lambda a: -max(m.get(a, 0) for m in ms.values())
    )
    per = "ms per 1,000 servers" if sc["workload"] == "inventory" else "ms per 1,000 calls"
    two = len(sides) == 2
    head = ["Area", *(f"{label} ({per})" for label in labels)] + (["difference"] if two else [])
    lines = [
        "Where the time goes: one more run of each side under cProfile, after the timed ones "
        "(cProfile slows Python code far more than C code and waits, so the ms are the "
        "profiled run's, not the timed runs'; they show where the difference lies).",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for area in areas:
        values = [ms[k].get(area, 0.0) for k in sides]
        if max(values) < 0.5:
            continue
        row = [area, *(f"{v:.0f}" for v in values)]
        if two:
            row.append(f"{values[0] - values[1]:+.0f}")
        lines.append("| " + " | ".join(row) + " |")
    totals = [sum(ms[k].values()) for k in sides]
    lines.append(
        "| **total** | "
        + " | ".join(f"**{t:.0f}**" for t in totals)
        + (f" | **{totals[0] - totals[1]:+.0f}** |" if two else " |")
    )
    first = good[sides[0]]
    lines += [
        "",
        f"| Function of {labels[0]} (most own time) | Share | Calls per 1,000 |",
        "|---|---|---|",
        *(
            f"| `{f['function']}` | {f['share']:.0%} | {f['calls_per_unit']:.0f} |"
            for f in first["functions"]
        ),
        "",
    ]
    return lines


def _load_lines(
    sc: dict[str, Any], load: dict[str, Any], stats: dict[str, Stat], notes: list[str]
) -> list[str]:
    st = stats.get("load")
    if st and st.error:
        notes.append(f"- {sc['title']}: {st.error}")
    lines = [
        f"Each client logs in, then makes {sc.get('per_client', '?')} calls "
        "back to back: of every ten, seven reads, one server build, one fresh login and one more "
        "read; all start together (the first logins are one burst). Latency from send to "
        "decoded answer; medians over the runs of each run's percentile (p99 range in brackets).",
        "",
        "| Calls | p50 | p99 | max |",
        "|---|---|---|---|",
    ]
    for kind, row in load["kinds"].items():
        if row.get("p50") is None:
            continue
        lines.append(
            f"| {kind}s | {_s(row['p50'], 'ms')} | {_s(row['p99'], 'ms')} "
            f"({_s(row['p99_low'], 'ms')}-{_s(row['p99_high'], 'ms')}) | {_s(row['max'], 'ms')} |"
        )
    lines += [
        "",
        f"Throughput: {load['rps']:.0f} requests per second "
        f"({load['requests']:.0f} requests per run)."
        if load.get("rps")
        else "Throughput: n/a.",
        f"Emulator CPU per request: {load['emulator_ms_per_request']:.2f} ms "
        f"({load['emulator_cpu']:.2f} s per run); the load generator used "
        f"{load['client_cpu']:.2f} s of CPU per run."
        if load.get("emulator_ms_per_request") is not None
        else "Emulator CPU per request: n/a.",
        "",
    ]
    prof = load.get("profile")
    if prof and "areas" in prof:
        lines += [
            f"Where the emulator's time goes (one extra run under cProfile, {prof['units']} "
            "requests; shares of its busy time, the event loop's idle waits left out; cProfile "
            "inflates every function's time, so the ms are not the timed runs'):",
            "",
            "| Area | Share | ms per request (profiled) |",
            "|---|---|---|",
            *(
                f"| {a['area']} | {a['share']:.0%} | {a['ms_per_unit']:.3f} |"
                for a in prof["areas"]
                if a["share"] >= 0.005
            ),
            "",
            "| Function (most own time) | Share | Calls per request |",
            "|---|---|---|",
            *(
                f"| `{f['function']}` | {f['share']:.0%} | {f['calls_per_unit']:.1f} |"
                for f in prof["functions"]
            ),
            "",
        ]
    elif prof:
        notes.append(f"- {sc['title']}, profiled run: {prof.get('error')}")
    return lines


def _imports(raw: dict[str, Any], summary: dict[str, Any], notes: list[str]) -> list[str]:
    if "imports" not in summary:
        return []
    p = raw["profile"]
    stats = summary["imports"]["stats"]
    labels = raw["imports"]["labels"]
    httpx = stats.get("httpx")
    lines = [
        "### Import time",
        "",
        f"Each in a new process, {p['import_reps']} alternating repetitions after a warm-up "
        "(bytecode cached); time of the import statement alone. `import clc` of this SDK is a "
        "lazy shell: `import clc.v2` is the usable import.",
        "",
        "| Import | Median | Min-max | vs import httpx | Peak RSS after import |",
        "|---|---|---|---|---|",
    ]
    for side, st in stats.items():
        spread = (
            f"{st.low * 1000:.1f}-{st.high * 1000:.1f} ms"
            if st.low is not None and st.high
            else "n/a"
        )
        lines.append(
            f"| {labels.get(side, side)} | {_s(st.median, 'ms')} | {spread} | "
            f"{_x(_ratio(st.median, httpx.median if httpx else None))} | {_mb(st.rss_kb)} |"
        )
        if st.error:
            notes.append(f"- import, {labels.get(side, side)}: {st.error}")
    lines.append("")
    return lines


def _memory(raw: dict[str, Any], summary: dict[str, Any]) -> list[str]:
    inv = _find(summary, "inventory_")
    if not inv:
        return []
    n = int(inv.rsplit("_", 1)[1])
    sc = raw["scenarios"][inv]
    lines = [
        "### Memory",
        "",
        f"{sc['title']}: the run's peak resident set (`VmHWM` from `/proc/self/status`, the "
        "process's peak since exec) against its resident set when timing started (`VmRSS`, after "
        "the imports and set-up, before the login); medians. What the run added includes code "
        "imported lazily during the work.",
        "",
        "| Side | Peak RSS | RSS at start | Added by the run | Added per 1,000 servers |",
        "|---|---|---|---|---|",
    ]
    for side, st in summary[inv]["stats"].items():
        per = memory_per_thousand(st, n)
        added = (st.rss_kb - st.rss_start_kb) if st.rss_kb and st.rss_start_kb else None
        lines.append(
            f"| {sc['sides'].get(side, side)} | {_mb(st.rss_kb)} | {_mb(st.rss_start_kb)} | "
            f"{_mb(added)} | {f'{per:.1f} MB' if per is not None else 'n/a'} |"
        )
    lines.append("")
    return lines


def chart(summary: dict[str, Any], path: Path) -> bool:
    """Two panels: speed-ups over 2.51 (higher is better), ratios to goals' bases (lower)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    shown = [t for t in summary["targets"] if t.limit is not None]
    groups = [
        [t for t in shown if t.higher_is_better],
        [t for t in shown if not t.higher_is_better],
    ]
    titles = [
        "Speed-up over clc-sdk 2.51 (higher is better)",
        "Ratio to reference; p99 in seconds (lower is better)",
    ]
    fig, axes = plt.subplots(1, 2, figsize=(14, 5.5))
    for ax, items, title in zip(axes, groups, titles, strict=True):
        names = [t.name.split(":")[0] if t.higher_is_better else t.name for t in items]
        values = [t.measured or 0 for t in items]
        colors = ["#999999" if t.met is None else "#2e7d32" if t.met else "#c62828" for t in items]
        y = range(len(items))
        ax.barh(list(y), values, color=colors)
        for i, t in enumerate(items):
            assert t.limit is not None
            ax.plot([t.limit, t.limit], [i - 0.4, i + 0.4], color="black", lw=2)
            ax.text(values[i], i, f" {t.shown()}", va="center", fontsize=8)
        ax.set_yticks(list(y), names, fontsize=7)
        ax.invert_yaxis()
        ax.set_title(title, fontsize=10)
        ax.axvline(1, color="#555555", lw=0.8, ls=":")
        ax.set_xlim(0, max([*values, *(t.limit or 0 for t in items), 1]) * 1.3)
    fig.text(
        0.5,
        0.01,
        "black tick: goal; green met, red missed, grey not available",
        ha="center",
        fontsize=8,
    )
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True
