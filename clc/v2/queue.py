"""Queued (asynchronous) work: ``Queue``, ``Request`` and ``Requests``.

A :class:`Request` is one job on the API's queue, re-attachable later by its id
(``Request(id, alias=...)``). :class:`Requests` is a batch; ``sum()`` and ``+`` combine
batches (across sessions too) and ``WaitUntilComplete`` waits on all of them at once
(see :mod:`clc.core.waiting`). Items the API refused to queue are not dropped: they start in
``error_requests`` with the API's reason ("already in desired state" counts as done).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from clc.core import argument_lists
from clc.core import arguments as checks
from clc.core.queue_items import item_from_model, items_from_json, not_queued, status_read
from clc.core.waiting import ProgressCallback, Wait, wait_for
from clc.errors import CLCException, InvalidArgumentException, RequestFailedException
from clc.v2 import default_session as _session

if TYPE_CHECKING:
    from clc.session import Session
    from clc.session.pipeline import Submission
    from clc.v2.server import Server


class Queue:
    """Namespace kept for 2.51 compatibility (it was an empty class there too)."""


class Request:
    """One queued job. ``data`` holds ``status``, ``context_key`` and ``context_val``."""

    def __init__(
        self,
        id: str,
        alias: str | None = None,
        request_obj: dict[str, Any] | None = None,
        session: Any = None,
    ) -> None:
        # Not an id rule: entries the API refused carry what was refused in theirs.
        checks.check_text(id, argument="id", max_len=1024)
        checks.check_alias(alias)
        if request_obj is not None and not isinstance(request_obj, dict):
            raise InvalidArgumentException.refused(
                "request_obj", checks.not_a("a dict", request_obj), "None or a dict"
            )
        self.id: str = id
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self.data: dict[str, Any] = {"status": None, "context_key": None, "context_val": None}
        self.data.update(request_obj or {})
        self.reason: str | None = self.data.pop("reason", None)
        self.uri: str | None = self.data.pop("uri", None)
        self.time_created: float | None = None
        self.time_executed: float | None = None
        self.time_completed: float | None = None

    if not TYPE_CHECKING:
        # 2.51 read ``request.context_key`` etc. from ``data``; hidden from type checkers.
        def __getattr__(self, name: str) -> Any:
            data = self.__dict__.get("data")
            if data is not None and name in data:
                return data[name]
            raise AttributeError(name)

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"<clc.Request {self.id} status={self.data.get('status')!r}>"

    @property
    def status(self) -> str | None:
        """The last status read (``Status()`` reads a fresh one)."""
        value = self.data.get("status")
        return str(value) if value is not None else None

    def Status(self, cached: bool = False) -> str | None:
        """The job's status; one GET unless ``cached``. Read errors raise (2.51 hid them)."""
        checks.check_flag(cached, argument="cached")
        if cached and self.data.get("status"):
            return self.status
        op, arguments = status_read(self.alias, self.id, self.uri)
        result: Any = self.session.call(op.sync, **arguments)
        self.data["status"] = str(result.status)
        return self.status

    def poll_status(self) -> str:
        """One fresh read of the job's status (``""`` when the API gives none): what a wait calls
        each round."""
        return self.Status() or ""

    def _settle(self, status: str, reason: str | None) -> None:
        self.data["status"] = status
        self.reason = reason

    def WaitUntilComplete(self, poll_freq: float = 2, timeout: float | None = None) -> None:
        """Block until the job succeeds; raise ``RequestFailedException`` if it fails or is
        ``unknown``, ``RequestTimeoutException`` when ``timeout`` passes (at any status)."""
        checks.check_wait(poll_freq, timeout)
        wait_for(Wait([self], Request._settle, poll_freq=poll_freq, timeout=timeout))
        if self.reason is not None:
            raise RequestFailedException(
                f"Request {self.id} {self.status}: {self.reason}",
                [(self.id, self.status or "", self.reason)],
            )

    def Server(self) -> Server:
        """The server this job acts on (for a build: the new server)."""
        from clc.v2.server import Server

        key, value = self.data.get("context_key"), self.data.get("context_val")
        if key == "newserver" and value:
            return Server._from_uuid(str(value), alias=self.alias, session=self.session)
        if key == "server" and value:
            return Server(str(value), alias=self.alias, session=self.session)
        raise CLCException(f"Request {self.id} is not tied to a server")


