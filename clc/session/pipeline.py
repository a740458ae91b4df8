"""Pipelined submissions: a session's build requests sent in the background, by opt-in.

With ``clc.Session(pipeline=True)`` (or ``CLC_PIPELINE=1``), ``Server.Create`` and
``Server.Clone`` check their arguments at the call, then hand the POST to
:meth:`Pipeline.submit` and return at once; a bounded pool (the session's
``max_concurrency`` threads) sends it. Without the opt-in nothing comes here: the call
returns once the API accepted the build and raises its error itself, as clc-sdk 2.51 did.

- **Read-your-writes.** Every other request of the session first waits for the
  submissions in flight at that moment (:meth:`Pipeline.barrier`, called by the session's
  auth flow), so a read after a ``Create`` sees the new server. Requests made by a
  submission itself, and the login, do not wait.
- **A failure cannot go unnoticed.** A submission's error is raised, with its own type, by
  the first use of the ``Requests`` it belongs to. Until someone has seen it, the next use
  of the session (any request, ``close()``) raises :class:`SubmissionFailedException`
  instead of going ahead. One still unseen when the interpreter exits is reported on
  standard error and the ``clc.queue`` logger, and the process exits with status 1.
- **Close waits.** :meth:`Pipeline.close` waits for every submission in flight.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, Final, Generic, TypeVar

from clc.errors import SessionClosedException, SubmissionFailedException

log: logging.Logger = logging.getLogger("clc.queue")

T = TypeVar("T")

#: The status a process exits with when a pipelined failure was never seen.
EXIT_STATUS: Final = 1

_local = threading.local()


def _mark_submitter() -> None:
    _local.submitter = True


def in_submission() -> bool:
    """True on a pipeline thread (its requests never wait at the barrier)."""
    return bool(getattr(_local, "submitter", False))


class _Outcome:
    """The result of one submission, shared by its :class:`Submission` and the pipeline."""

    def __init__(self, label: str) -> None:
        self.lock: threading.Lock = threading.Lock()
        self.label: str = label
        self.error: BaseException | None = None
        self.observed: bool = False

    def take(self) -> bool:
        """Mark the error seen; True if nobody had seen it yet."""
        with self.lock:
            fresh = not self.observed
            self.observed = True
            return fresh


class _Unseen:
    """Failed submissions nobody has seen yet, of one pipeline or of the whole process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._outcomes: list[_Outcome] = []

    def add(self, outcome: _Outcome) -> None:
        with self._lock:
            self._outcomes = [o for o in self._outcomes if not o.observed]
            self._outcomes.append(outcome)

    def take(self) -> list[_Outcome]:
        """The failures nobody had seen, now marked seen."""
        with self._lock:
            outcomes, self._outcomes = self._outcomes, []
        return [o for o in outcomes if o.take()]


# Every pipeline's unseen failures, checked at interpreter exit (a session may be gone by then).
_process_unseen = _Unseen()
_exit_check_lock = threading.Lock()
_exit_check_installed = False


def _install_exit_check() -> None:
    global _exit_check_installed
    with _exit_check_lock:
        if not _exit_check_installed:
            atexit.register(_check_at_exit)
            _exit_check_installed = True


def describe(outcomes: list[_Outcome]) -> list[tuple[str, str]]:
    """``(what was submitted, "ErrorType: message")`` of each failed submission."""
    return [(o.label, f"{type(o.error).__name__}: {o.error}") for o in outcomes]


def _check_at_exit() -> None:
    """Report failures nobody saw and end the process with :data:`EXIT_STATUS`.

    The interpreter has already chosen its exit status when ``atexit`` runs, and an error
    raised here would only be printed, so the process ends with ``os._exit`` after the
    report, the standard streams and logging are flushed.
    """
    unseen = _process_unseen.take()
    if not unseen:
        return
    lines = [f"  {label}: {error}" for label, error in describe(unseen)]
    text = (
        f"clc: {len(unseen)} pipelined submission(s) failed and nobody looked at the error:\n"
        + "\n".join(lines)
        + f"\nclc: exiting with status {EXIT_STATUS}\n"
    )
    if log.hasHandlers():  # without handlers, logging would print the same text again
        log.error("%s", text.rstrip())
    try:
        sys.stderr.write(text)
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        logging.shutdown()
        os._exit(EXIT_STATUS)


def _run(fn: Callable[[], T], outcome: _Outcome, pipeline: Pipeline) -> T:
    # The failure is recorded before the future completes, so whoever waited for the
    # future (the barrier, close) finds it.
    try:
        return fn()
    except BaseException as exc:
        outcome.error = exc
        pipeline._unseen.add(outcome)
        _process_unseen.add(outcome)
        raise


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
        """The error was raised to (or shown to) the caller: the session need not raise it."""
        self._outcome.take()


class Pipeline:
    """A session's background submissions: a bounded pool, the set in flight, and the
    failures nobody has seen."""

    def __init__(self, max_workers: int) -> None:
        self._max_workers = max_workers
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._inflight: set[Future[Any]] = set()
        self._unseen = _Unseen()
        self._closed = False

    def submit(self, fn: Callable[[], T], label: str) -> Submission[T]:
        """Run ``fn`` on the pool; raises ``SessionClosedException`` after :meth:`close`."""
        outcome = _Outcome(label)
        with self._lock:
            if self._closed:
                raise SessionClosedException("This session is closed")
            if self._executor is None:
                _install_exit_check()
                self._executor = ThreadPoolExecutor(
                    max_workers=self._max_workers,
                    thread_name_prefix="clc-submit",
                    initializer=_mark_submitter,
                )
            future = self._executor.submit(_run, fn, outcome, self)
            self._inflight.add(future)
        future.add_done_callback(self._finished)
        return Submission(future, outcome)

    def _finished(self, future: Future[Any]) -> None:
        with self._lock:
            self._inflight.discard(future)

    def _wait(self) -> None:
        with self._lock:
            pending = list(self._inflight)
        wait(pending)

    def barrier(self) -> None:
        """Wait for the submissions in flight now, then raise the failures nobody has seen
        (:class:`SubmissionFailedException`): the request about to be made is not made."""
        if in_submission():
            return
        if self._inflight:
            self._wait()
        self.raise_unseen("before this request")

    def raise_unseen(self, when: str) -> None:
        """Raise :class:`SubmissionFailedException` for the failures nobody has seen."""
        unseen = self._unseen.take()
        if not unseen:
            return
        failures = describe(unseen)
        listed = "; ".join(f"{label}: {error}" for label, error in failures)
        raise SubmissionFailedException(
            f"{len(unseen)} pipelined submission(s) failed {when} and nobody had looked at "
            f"the error: {listed}",
            failures,
        ) from unseen[0].error

    def close(self) -> None:
        """Refuse new submissions and wait for those in flight (it raises nothing: the
        session raises the failures nobody has seen once its connection is closed)."""
        with self._lock:
            self._closed = True
            executor, self._executor = self._executor, None
        self._wait()
        if executor is not None:
            executor.shutdown(wait=False)
