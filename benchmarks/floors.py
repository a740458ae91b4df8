"""The references a queued-work scenario is measured against, from one best-client run.

The best client (``workload/bare_side.py``) records each wait as a phase: when its last
submission was answered (``submitted``), when it saw the last job end (``done``) and
the job ids; the emulator's timeline gives each job's end. With ``x`` the time from
``submitted`` to the end of the phase's last job and ``rtt`` the fastest status read
of the run:

- **physical floor**: the phase ends at ``submitted + x + rtt``: the last job handled,
  its length, one round trip to see it. No client can be faster.
- **best 2 s poller**: a client that submits like the best one and then reads the
  status at once and every 2 s: the phase ends at ``submitted + 2 s * ceil(x / 2 s) + rtt``.

Each reference is the best client's measured time with every phase's end replaced by
the reference's (later phases start that much earlier or later; the job lengths do
not move, as every run draws the same ones).
"""

from __future__ import annotations

import math
from typing import Any

Run = dict[str, Any]


def references(run: Run, poll_interval: float) -> dict[str, float] | None:
    """``{"physical": s, "poller": s}`` for a best-client run, or None without a timeline."""
    phases, jobs, rtt = run.get("phases"), run.get("jobs"), run.get("rtt")
    if not phases or jobs is None or rtt is None:
        return None
    physical = poller = float(run["seconds"])
    for phase in phases:
        ends = [jobs[j][1] for j in phase["jobs"] if j in jobs]
        if not ends:
            return None
        submitted, done = phase["submitted"], phase["done"]
        x = max(0.0, max(ends) - run["t0_wall"] - submitted)
        physical += submitted + x + rtt - done
        poller += submitted + poll_interval * math.ceil(x / poll_interval) + rtt - done
    return {"physical": physical, "poller": poller}