class Requests:
    """A batch of queued jobs: ``requests`` (pending), ``success_requests``, ``error_requests``.

    A batch returned by a pipelined ``Server.Create``/``Server.Clone`` (see
    :class:`clc.Session`) may still be submitting: its first use (any of the three
    lists, iteration, ``len``, indexing, :meth:`Server`, :meth:`WaitUntilComplete`)
    waits for its submissions and raises the first one's error as its original type
    (``APIFailedResponse``, ``TransportException``...), with notes naming the other
    failed submissions and the outcome of the rest. After that, each failed submission
    is an entry of ``error_requests`` (id ``not-submitted:...``, its error as reason).
    ``+`` and ``sum()`` combine batches without waiting.
    """

    def __init__(
        self, requests_lst: Any = None, alias: str | None = None, session: Any = None
    ) -> None:
        requests_lst = argument_lists.check_queue_answers(requests_lst)
        checks.check_alias(alias)
        self.session: Session = _session.resolve(session)
        self.alias: str | None = alias
        self._pending: list[Request] = []
        self._succeeded: list[Request] = []
        self._failed: list[Request] = []
        # Background submissions (clc.session.pipeline) not yet folded into the lists.
        self._submissions: list[Submission[Requests]] = []
        self._resolve_lock = threading.Lock()
        entries = requests_lst if isinstance(requests_lst, list) else [requests_lst]
        if any(hasattr(entry, "to_dict") for entry in entries):
            # What a generated queued operation returned (clc_generated models).
            for model in entries:
                self._add_item(**item_from_model(model))
        else:
            for item in items_from_json(requests_lst):
                self._add_item(**item)

    @classmethod
    def _from_generated(cls, result: Any, alias: str, session: Any) -> Requests:
        """Build from the generated model(s) an operation returned."""
        return cls(result, alias=alias, session=session)

    @classmethod
    def _submitted(cls, submission: Submission[Requests], alias: str, session: Any) -> Requests:
        """A batch whose items come from a background submission."""
        batch = cls([], alias=alias, session=session)
        batch._submissions.append(submission)
        return batch

    # -- the three lists (each first folds in finished submissions) --------------------
    @property
    def requests(self) -> list[Request]:
        """Jobs still pending."""
        self._resolve()
        return self._pending

    @requests.setter
    def requests(self, value: list[Request]) -> None:
        self._pending = value

    @property
    def success_requests(self) -> list[Request]:
        """Jobs that succeeded (or needed nothing done)."""
        self._resolve()
        return self._succeeded

    @success_requests.setter
    def success_requests(self, value: list[Request]) -> None:
        self._succeeded = value

    @property
    def error_requests(self) -> list[Request]:
        """Jobs that failed, were not queued, or whose submission failed."""
        self._resolve()
        return self._failed

    @error_requests.setter
    def error_requests(self, value: list[Request]) -> None:
        self._failed = value

    def _all(self) -> list[Request]:
        self._resolve()
        return [*self._pending, *self._succeeded, *self._failed]

    def __iter__(self) -> Iterator[Request]:
        """Every job: pending, then succeeded, then failed."""
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, index: int) -> Request:
        return self._all()[index]

    def Server(self) -> Server:
        """The server of the batch's one job (for a build: the new server)."""
        items = self._all()
        if len(items) != 1:
            raise CLCException(
                f"This batch holds {len(items)} requests; use requests[i].Server() instead"
            )
        return items[0].Server()

    def _add_item(
        self,
        request_id: str | None,
        server: str | None,
        self_href: str | None,
        error: str | None,
        queued: bool,
        uri: str | None = None,
    ) -> None:
        alias = self.alias or self.session.alias
        ctx: dict[str, Any] = {"context_key": None, "context_val": None}
        if self_href and "/servers/" in self_href:
            ctx = {
                "context_key": "newserver",
                "context_val": self_href.split("/")[-1].split("?")[0],
            }
        elif server:
            ctx = {"context_key": "server", "context_val": server}
        if queued and request_id:
            ctx["uri"] = uri
            self._pending.append(Request(request_id, alias, ctx, self.session))
            return
        status, reason = not_queued(error)
        ctx.update(status=status, reason=reason)
        req = Request(f"not-queued:{server or request_id or '?'}", alias, ctx, self.session)
        (self._failed if reason else self._succeeded).append(req)

    # -- background submissions --------------------------------------------------------
    def _collect(self) -> list[tuple[Submission[Requests], BaseException]]:
        """Wait for this batch's submissions and fold them into the lists; the failures."""
        if not self._submissions:
            return []
        failures: list[tuple[Submission[Requests], BaseException]] = []
        with self._resolve_lock:
            submissions, self._submissions = self._submissions, []
            for sub in submissions:
                error = sub.exception()
                if error is None:
                    done = sub.result()
                    self._pending.extend(done._pending)
                    self._succeeded.extend(done._succeeded)
                    self._failed.extend(done._failed)
                    continue
                sub.mark_observed()
                failures.append((sub, error))
                ctx = {"status": "failed", "reason": f"{type(error).__name__}: {error}"}
                alias = self.alias or self.session.alias
                self._failed.append(Request(f"not-submitted:{sub.label}", alias, ctx, self.session))
        return failures

    def _resolve(self) -> None:
        failures = self._collect()
        if failures:
            raise _annotated(failures, self)

    def __repr__(self) -> str:
        # Never waits: repr is for debuggers and logs.
        submitting = f" submitting={len(self._submissions)}" if self._submissions else ""
        return (
            f"<clc.Requests pending={len(self._pending)} succeeded={len(self._succeeded)} "
            f"failed={len(self._failed)}{submitting}>"
        )

    def __add__(self, other: Requests | int) -> Requests:
        # int support makes sum() work with its start value 0. Never waits.
        if isinstance(other, int):
            return self
        if not isinstance(other, Requests):
            return NotImplemented
        combined = Requests([], alias=self.alias, session=self.session)
        combined._pending = self._pending + other._pending
        combined._succeeded = self._succeeded + other._succeeded
        combined._failed = self._failed + other._failed
        combined._submissions = self._submissions + other._submissions
        return combined

    __radd__ = __add__

    def WaitUntilComplete(
        self,
        poll_freq: float = 2,
        timeout: float | None = None,
        *,
        progress: ProgressCallback | None = None,
        max_workers: int | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> int:
        """Wait for every pending job; return the number that failed (0 means success).

        All pending jobs are polled concurrently each round (at most ``max_workers`` at
        once, default the session's ``max_concurrency``); the call returns as soon as
        the last one finishes. ``progress(done, total)`` is called after each round.
        ``RequestTimeoutException`` names the ids still pending when ``timeout`` passes.

        Submissions still in flight are waited for first. When some failed, every job
        that was queued is still waited for, then the first submission's error is
        raised (its original type) with notes on the others and on the jobs' outcome.
        """
        checks.check_wait(poll_freq, timeout)
        for name, hook in (("progress", progress), ("clock", clock), ("sleep", sleep)):
            if hook is not None and not callable(hook):
                raise InvalidArgumentException.refused(
                    name, checks.not_a("callable", hook), "None or a function"
                )
        if max_workers is not None:
            checks.check_whole_number(max_workers, argument="max_workers", low=1, high=256)

        def settle(req: Request, status: str, reason: str | None) -> None:
            req._settle(status, reason)
            self._pending.remove(req)
            (self._failed if reason else self._succeeded).append(req)

        failures = self._collect()
        try:
            wait = Wait(
                list(self._pending),
                settle,
                poll_freq=poll_freq,
                timeout=timeout,
                progress=progress,
                done_before=len(self._succeeded) + len(self._failed),
                clock=clock or time.monotonic,
            )
            wait_for(
                wait,
                max_workers=max_workers or self.session.max_concurrency,
                sleep=sleep or time.sleep,
            )
        except CLCException as exc:
            if failures:
                _note_failures(exc, failures, self)
            raise
        if failures:
            raise _annotated(failures, self)
        return len(self._failed)

    def failures(self) -> list[tuple[str, str, str]]:
        """``(id, status, reason)`` of every failed job."""
        return [(r.id, r.status or "", r.reason or "") for r in self.error_requests]


# Notes this module added to an exception (replaced, not repeated, when raised again).
_NOTES_ATTR = "_clc_queue_notes"


def _annotated(
    failures: list[tuple[Submission[Requests], BaseException]], batch: Requests
) -> BaseException:
    first = failures[0][1]
    _note_failures(first, failures[1:], batch, first_label=failures[0][0].label)
    return first


def _note_failures(
    exc: BaseException,
    others: list[tuple[Submission[Requests], BaseException]],
    batch: Requests,
    first_label: str | None = None,
) -> None:
    ours: list[str] = list(getattr(exc, _NOTES_ATTR, []))
    notes = [n for n in getattr(exc, "__notes__", []) if n not in ours]
    if notes or ours:
        exc.__notes__ = notes
    added: list[str] = []
    if first_label is not None:
        added.append(f"submission failed: {first_label}")
    for sub, error in others:
        added.append(f"also failed: {sub.label}: {type(error).__name__}: {error}")
    failed_submissions = len(others) + (first_label is not None)
    jobs = len(batch._pending) + len(batch._succeeded) + len(batch._failed) - failed_submissions
    if others or jobs:
        added.append(
            f"outcome of the batch: {failed_submissions} submission(s) failed; jobs "
            f"{len(batch._succeeded)} succeeded, "
            f"{len(batch._failed) - failed_submissions} failed, {len(batch._pending)} pending"
        )
    for note in added:
        exc.add_note(note)
    setattr(exc, _NOTES_ATTR, added)


# 2.51 kept a separate class for v2-experimental queue entries ({operationId, uri});
# Request handles both shapes, and the old name stays importable.
Requestv2Experimental = Request
