"""One measured run, in a fresh interpreter.

Usage: ``python benchmarks/workload SCENARIO SIDE PARAMS_JSON``

``SIDE`` is ``sdk`` (the ``clc`` package this interpreter imports: this project's
facade or clc-sdk 2.51, the same code for both), ``bare`` (httpx alone: the best
client and the basis of the floors) or ``load`` (many concurrent raw-HTTP clients of
the emulator). The last line on stdout is one JSON object: the scenario's result plus
the process's peak resident set size (``memory.py`` says how it is read).

This folder is run as a script directory, so it never has the repository on its
path: which ``clc`` gets imported is decided by the interpreter and ``PYTHONPATH``
the harness chooses.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any

import memory


def _run(workload: Any, params: dict[str, Any]) -> dict[str, Any]:
    """The workload; when ``$BENCH_PROFILE`` is set, its timed part runs under cProfile
    (from ``memory.start()`` on) and the profile is written there. A profiled run is
    never a timed one: the harness profiles one extra run."""
    out = os.environ.get("BENCH_PROFILE")
    if not out:
        return workload(params)
    import cProfile

    memory.profiler = cProfile.Profile()
    try:
        return workload(params)
    finally:
        memory.profiler.disable()
        memory.profiler.dump_stats(out)


def main() -> int:
    scenario, side, params = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    try:
        if side == "sdk":
            import sdk_side as module
        elif side == "load":
            import load_side as module
        else:
            import bare_side as module
        result = _run(getattr(module, scenario), params)
    except Exception as exc:  # reported, never turned into a number
        traceback.print_exc()
        result = {"error": " ".join(f"{type(exc).__name__}: {exc}".split())[:300]}
    result["maxrss_kb"] = memory.peak_kb()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
