"""The emulator's command line with its server thread under cProfile; and a summary of it.

``python -m benchmarks.emulator_profile OUT.prof [EMULATOR OPTIONS]`` runs
``clc-emulator`` as usual and writes the profile of the thread that serves HTTP (the
event loop: HTTP parsing, dispatch, the handlers) to ``OUT.prof`` when it stops.
cProfile slows what it measures, so the profiled run is never a timed one: it says
where the time goes, the timed runs say how much there is.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path
from typing import Any

# Where a function's time is counted, by the first fragment found in its file path or
# (for C functions, which have no file) its name.
AREAS = (
    ("HTTP parsing and writing (uvicorn, httptools)", ("/uvicorn/", "httptools", "/h11/")),
    ("event loop and sockets (asyncio)", ("/asyncio/", "selectors.py", "socket.py")),
    ("request dispatch (clc/testing/app.py, routing.py)", ("clc/testing/app.py", "routing.py")),
    ("backend, routes and views (the rest of clc/testing)", ("clc/testing/",)),
    ("JSON", ("/json/",)),
)


def main(argv: list[str]) -> int:
    out, args = Path(argv[0]), argv[1:]
    import uvicorn

    profile = cProfile.Profile()
    serve = uvicorn.Server.run

    def run(self: Any, *a: Any, **kw: Any) -> Any:
        profile.enable()  # in the server's own thread: the one cProfile then follows
        try:
            return serve(self, *a, **kw)
        finally:
            profile.disable()

    uvicorn.Server.run = run  # type: ignore[method-assign]
    from clc.testing.__main__ import main as emulator

    try:
        return emulator(args)
    finally:
        profile.dump_stats(out)


OTHER = "other (the interpreter, builtins called by builtins)"

# The event loop waiting for sockets and timers (the added latency): idle, not cost.
IDLE = "<method 'poll' of 'select.epoll' objects>"


def summarize(
    path: Path,
    units: float,
    top: int = 8,
    areas: tuple[tuple[str, tuple[str, ...]], ...] = AREAS,
    idle: str | None = IDLE,
) -> dict[str, Any]:
    """Own time per area and the functions with the most own time, per unit (a request
    of the emulator, 1,000 servers of a client's run), the ``idle`` function left out. A
    builtin that no area names counts where it was called from."""
    stats: Any = pstats.Stats(str(path)).stats
    idle_seconds = sum(row[2] for (_f, _l, func), row in stats.items() if func == idle)
    total = (sum(row[2] for row in stats.values()) - idle_seconds) or 1.0
    own_by_area = {name: 0.0 for name, _ in areas}
    own_by_area[OTHER] = 0.0

    def area_of(file: str, func: str) -> str | None:
        return next(
            (name for name, marks in areas if any(m in file or m in func for m in marks)), None
        )

    rows = []
    for (file, line, func), (_cc, calls, own, cumulative, callers) in stats.items():
        if func == idle:
            continue
        area = area_of(file, func)
        if area is None and file == "~":
            # A builtin no area names (isinstance, dict.pop...) counts where it was called
            # from: cProfile keeps its time per caller.
            for (caller_file, _l, caller_func), (_c, _n, by_caller, _t) in callers.items():
                own_by_area[area_of(caller_file, caller_func) or OTHER] += by_caller
            own_by_area[OTHER] += max(own - sum(row[2] for row in callers.values()), 0.0)
        else:
            own_by_area[area or OTHER] += own
        rows.append((own, calls, f"{_short(file)}:{line} {func}", cumulative))
    rows.sort(reverse=True)
    per = units or 1
    return {
        "units": units,
        "profiled_seconds": total,
        "idle_seconds": idle_seconds,
        "areas": [
            {"area": name, "share": own / total, "ms_per_unit": own / per * 1000}
            for name, own in sorted(own_by_area.items(), key=lambda kv: -kv[1])
        ],
        "functions": [
            {"function": name, "share": own / total, "calls_per_unit": calls / per}
            for own, calls, name, _ in rows[:top]
        ],
    }


def _short(file: str) -> str:
    if "site-packages/" in file:
        return file.split("site-packages/", 1)[1]
    if "/lib/python3" in file:
        return file.split("/lib/python3", 1)[1].split("/", 1)[-1]
    for package in ("clc_generated", "clc", "benchmarks"):
        if f"/{package}/" in file:
            return f"{package}/" + file.rsplit(f"/{package}/", 1)[1]
    return file


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
