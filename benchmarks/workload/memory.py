"""What a measured run reports about its own memory, and when its timing started.

``VmHWM`` (``/proc/self/status``) is the process's peak resident set since exec;
``VmRSS`` its resident set now. A run reports the peak at its end and the resident
set when its timing started (after its imports and set-up), so the report can say
what the scenario itself added. ``getrusage``'s ``ru_maxrss`` is only the fallback
where ``/proc`` is missing: on Linux it survives exec, so a child can report its
parent's peak.
"""

from __future__ import annotations

import resource
import time
from typing import Any


def _status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def peak_kb() -> int:
    found = _status_kb("VmHWM")
    return found if found is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# The profiler of a profiled run (``__main__.py`` sets it): it starts with the timing.
profiler: Any = None


def start() -> dict[str, Any]:
    """Mark the start of timing: ``t0`` (perf counter), ``t0_wall`` and ``rss_start_kb``."""
    if profiler is not None:
        profiler.enable()
    return {
        "rss_start_kb": _status_kb("VmRSS"),
        "t0_wall": time.time(),
        "t0": time.perf_counter(),
    }
