"""The waiting engine behind ``Requests.WaitUntilComplete`` and ``Request.WaitUntilComplete``.

Polling is per job, not per request: the API gives every server of one batch operation
the same status id, so requests sharing an id are polled once and settled together.
Each round first polls the job queued last; jobs run in queue order, so while it is
still pending the others are too and are not polled. Once it has finished (or cannot
be read), every pending job is polled concurrently (bounded by ``max_workers``). The
wait returns as soon as none is pending: no trailing sleep. A deadline ends it with
:class:`~clc.errors.RequestTimeoutException` naming the pending ids.

Every item is accounted for: ``succeeded`` is a success; ``failed``, ``unknown`` and
any unrecognised status are failures (2.51 dropped the latter); a job whose status read
fails ``max_poll_failures`` times in a row (or with a client error, which will not
heal) is a failure carrying the error. The clock and sleep are injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, TypeVar

import clc.defaults as defaults
from clc.errors import APIFailedResponse, CLCException, RequestTimeoutException

PENDING = frozenset({"notStarted", "executing", "resumed", "queued", "running"})
SUCCEEDED = frozenset({"succeeded"})

ProgressCallback = Callable[[int, int], None]


class Pollable(Protocol):
    @property
    def id(self) -> str: ...

    def poll_status(self) -> str:
        """One status read from the API; raises a CLCException when it cannot be read."""
        ...


P = TypeVar("P", bound=Pollable)


def wait_for(
    items: Sequence[P],
    settle: Callable[[P, str, str | None], None],
    *,
    poll_freq: float = 2.0,
    timeout: float | None = None,
    max_workers: int = defaults.MAX_CONCURRENCY,
    max_poll_failures: int = defaults.MAX_POLL_FAILURES,
    progress: ProgressCallback | None = None,
    done_before: int = 0,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Poll ``items`` until each is settled: ``settle(item, status, reason)``.

    ``reason`` is ``None`` for a success and says why otherwise. Raises
    ``RequestTimeoutException`` when ``timeout`` seconds pass with items still pending
    (those are not settled).
    """
    if poll_freq < 0:
        raise ValueError("poll_freq: must be >= 0")
    start = clock()
    deadline = None if timeout is None else start + timeout
    jobs = _group_by_job(items)
    total = done_before + len(items)
    done = done_before
    failures: dict[tuple[object, ...], int] = {}
    last_status: dict[tuple[object, ...], str] = {}
    workers = min(max_workers, len(jobs))
    pool = ThreadPoolExecutor(workers, thread_name_prefix="clc-wait") if workers > 1 else None

    def settle_job(key: tuple[object, ...], status: str, reason: str | None) -> None:
        nonlocal done
        for item in jobs.pop(key):
            settle(item, status, reason)
            done += 1

    def observe(key: tuple[object, ...], status: str, error: CLCException | None) -> bool:
        """Record one poll; True when the job is still pending."""
        if error is not None:
            failures[key] = failures.get(key, 0) + 1
            if failures[key] >= max_poll_failures or _will_not_heal(error):
                settle_job(key, last_status.get(key, "unknown"), f"status poll failed: {error}")
                return False
            return True
        failures.pop(key, None)
        last_status[key] = status
        if status in PENDING:
            return True
        if status in SUCCEEDED:
            settle_job(key, status, None)
        elif status in ("failed", "unknown"):
            settle_job(key, status, f"the API reports the job {status}")
        else:
            settle_job(key, status, f"unrecognised job status {status!r}")
        return False

    def poll_rest(skip: tuple[object, ...]) -> None:
        rest = [key for key in jobs if key != skip]
        mapper = pool.map if pool is not None else map
        results = mapper(_poll_first, [jobs[key] for key in rest])
        for key, (status, error) in zip(rest, results, strict=True):
            observe(key, status, error)

    try:
        while jobs:
            round_start = clock()
            # The job queued last goes first: while it runs, so do the ones before it.
            newest = next(reversed(jobs))
            status, error = _poll(jobs[newest][0])
            polled_all = not observe(newest, status, error) or error is not None
            if polled_all:
                poll_rest(newest)
            now = clock()
            if jobs and not polled_all and deadline is not None and now >= deadline:
                poll_rest(newest)  # a timeout reports what is really still pending
            if progress is not None:
                progress(done, total)
            if not jobs:
                return
            if deadline is not None and now >= deadline:
                pending = [item for group in jobs.values() for item in group]
                ids = [p.id for p in pending]
                raise RequestTimeoutException(
                    f"Timed out after {timeout}s with {len(ids)} of {total} requests pending: "
                    + ", ".join(ids[:20])
                    + (" ..." if len(ids) > 20 else ""),
                    last_status.get(next(iter(jobs))),
                    ids,
                )
            # Rounds start every poll_freq seconds (a rate, not a pause after each round).
            delay = round_start + poll_freq - now
            if deadline is not None:
                delay = min(delay, deadline - now)
            if delay > 0:
                sleep(delay)
    finally:
        if pool is not None:
            pool.shutdown(wait=False)


def _group_by_job(items: Sequence[P]) -> dict[tuple[object, ...], list[P]]:
    """Items keyed by the job they wait on, in the order the jobs were queued."""
    jobs: dict[tuple[object, ...], list[P]] = {}
    for item in items:
        key = (getattr(item, "alias", None), getattr(item, "uri", None) is not None, item.id)
        jobs.setdefault(key, []).append(item)
    return jobs


def _poll_first(group: Sequence[Pollable]) -> tuple[str, CLCException | None]:
    return _poll(group[0])


def _poll(item: Pollable) -> tuple[str, CLCException | None]:
    try:
        return item.poll_status(), None
    except CLCException as exc:
        return "", exc


def _will_not_heal(error: CLCException) -> bool:
    # A 4xx (other than timeout/rate limit) on a status read means a bad id: do not repeat.
    code = error.response_status_code if isinstance(error, APIFailedResponse) else None
    return code is not None and 400 <= code < 500 and code not in (408, 429)
