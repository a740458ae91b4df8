"""Pipelined submissions: a session's write requests sent in the background.

``Server.Create`` and ``Server.Clone`` check their arguments at the call, then hand the
POST to :meth:`Pipeline.submit` and return at once; a bounded pool (the session's
``max_concurrency`` threads) sends it. Three rules keep this invisible to code written
for clc-sdk 2.51:

- **Read-your-writes.** Every other request of the session first waits for the
  submissions in flight at that moment (:meth:`Pipeline.barrier`, called by the
  session's auth flow), so a read after a ``Create`` sees the new server. It waits;
  it never raises their errors. Requests made by a submission itself, and the login,
  do not wait.
- **Errors are not lost.** A submission's error is raised by the first use of the
  ``Requests`` it belongs to. One nobody looked at is logged at ERROR on the
  ``clc.queue`` logger when the last object holding it is garbage-collected, when the
  session is closed, or at interpreter exit.
- **Close waits.** :meth:`Pipeline.close` waits for every submission in flight.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Generic, TypeVar

from clc.errors import SessionClosedException

log: logging.Logger = logging.getLogger("clc.queue")

T = TypeVar("T")

_local = threading.local()


def _mark_submitter() -> None:
    _local.submitter = True


def in_submission() -> bool:
    """True on a pipeline thread (its requests never wait at the barrier)."""
    return bool(getattr(_local, "submitter", False))


class _Outcome:
    """What the finaliser, the completion callback and ``close`` share about one submission.

    It never refers to the :class:`Submission`, so that one can be garbage-collected.
    """

    def __init__(self, label: str) -> None:
        self.lock: threading.Lock = threading.Lock()
        self.label: str = label
        self.error: BaseException | None = None
        self.done: bool = False
        self.orphaned: bool = False
        self.observed: bool = False
        self.reported: bool = False

    def finished(self, error: BaseException | None) -> None:
        with self.lock:
            self.done = True
            self.error = error
            if self.orphaned:
                self._report()

    def owner_gone(self) -> None:
        with self.lock:
            self.orphaned = True
            if self.done:
                self._report()

    def report_now(self) -> None:
        with self.lock:
            if self.done:
                self._report()

    def _report(self) -> None:
        # Caller holds self.lock.
        error = self.error
        if error is None or self.observed or self.reported:
            return
        self.reported = True
        log.error(
            "%s failed and nobody looked at its error: %s: %s",
            self.label,
            type(error).__name__,
            error,
            exc_info=(type(error), error, error.__traceback__),
        )


def _run(fn: Callable[[], T], outcome: _Outcome) -> T:
    # The outcome is recorded before the future completes, so whoever waited for the
    # future (the barrier, close) finds it settled.
    try:
        result = fn()
    except BaseException as exc:
        outcome.finished(exc)
        raise
    outcome.finished(None)
    return result


class Submission(Generic[T]):
    """One request sent in the background; ``label`` says what it was for."""

    def __init__(self, future: Future[T], outcome: _Outcome) -> None:
        self._future = future
        self._outcome = outcome

    @property
    def label(self) -> str:
        return self._outcome.label

    @property
    def done(self) -> bool:
        return self._future.done()

    def exception(self) -> BaseException | None:
        """Wait for the request; its error, or ``None`` when it succeeded."""
        return self._future.exception()

    def result(self) -> T:
        """Wait for the request; its result, or raise its error (the original type)."""
        return self._future.result()

    def mark_observed(self) -> None:
        """The error was raised to (or shown to) the caller: do not log it."""
        with self._outcome.lock:
            self._outcome.observed = True


class Pipeline:
    """A session's background submissions: a bounded pool and the set in flight."""

    def __init__(self, max_workers: int) -> None:
        self._max_workers = max_workers
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._inflight: set[Future[Any]] = set()
        self._live: weakref.WeakSet[Submission[Any]] = weakref.WeakSet()
        self._closed = False

    def submit(self, fn: Callable[[], T], label: str) -> Submission[T]:
        """Run ``fn`` on the pool; raises ``SessionClosedException`` after :meth:`close`."""
        outcome = _Outcome(label)
        with self._lock:
            if self._closed:
                raise SessionClosedException("This session is closed")
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    max_workers=self._max_workers,
                    thread_name_prefix="clc-submit",
                    initializer=_mark_submitter,
                )
            future = self._executor.submit(_run, fn, outcome)
            self._inflight.add(future)
        submission = Submission(future, outcome)
        self._live.add(submission)
        weakref.finalize(submission, outcome.owner_gone)
        future.add_done_callback(self._finished)
        return submission

    def _finished(self, future: Future[Any]) -> None:
        with self._lock:
            self._inflight.discard(future)

    def barrier(self) -> None:
        """Wait for the submissions in flight now (not for ones started later)."""
        if not self._inflight or in_submission():
            return
        with self._lock:
            pending = list(self._inflight)
        wait(pending)

    def close(self) -> None:
        """Refuse new submissions, wait for those in flight, log errors nobody looked at."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
            pending = list(self._inflight)
        wait(pending)
        if executor is not None:
            executor.shutdown(wait=False)
        for submission in list(self._live):
            submission._outcome.report_now()
