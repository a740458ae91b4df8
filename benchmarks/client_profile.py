"""Where a client's time goes: one more run of each side of a scenario, under cProfile.

The timed runs say how long a side takes; this run, slowed by the profiler, says where
the time goes, area by area, for this SDK and for the best client side by side, so the
difference between them can be read off. The workload writes its profile to
``$BENCH_PROFILE`` (``benchmarks/workload/__main__.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import emulator_profile

# An area is named by the first of its fragments found in a function's file path or,
# for C functions (which have no file), in its name. The order matters: earlier wins.
AREAS = (
    (
        "waiting on the socket (the emulator's work and the latency)",
        ("<method 'recv", "<method 'send", "<method 'connect", "getaddrinfo"),
    ),
    ("JSON decoding", ("/json/",)),
    ("generated models (clc_generated/models)", ("clc_generated/models/", "clc_generated.models")),
    ("generated endpoints (the rest of clc_generated)", ("clc_generated/",)),
    ("the object model (clc/v2)", ("clc/v2/",)),
    ("session, transport, rules (clc/session, clc/core)", ("clc/",)),
    ("HTTP client (httpx, httpcore, h11)", ("/httpx/", "/httpcore/", "/h11/")),
    (
        "imports during the run (modules loaded on first use)",
        ("<frozen importlib", "marshal.loads", "builtins.exec", "__build_class__", "_imp."),
    ),
    ("TLS set-up", ("_ssl.", "/ssl.py")),
    ("the scenario's own code", ("benchmarks/workload/",)),
)


def summarize(path: Path, thousands: float, top: int = 10) -> dict[str, Any]:
    """Own time per area, per 1,000 items of the scenario (servers, calls)."""
    return emulator_profile.summarize(path, thousands, top, areas=AREAS, idle=None)
