"""Running workloads in fresh interpreters, alternating sides, and collecting results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import client_profile, emulator_profile, sdk251
from .emulator import REPO, Emulator, World
from .scenarios import JOB_SEED, Profile, Scenario

WORKLOAD = Path(__file__).resolve().parent / "workload"
Result = dict[str, Any]


@dataclass(frozen=True)
class Side:
    """One contestant: an interpreter, its environment, and which workload side it runs."""

    key: str
    label: str
    python: str
    env: dict[str, str]
    cwd: Path
    kind: str  # "sdk", "bare" or "load": the workload module it runs
    params: dict[str, Any] = field(default_factory=dict)  # added to every run's parameters


def sides(work: Path, sdk251_python: Path | None) -> dict[str, Side]:
    """Every side a scenario can name (2.51's only when its environment could be built)."""
    ours = dict(sdk251.clean_env(), PYTHONPATH=str(REPO))
    bare = sdk251.clean_env()
    py = sys.executable
    found = {
        "ours": Side("ours", "this SDK", py, ours, work, "sdk"),
        # CLC_PIPELINE chooses the default session's build timing, before and after
        # pipelining became an opt-in: "1" pipelines builds, "0" is 2.51's timing.
        "ours_pipeline": Side(
            "ours_pipeline", "this SDK, pipelined", py, dict(ours, CLC_PIPELINE="1"), work, "sdk"
        ),
        "ours_251": Side(
            "ours_251", "this SDK, 2.51 timing", py, dict(ours, CLC_PIPELINE="0"), work, "sdk"
        ),
        "bare": Side("bare", "best client", py, bare, work, "bare"),
        "bare_seq": Side(
            "bare_seq",
            "best client, one build at a time",
            py,
            bare,
            work,
            "bare",
            {"sequential": True},
        ),
        "load": Side("load", "load generator", py, bare, work, "load"),
        "ours_async": Side("ours_async", "this SDK, async", py, ours, work, "sdk"),
    }
    if sdk251_python is not None:
        found["sdk251"] = Side("sdk251", "clc-sdk 2.51", str(sdk251_python), bare, work, "sdk")
    return found


def run_once(side: Side, workload: str, params: dict[str, Any], timeout: float) -> Result:
    cmd = [side.python, str(WORKLOAD), workload, side.kind, json.dumps({**params, **side.params})]
    try:
        proc = subprocess.run(
            cmd, cwd=side.cwd, env=side.env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else exc.stderr
        return {"error": f"timed out after {timeout:.0f} s", "stderr": (err or "")[-2000:]}
    lines = proc.stdout.strip().splitlines()
    try:
        result: Result = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": f"exit {proc.returncode}: {' '.join(proc.stderr.split())[-300:]}"}
    if "error" in result:
        result["stderr"] = proc.stderr.strip()[-2000:]
    return result


def alternate(n: int, order: list[Side]) -> list[tuple[int, Side]]:
    """Run i uses the sides in turn, reversing the order every other repetition."""
    runs = []
    for rep in range(n):
        for side in order if rep % 2 == 0 else order[::-1]:
            runs.append((rep, side))
    return runs


def run_scenario(
    scenario: Scenario, profile: Profile, work: Path, available: dict[str, Side], log: Any
) -> dict[str, Any]:
    """Build the world, then run every side ``profile.reps`` times, alternating.

    Before each run the emulator's job lengths are reseeded, so every run draws the
    same lengths in the same order; after it, the run's job timeline is attached.
    """
    started = time.perf_counter()
    order = [available[k] for k in scenario.sides if k in available]
    missing = [k for k in scenario.sides if k not in available]
    runs: dict[str, list[Result]] = {s.key: [] for s in order}
    schedule = alternate(profile.reps, order)
    batches = [[run] for run in schedule] if scenario.fresh_world else [schedule]
    index = 0
    base: dict[str, Any] = {}
    client_profiles: dict[str, Any] = {}
    for batch in batches:
        with _emulator(scenario, work) as emu:
            t = time.perf_counter()
            base = dict(emu.params(), **scenario.seed(World(emu)))
            if index == 0:
                log(f"  world ready in {time.perf_counter() - t:.1f} s")
            for rep, side in batch:
                result = _measured_run(emu, side, scenario, scenario.per_run(base, index), profile)
                runs[side.key].append(result)
                index += 1
                shown = result.get("error") or (
                    f"{result['seconds']:.3f} s, {result.get('requests', '?')} requests"
                )
                log(f"  rep {rep + 1} {side.label:<32} {shown}")
            if scenario.profiled_sides and not scenario.fresh_world:
                profiled = [available[k] for k in scenario.profiled_sides if k in available]
                params = scenario.per_run(base, index)
                client_profiles = _profiled_clients(scenario, profiled, params, work, profile, log)
    out = {
        "title": scenario.title,
        "workload": scenario.workload,
        "sides": {s.key: s.label for s in order},
        "missing_sides": missing,
        "waits": scenario.waits,
        "expect": base.get("n"),
        "per_client": base.get("per_client"),
        "latency_ms": scenario.latency_ms,
        "job_seconds": list(scenario.job_seconds),
        "runs": runs,
    }
    if scenario.profiled_sides:
        out["client_profiles"] = client_profiles
    if scenario.workload == "emulator_load" and "load" in available:
        out["profile"] = _profiled_load(scenario, profile, work, available["load"], log)
    out["wall_seconds"] = time.perf_counter() - started
    return out


def _measured_run(
    emu: Emulator, side: Side, scenario: Scenario, params: dict[str, Any], profile: Profile
) -> Result:
    emu.reseed_jobs(JOB_SEED)
    last_job = emu.last_job()
    before, cpu_before = emu.requests_served(), emu.cpu_seconds()
    result = run_once(side, scenario.workload, params, profile.run_timeout)
    after, cpu_after = emu.requests_served(), emu.cpu_seconds()
    if before is not None and after is not None:
        result["requests"] = after - before
    if cpu_before is not None and cpu_after is not None:
        result["emulator_cpu_seconds"] = cpu_after - cpu_before
    if scenario.waits and "error" not in result:
        result["jobs"] = emu.jobs_after(last_job)
    return result


def _profiled_clients(
    scenario: Scenario,
    sides: list[Side],
    params: dict[str, Any],
    work: Path,
    profile: Profile,
    log: Any,
) -> dict[str, Any]:
    """One more run of each side under cProfile (never a timed run): where its time goes."""
    found: dict[str, Any] = {}
    thousands = (params.get("n") or 1000) / 1000
    for side in sides:
        path = work / "logs" / f"{scenario.key}.{side.key}.prof"
        path.unlink(missing_ok=True)
        traced = replace(side, env=dict(side.env, BENCH_PROFILE=str(path)))
        result = run_once(traced, scenario.workload, params, profile.run_timeout)
        if "error" in result or not path.exists():
            found[side.key] = {"error": result.get("error") or "the profiler wrote nothing"}
            continue
        found[side.key] = client_profile.summarize(path, thousands)
        found[side.key]["seconds"] = result.get("seconds")
        log(f"  profiled run of {side.label}: {result.get('seconds', 0):.3f} s under cProfile")
    return found


def _profiled_load(
    scenario: Scenario, profile: Profile, work: Path, side: Side, log: Any
) -> dict[str, Any]:
    """One more load run, the emulator under cProfile: where its time per request goes."""
    path = work / "logs" / f"{scenario.key}.prof"
    path.unlink(missing_ok=True)
    launcher = ("-m", "benchmarks.emulator_profile", str(path))
    with _emulator(scenario, work, launcher) as emu:
        params = dict(emu.params(), **scenario.seed(World(emu)))
        before = emu.requests_served() or 0
        result = run_once(side, scenario.workload, params, profile.run_timeout)
        served = (emu.requests_served() or 0) - before
    if "error" in result or not path.exists():
        return {"error": result.get("error") or "the profiler wrote nothing"}
    log(f"  profiled run: {served} requests")
    return emulator_profile.summarize(path, served)


def _emulator(scenario: Scenario, work: Path, launcher: tuple[str, ...] = ()) -> Emulator:
    return Emulator(
        work,
        latency_ms=scenario.latency_ms,
        job_seconds=scenario.job_seconds,
        name=scenario.key,
        extra=("--job-seed", str(JOB_SEED), *scenario.emulator_args),
        **({"launcher": launcher} if launcher else {}),
    )


_IMPORT = (
    "import time\n"
    "t0 = time.perf_counter()\n"
    "import {module}\n"
    "t = time.perf_counter() - t0\n"
    "hwm = [s for s in open('/proc/self/status') if s.startswith('VmHWM:')][0].split()[1]\n"
    "print(t, hwm)\n"
)

# What each SDK import contestant imports: the lazy package, the usable import, and
# the usable import with the object model reached (what a first call pays). 2.51 has
# no ``clc.v2`` module (an attribute of its eager ``clc``): ``import clc`` is its usable one.
SDK_IMPORTS = {
    "ours": (
        ("", "import clc", "clc"),
        ("_v2", "import clc.v2", "clc.v2"),
        ("_server", "import clc.v2; clc.v2.Server", "clc.v2; clc.v2.Server"),
    ),
    "sdk251": (
        ("", "import clc", "clc"),
        ("_server", "import clc; clc.v2.Server", "clc; clc.v2.Server"),
    ),
}


def run_imports(reps: int, available: dict[str, Side], log: Any) -> dict[str, Any]:
    """The SDKs' imports against ``import httpx``, each in a new process, alternating."""
    contestants = []
    for key, imports in SDK_IMPORTS.items():
        if key in available:
            side = available[key]
            for suffix, label, module in imports:
                contestants.append((key + suffix, f"{label} ({side.label})", side, module))
    contestants.append(("httpx", "import httpx", available["bare"], "httpx"))
    runs: dict[str, list[Result]] = {key: [] for key, *_ in contestants}
    for rep in range(reps + 1):  # the first round only warms the bytecode caches
        for key, _label, side, module in contestants if rep % 2 else contestants[::-1]:
            proc = subprocess.run(
                [side.python, "-c", _IMPORT.format(module=module)],
                cwd=side.cwd,
                env=side.env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            if proc.returncode != 0:
                runs[key].append({"error": proc.stderr.strip()[-300:]})
            elif rep:
                seconds, rss = proc.stdout.split()
                runs[key].append({"seconds": float(seconds), "maxrss_kb": int(rss)})
    for key, label, *_ in contestants:
        ok = sorted(r["seconds"] for r in runs[key] if "seconds" in r)
        log(f"  {label:<48} " + (f"{ok[len(ok) // 2] * 1000:.1f} ms" if ok else "failed"))
    labels = {key: label for key, label, *_ in contestants}
    return {"title": "Import time", "runs": runs, "labels": labels}


def environment() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "platform": sys.platform,
        "load_average": list(load) if load else None,
    }
