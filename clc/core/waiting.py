"""The waiting engine behind ``Requests.WaitUntilComplete``, ``Request.WaitUntilComplete``
and the async ``AsyncRequests``: the rules once (:class:`Wait`), two drivers.

Polling is per job, not per request: the API gives every server of one batch operation
the same status id, so requests sharing an id are polled once and settled together.
Each round first polls the job queued last; jobs run in queue order, so while it is
still pending the others are too and are not polled. Once it has finished (or cannot
be read), and in the last round before the deadline, every pending job is polled
concurrently (at most ``max_workers`` at once). The wait returns as soon as none is
pending: no trailing sleep.

Time: every poll runs under the wait's deadline (:mod:`clc.core.deadline`), so a wait
ends within ``timeout`` plus ``clc.defaults.DEADLINE_MARGIN`` whatever the API does.

No false failures. ``succeeded`` settles a job as a success and ``failed`` as a failure:
only the API says a job failed. A status that cannot be read is not a failure: a read
that may heal (transport errors, timeouts, 5xx, 408, 429) is tried again next round,
within the deadline (with no deadline, for ``patience`` seconds); a read that will not
(another 4xx, such as a token-only session whose token expired), a job the API reports
``unknown`` and an unrecognised status leave the job's outcome unknown. The wait then
raises :class:`~clc.errors.RequestStatusUnknownException` naming those ids and how to
check them, once every other job is settled. A deadline with every unsettled job last
read as pending raises :class:`~clc.errors.RequestTimeoutException`.

:meth:`Wait.plan` is a generator of :class:`Poll` (poll these items, send back their
``(status, error)`` in order) and :class:`Sleep` steps; :func:`wait_for` carries a
:class:`Wait` out with a thread pool, :func:`wait_for_async` with asyncio tasks (never a
thread per job).
Clock and sleep are injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

import clc.defaults as defaults
from clc.core import deadline
from clc.core.threads import map_in_threads
from clc.errors import (
    APIFailedResponse,
    CLCException,
    RequestStatusUnknownException,
    RequestTimeoutException,
)

PENDING = frozenset({"notStarted", "executing", "resumed", "queued", "running"})
SUCCEEDED = frozenset({"succeeded"})
FAILED = frozenset({"failed"})

ProgressCallback = Callable[[int, int], None]
Settle = Callable[["P", str, "str | None"], None]
Outcome = tuple[str, CLCException | None]
JobKey = tuple[object, ...]


class Pollable(Protocol):
    @property
    def id(self) -> str: ...

    def poll_status(self) -> str:
        """One status read from the API; raises a CLCException when it cannot be read."""
        ...


class AsyncPollable(Protocol):
    @property
    def id(self) -> str: ...

    async def poll_status(self) -> str:
        """One status read from the API; raises a CLCException when it cannot be read."""
        ...


P = TypeVar("P")


@dataclass(frozen=True)
class Poll(Generic[P]):
    """Poll each item once (concurrently); send back their outcomes in the same order."""

    items: list[P]


@dataclass(frozen=True)
class Sleep:
    seconds: float


class Wait(Generic[P]):
    """The rules of one wait, without I/O (see the module docstring)."""

    def __init__(
        self,
        items: Sequence[P],
        settle: Callable[[P, str, str | None], None],
        *,
        poll_freq: float = 2.0,
        timeout: float | None = None,
        progress: ProgressCallback | None = None,
        done_before: int = 0,
        clock: Callable[[], float] = time.monotonic,
        patience: float = defaults.UNREADABLE_STATUS_PATIENCE,
    ) -> None:
        if poll_freq < 0:
            raise ValueError("poll_freq: must be >= 0")
        self.settle = settle
        self.poll_freq = poll_freq
        self.timeout = timeout
        self.progress = progress
        self.clock = clock
        self.patience = patience
        self.deadline: float | None = None if timeout is None else clock() + timeout
        self.jobs: dict[JobKey, list[P]] = _group_by_job(items)
        self.total: int = done_before + len(items)
        self.done: int = done_before
        self.last_status: dict[JobKey, str] = {}
        self.unreadable: dict[JobKey, tuple[float, CLCException]] = {}
        self.unknown: dict[JobKey, tuple[list[P], str]] = {}

    def time_left(self) -> float | None:
        """Seconds before the wait's deadline (each poll's deadline), or ``None``."""
        return None if self.deadline is None else max(0.0, self.deadline - self.clock())

    def plan(self) -> Generator[Poll[P] | Sleep, list[Outcome] | None, None]:
        while self.jobs:
            round_start = self.clock()
            if self.deadline is not None and round_start >= self.deadline:
                raise self._timed_out()
            last_round = self.deadline is not None and round_start + self.poll_freq >= self.deadline
            # The job queued last goes first: while it runs, so do the ones before it.
            newest = next(reversed(self.jobs))
            outcomes = yield Poll([self.jobs[newest][0]])
            assert outcomes is not None
            status, error = outcomes[0]
            if not self._observe(newest, status, error) or error is not None or last_round:
                rest = [key for key in self.jobs if key != newest]
                if rest:
                    outcomes = yield Poll([self.jobs[key][0] for key in rest])
                    assert outcomes is not None
                    for key, (status, error) in zip(rest, outcomes, strict=True):
                        self._observe(key, status, error)
            if self.progress is not None:
                self.progress(self.done, self.total)
            if not self.jobs:
                break
            now = self.clock()
            if self.deadline is not None and now >= self.deadline:
                raise self._timed_out()
            # Rounds start every poll_freq seconds (a rate, not a pause after each round).
            delay = round_start + self.poll_freq - now
            if self.deadline is not None:
                delay = min(delay, self.deadline - now)
            if delay > 0:
                yield Sleep(delay)
        if self.unknown:
            raise self._outcome_unknown([])

    # -- one poll's outcome ------------------------------------------------------------
    def _observe(self, key: JobKey, status: str, error: CLCException | None) -> bool:
        """Record one poll; True while the job is still pending."""
        if error is not None:
            if _will_not_heal(error):
                self._give_up(key, f"its status cannot be read: {error}")
                return False
            since, _ = self.unreadable.get(key, (self.clock(), error))
            self.unreadable[key] = (since, error)
            if self.deadline is None and self.clock() - since >= self.patience:
                self._give_up(key, f"its status could not be read for {self.patience:g}s: {error}")
                return False
            return True
        self.unreadable.pop(key, None)
        self.last_status[key] = status
        if status in PENDING:
            return True
        if status in SUCCEEDED:
            self._settle(key, status, None)
        elif status in FAILED:
            self._settle(key, status, "the API reports the job failed")
        else:
            self._give_up(key, f"the API reports the job's status as {status!r}")
        return False

    def _settle(self, key: JobKey, status: str, reason: str | None) -> None:
        for item in self.jobs.pop(key):
            self.settle(item, status, reason)
            self.done += 1

    def _give_up(self, key: JobKey, reason: str) -> None:
        self.unknown[key] = (self.jobs.pop(key), reason)
        self.unreadable.pop(key, None)

    # -- how a wait ends with jobs unsettled --------------------------------------------
    def _timed_out(self) -> CLCException:
        for key, (_, error) in list(self.unreadable.items()):
            self._give_up(key, f"its status could not be read before the deadline: {error}")
        pending = [_id(item) for group in self.jobs.values() for item in group]
        if self.unknown:
            return self._outcome_unknown(pending)
        return RequestTimeoutException(
            f"Timed out after {self.timeout}s with {len(pending)} of {self.total} requests "
            f"pending: {_ids(pending)}",
            self.last_status.get(next(iter(self.jobs))),
            pending,
        )

    def _outcome_unknown(self, pending: list[str]) -> RequestStatusUnknownException:
        unknown = [(_id(item), reason) for items, reason in self.unknown.values() for item in items]
        example = unknown[0][0]
        alias = next((getattr(items[0], "alias", None) for items, _ in self.unknown.values()), None)
        how = (
            f"read the status again later: clc.v2.Request({example!r}, alias={alias!r}).Status() "
            f"(GET /v2/operations/{alias or '{alias}'}/status/{{id}}), or wait again: nothing "
            "was marked failed, and the jobs may still succeed"
        )
        first_reason = unknown[0][1]
        message = (
            f"The outcome of {len(unknown)} of {self.total} requests is unknown: "
            f"{_ids([i for i, _ in unknown])} ({example}: {first_reason})"
        )
        if pending:
            message += f"; {len(pending)} more still pending at the deadline: {_ids(pending)}"
        return RequestStatusUnknownException(
            f"{message}. To check: {how}.", unknown, [i for i, _ in unknown] + pending, how
        )


def _id(item: object) -> str:
    return str(getattr(item, "id", item))


def _ids(ids: list[str]) -> str:
    return ", ".join(ids[:20]) + (" ..." if len(ids) > 20 else "")


def _group_by_job(items: Sequence[P]) -> dict[JobKey, list[P]]:
    """Items keyed by the job they wait on, in the order the jobs were queued."""
    jobs: dict[JobKey, list[P]] = {}
    for item in items:
        key = (getattr(item, "alias", None), getattr(item, "uri", None) is not None, _id(item))
        jobs.setdefault(key, []).append(item)
    return jobs


def _will_not_heal(error: CLCException) -> bool:
    # A 4xx (other than timeout/rate limit) on a status read will not change by asking again.
    code = error.response_status_code if isinstance(error, APIFailedResponse) else None
    return code is not None and 400 <= code < 500 and code not in (408, 429)


# -- the sync driver: a bounded thread pool ---------------------------------------------
def wait_for(
    wait: Wait[P],
    *,
    max_workers: int = defaults.MAX_CONCURRENCY,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Carry out ``wait`` for :class:`Pollable` items: polls on a pool of at most
    ``max_workers`` threads. Raises as the module docstring says."""

    def poll(item: P) -> Outcome:
        with deadline.within(wait.time_left()):
            try:
                return item.poll_status(), None  # type: ignore[attr-defined]
            except CLCException as exc:
                return "", exc

    flow = wait.plan()
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                sleep(step.seconds)
                step = flow.send(None)
            else:
                step = flow.send(map_in_threads(poll, step.items, max_workers, "clc-wait"))
    except StopIteration:
        return


# -- the async driver: tasks on the event loop ------------------------------------------
async def wait_for_async(
    wait: Wait[P],
    *,
    max_workers: int = defaults.MAX_CONCURRENCY,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> None:
    """Carry out ``wait`` for :class:`AsyncPollable` items on the running event loop, at
    most ``max_workers`` polls at once. Cancelling it cancels the polls in flight and
    returns only once they are over."""
    import asyncio  # here, not at the top: the synchronous driver never needs it

    sleep = sleep or asyncio.sleep
    limit = asyncio.Semaphore(max_workers)

    async def poll(item: P) -> Outcome:
        async with limit:
            with deadline.within(wait.time_left()):
                try:
                    return await item.poll_status(), None  # type: ignore[attr-defined]
                except CLCException as exc:
                    return "", exc

    async def poll_all(batch: list[P]) -> list[Outcome]:
        if len(batch) == 1:
            return [await poll(batch[0])]
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(poll(item)) for item in batch]
        return [task.result() for task in tasks]

    flow = wait.plan()
    try:
        step = next(flow)
        while True:
            if isinstance(step, Sleep):
                await sleep(step.seconds)
                step = flow.send(None)
            else:
                step = flow.send(await poll_all(step.items))
    except StopIteration:
        return
