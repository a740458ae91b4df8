"""The emulator's job queue: queued work whose progress is a function of the clock.

A job records when it started and how long it takes; its status is computed from
``clock.now()`` on every read, so nothing runs in the background. The world
changes a job promises (``effects``) are applied the first time anyone looks at
the state after the job's end ("settling"), in order of completion.
"""

from __future__ import annotations

import heapq
from typing import Any

from . import effects as _effects
from .state import State

Rec = dict[str, Any]

# Fraction of a job's duration it spends "notStarted" before "executing".
_NOT_STARTED_SHARE = 0.2


def _pending(state: State) -> list[tuple[float, int, str]]:
    heap = state.job_heap
    if heap is None:
        heap = [
            (job["start"] + job["duration"], job["seq"], jid)
            for jid, job in state.data["jobs"].items()
            if not job["settled"]
        ]
        heapq.heapify(heap)
        state.job_heap = heap
    return heap


def submit(
    state: State,
    dc: str,
    effects: list[list[Any]],
    *,
    fail: bool = False,
    on_fail: list[list[Any]] | None = None,
    experimental: bool = False,
    summary: Rec | None = None,
) -> str:
    """Queue a job in data center ``dc``; return its id (``va1-100001`` style)."""
    seq = state.next_seq("job")
    jid = state.new_id() if experimental else f"{dc.lower()}-{seq}"
    now = state.clock.now()
    job: Rec = {
        "id": jid,
        "seq": seq,
        "dc": dc.upper(),
        "start": now,
        "duration": state.job_lengths.draw(),
        "fail": fail,
        "effects": effects,
        "onFail": on_fail or [],
        "settled": False,
        "experimental": experimental,
        "summary": summary or {},
    }
    state.data["jobs"][jid] = job
    heapq.heappush(_pending(state), (now + job["duration"], seq, jid))
    return jid


def status_of(job: Rec, now: float) -> str:
    elapsed = now - job["start"]
    if elapsed >= job["duration"]:
        return "failed" if job["fail"] else "succeeded"
    if elapsed < job["duration"] * _NOT_STARTED_SHARE:
        return "notStarted"
    return "executing"


def settle(state: State) -> int:
    """Apply the effects of every job that has ended by now, oldest end first.

    Returns how many jobs settled, so the caller knows whether the world changed.
    """
    heap = _pending(state)
    if not heap:
        return 0
    now = state.clock.now()
    settled = 0
    while heap and heap[0][0] <= now:
        _, _, jid = heapq.heappop(heap)
        job = state.data["jobs"].get(jid)
        if job is None or job["settled"]:
            continue
        job["settled"] = True
        for eff in job["onFail"] if job["fail"] else job["effects"]:
            _effects.apply(state, eff)
        settled += 1
    return settled


def job(state: State, jid: str) -> Rec | None:
    return state.data["jobs"].get(jid)  # type: ignore[no-any-return]


def fail_pending(state: State) -> int:
    """Mark every job that has not ended yet as going to fail; return how many."""
    now = state.clock.now()
    n = 0
    for j in state.data["jobs"].values():
        if not j["settled"] and j["start"] + j["duration"] > now:
            j["fail"] = True
            n += 1
    return n
