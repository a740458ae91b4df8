"""Running workloads in fresh interpreters, alternating sides, and collecting results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import sdk251
from .emulator import REPO, Emulator, World
from .scenarios import Profile, Scenario

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
    kind: str  # "sdk" or "bare"


def sides(work: Path, sdk251_python: Path | None) -> list[Side]:
    # Pipelined builds are an opt-in of this SDK; the benchmark measures them.
    ours_env = dict(sdk251.clean_env(), PYTHONPATH=str(REPO), CLC_PIPELINE="1")
    found = [
        Side("ours", "this SDK", sys.executable, ours_env, work, "sdk"),
        Side("bare", "bare httpx", sys.executable, sdk251.clean_env(), work, "bare"),
    ]
    if sdk251_python is not None:
        found.insert(
            1, Side("sdk251", "clc-sdk 2.51", str(sdk251_python), sdk251.clean_env(), work, "sdk")
        )
    return found


def run_once(side: Side, workload: str, params: dict[str, Any], timeout: float) -> Result:
    cmd = [side.python, str(WORKLOAD), workload, side.kind, json.dumps(params)]
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
    scenario: Scenario, profile: Profile, work: Path, order: list[Side], log: Any
) -> dict[str, Any]:
    """Build the world, then run every side ``profile.reps`` times, alternating.

    A scenario that uses up the world (catalog builds fill the network's addresses)
    gets a fresh emulator and world for every run.
    """
    started = time.perf_counter()
    runs: dict[str, list[Result]] = {s.key: [] for s in order}
    schedule = alternate(profile.reps, order)
    batches = [[run] for run in schedule] if scenario.fresh_world else [schedule]
    index = 0
    base: dict[str, Any] = {}
    for batch in batches:
        with _emulator(scenario, work) as emu:
            t = time.perf_counter()
            base = dict(emu.params(), **scenario.seed(World(emu)))
            if index == 0:
                log(f"  world ready in {time.perf_counter() - t:.1f} s")
            for rep, side in batch:
                before = emu.requests_served()
                result = run_once(
                    side, scenario.workload, scenario.per_run(base, index), profile.run_timeout
                )
                after = emu.requests_served()
                if before is not None and after is not None:
                    result["requests"] = after - before
                runs[side.key].append(result)
                index += 1
                shown = result.get("error") or (
                    f"{result['seconds']:.3f} s, {result.get('requests', '?')} requests"
                )
                log(f"  rep {rep + 1} {side.label:<13} {shown}")
    return {
        "title": scenario.title,
        "workload": scenario.workload,
        "waits": scenario.waits,
        "expect": base.get("n"),
        "latency_ms": scenario.latency_ms,
        "job_seconds": scenario.job_seconds,
        "runs": runs,
        "wall_seconds": time.perf_counter() - started,
    }


def _emulator(scenario: Scenario, work: Path) -> Emulator:
    return Emulator(
        work,
        latency_ms=scenario.latency_ms,
        job_seconds=scenario.job_seconds,
        name=scenario.key,
        extra=scenario.emulator_args,
    )


_IMPORT = (
    "import time\n"
    "t0 = time.perf_counter()\n"
    "import {module}\n"
    "t = time.perf_counter() - t0\n"
    "hwm = [s for s in open('/proc/self/status') if s.startswith('VmHWM:')][0].split()[1]\n"
    "print(t, hwm)\n"
)


def run_imports(reps: int, work: Path, order: list[Side], log: Any) -> dict[str, Any]:
    """``import clc`` (this SDK and 2.51) against ``import httpx``, each in a new process."""
    contestants = []
    for side in order:
        if side.kind == "sdk":
            contestants.append((side.key, side.label, side, "clc"))
            # What a first call pays: the object model reached, not only the package.
            contestants.append((f"{side.key}_v2", f"{side.label} +v2", side, "clc; clc.v2.Server"))
        else:
            contestants.append(("httpx", "import httpx", side, "httpx"))
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
        ok = [r["seconds"] for r in runs[key] if "seconds" in r]
        log(f"  {label:<17} " + (f"{sorted(ok)[len(ok) // 2] * 1000:.1f} ms" if ok else "failed"))
    labels = {key: label for key, label, *_ in contestants}
    return {"title": "Import time", "runs": runs, "labels": labels}


def environment() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "platform": sys.platform,
    }
