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


# The event loop waiting for sockets and timers (the added latency): idle, not cost.
IDLE = "<method 'poll' of 'select.epoll' objects>"


def summarize(path: Path, requests: int, top: int = 8) -> dict[str, Any]:
    """Own time per area and the functions with the most own time, per request (idle
    time in the event loop's poll left out)."""
    stats: Any = pstats.Stats(str(path)).stats
    idle = sum(row[2] for (_f, _l, func), row in stats.items() if func == IDLE)
    total = (sum(row[2] for row in stats.values()) - idle) or 1.0
    areas = {name: 0.0 for name, _ in AREAS}
    areas["other (builtins, C calls)"] = 0.0
    rows = []
    for (file, line, func), (_cc, calls, own, cumulative, _callers) in stats.items():
        if func == IDLE:
            continue
        area = next(
            (name for name, marks in AREAS if any(m in file or m in func for m in marks)),
            "other (builtins, C calls)",
        )
        areas[area] += own
        rows.append((own, calls, f"{_short(file)}:{line} {func}", cumulative))
    rows.sort(reverse=True)
    per = max(requests, 1)
    return {
        "requests": requests,
        "profiled_seconds": total,
        "idle_seconds": idle,
        "areas": [
            {"area": name, "share": own / total, "ms_per_request": own / per * 1000}
            for name, own in sorted(areas.items(), key=lambda kv: -kv[1])
        ],
        "functions": [
            {"function": name, "share": own / total, "calls_per_request": calls / per}
            for own, calls, name, _ in rows[:top]
        ],
    }


def _short(file: str) -> str:
    if "site-packages/" in file:
        return file.split("site-packages/", 1)[1]
    if "/lib/python3" in file:
        return file.split("/lib/python3", 1)[1].split("/", 1)[-1]
    if "/clc/" in file:
        return "clc/" + file.rsplit("/clc/", 1)[1]
    return file


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
