"""The waiting engine behind ``Requests.WaitUntilComplete`` and ``Request.WaitUntilComplete``.

Each round polls every pending item concurrently (bounded by ``max_workers``), settles
the ones that finished, and returns as soon as none is pending: no trailing sleep. A
deadline ends the wait with :class:`~clc.errors.RequestTimeoutException` naming the
pending ids. Every item is accounted for: ``succeeded`` is a success; ``failed``,
``unknown`` and any unrecognised status are failures (2.51 dropped the latter); a poll
that fails ``max_poll_failures`` times in a row (or with a client error, which will not
heal) is a failure carrying the error. The clock and sleep are injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, TypeVar

from clc import defaults
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
    pending = list(items)
    total = done_before + len(pending)
    failures: dict[int, int] = {}
    last_status: dict[int, str] = {}
    pool = (
        ThreadPoolExecutor(
            max_workers=min(max_workers, len(pending)), thread_name_prefix="clc-wait"
        )
        if len(pending) > 1
        else None
    )
    try:
        while pending:
            results = (
                list(pool.map(_poll, pending)) if pool is not None else [_poll(p) for p in pending]
            )
            still: list[P] = []
            for item, (status, error) in zip(pending, results, strict=True):
                key = id(item)
                if error is not None:
                    failures[key] = failures.get(key, 0) + 1
                    if failures[key] >= max_poll_failures or _will_not_heal(error):
                        settle(
                            item, last_status.get(key, "unknown"), f"status poll failed: {error}"
                        )
                    else:
                        still.append(item)
                    continue
                failures.pop(key, None)
                last_status[key] = status
                if status in SUCCEEDED:
                    settle(item, status, None)
                elif status in PENDING:
                    still.append(item)
                elif status in ("failed", "unknown"):
                    settle(item, status, f"the API reports the job {status}")
                else:
                    settle(item, status, f"unrecognised job status {status!r}")
            pending = still
            if progress is not None:
                progress(total - len(pending), total)
            if not pending:
                return
            now = clock()
            if deadline is not None and now >= deadline:
                ids = [p.id for p in pending]
                raise RequestTimeoutException(
                    f"Timed out after {timeout}s with {len(ids)} of {total} requests pending: "
                    + ", ".join(ids[:20])
                    + (" ..." if len(ids) > 20 else ""),
                    last_status.get(id(pending[0])),
                    ids,
                )
            delay = poll_freq if deadline is None else min(poll_freq, deadline - now)
            if delay > 0:
                sleep(delay)
    finally:
        if pool is not None:
            pool.shutdown(wait=False)


def _poll(item: Pollable) -> tuple[str, CLCException | None]:
    try:
        return item.poll_status(), None
    except CLCException as exc:
        return "", exc


def _will_not_heal(error: CLCException) -> bool:
    # A 4xx (other than timeout/rate limit) on a status read means a bad id: do not repeat.
    code = error.response_status_code if isinstance(error, APIFailedResponse) else None
    return code is not None and 400 <= code < 500 and code not in (408, 429)
