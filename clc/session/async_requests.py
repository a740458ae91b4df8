"""Queued work awaited on the event loop: ``AsyncRequest`` and ``AsyncRequests``.

The async twin of ``clc.v2.Request``/``Requests`` for :class:`~clc.AsyncSession`: the
same items (read by :mod:`clc.core.queue_items`), the same waiting rules
(:class:`clc.core.waiting.Wait`: one poll per job, only the newest job while it runs, a
deadline, progress, ``failed`` counting only the API's failures, the ids named on a
timeout or an unknown outcome), driven by asyncio tasks instead of threads::

    result = await session.call(power_off_servers.asyncio, alias, body=[server_id])
    failed = await session.requests(result)                     # WaitUntilComplete()
    failed = await sum(batches).wait(poll_freq=1, timeout=600)  # many at once, one await

Cancelling the await (``asyncio.wait_for``, ``task.cancel()``) cancels the polls in
flight and leaves no task behind.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

from clc.core.queue_items import item_from_model, not_queued, status_read
from clc.core.waiting import ProgressCallback, Wait, wait_for_async
from clc.errors import RequestFailedException

if TYPE_CHECKING:
    from clc.session.async_session import AsyncSession


class AsyncRequest:
    """One queued job: ``id``, ``alias``, ``status`` (last read), ``reason`` (why it failed),
    ``server`` (the server it acts on, when the API said)."""

    def __init__(
        self,
        id: str,
        alias: str,
        session: AsyncSession,
        *,
        uri: str | None = None,
        server: str | None = None,
        status: str | None = None,
        reason: str | None = None,
    ) -> None:
        self.id: str = id
        self.alias: str = alias
        self.session: AsyncSession = session
        self.uri: str | None = uri
        self.server: str | None = server
        self.status: str | None = status
        self.reason: str | None = reason

    def __repr__(self) -> str:
        return f"<clc.AsyncRequest {self.id} status={self.status!r}>"

    async def poll_status(self) -> str:
        """One status read (raises a ``CLCException`` when it cannot be read)."""
        op, arguments = status_read(self.alias, self.id, self.uri)
        result: Any = await self.session.call(op.asyncio, **arguments)
        self.status = str(result.status)
        return self.status

    async def wait(self, poll_freq: float = 2, timeout: float | None = None) -> None:
        """Wait until the job succeeds; raise ``RequestFailedException`` if the API says it
        failed (and as ``AsyncRequests.wait`` does on a deadline or an unknown outcome)."""
        batch = AsyncRequests([self], session=self.session)
        await batch.wait(poll_freq, timeout)
        if self.reason is not None:
            raise RequestFailedException(
                f"Request {self.id} {self.status}: {self.reason}",
                [(self.id, self.status or "", self.reason)],
            )


class AsyncRequests:
    """A batch of queued jobs: ``requests`` (pending), ``success_requests``,
    ``error_requests``. ``+`` and ``sum()`` combine batches; ``await batch`` is
    ``await batch.wait()``."""

    def __init__(self, items: list[AsyncRequest] | None = None, *, session: AsyncSession) -> None:
        self.session: AsyncSession = session
        self.requests: list[AsyncRequest] = []
        self.success_requests: list[AsyncRequest] = []
        self.error_requests: list[AsyncRequest] = []
        for item in items or []:
            self._lists(item).append(item)

    def _lists(self, item: AsyncRequest) -> list[AsyncRequest]:
        if item.reason:
            return self.error_requests
        return self.success_requests if item.status == "succeeded" else self.requests

    @classmethod
    def from_result(cls, result: Any, *, session: AsyncSession, alias: str | None) -> AsyncRequests:
        """The jobs in an operation's answer (a generated model or a list of them)."""
        if alias is None:
            raise ValueError("alias: the account alias of the operation is needed")
        items: list[AsyncRequest] = []
        for model in result if isinstance(result, list) else [result]:
            item = item_from_model(model)
            rid, server = item["request_id"], item["server"]
            if item["queued"] and rid:
                items.append(AsyncRequest(rid, alias, session, uri=item["uri"], server=server))
                continue
            status, reason = not_queued(item["error"])
            label = f"not-queued:{server or rid or '?'}"
            items.append(
                AsyncRequest(label, alias, session, server=server, status=status, reason=reason)
            )
        return cls(items, session=session)

    def __iter__(self) -> Iterator[AsyncRequest]:
        return iter([*self.requests, *self.success_requests, *self.error_requests])

    def __len__(self) -> int:
        return len(self.requests) + len(self.success_requests) + len(self.error_requests)

    def __repr__(self) -> str:
        return (
            f"<clc.AsyncRequests pending={len(self.requests)} "
            f"succeeded={len(self.success_requests)} failed={len(self.error_requests)}>"
        )

    def __add__(self, other: AsyncRequests | int) -> AsyncRequests:
        # int support makes sum() work with its start value 0.
        if isinstance(other, int):
            return self
        if not isinstance(other, AsyncRequests):
            return NotImplemented
        combined = AsyncRequests(session=self.session)
        combined.requests = self.requests + other.requests
        combined.success_requests = self.success_requests + other.success_requests
        combined.error_requests = self.error_requests + other.error_requests
        return combined

    __radd__ = __add__

    def __await__(self) -> Generator[Any, None, int]:
        return self.wait().__await__()

    async def wait(
        self,
        poll_freq: float = 2,
        timeout: float | None = None,
        *,
        progress: ProgressCallback | None = None,
        max_workers: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> int:
        """Wait for every pending job; return the number the API reported failed.

        ``WaitUntilComplete``'s semantics (see :mod:`clc.core.waiting`): one poll per job
        per round, only the newest job while it runs, at most ``max_workers`` polls at once
        (default the session's ``max_concurrency``), ``progress(done, total)`` after each
        round; ``RequestTimeoutException`` or ``RequestStatusUnknownException`` name the
        ids not settled.
        """

        def settle(item: AsyncRequest, status: str, reason: str | None) -> None:
            item.status, item.reason = status, reason
            self.requests.remove(item)
            (self.error_requests if reason else self.success_requests).append(item)

        wait = Wait(
            list(self.requests),
            settle,
            poll_freq=poll_freq,
            timeout=timeout,
            progress=progress,
            done_before=len(self.success_requests) + len(self.error_requests),
            clock=clock,
        )
        await wait_for_async(
            wait,
            max_workers=max_workers or self.session.max_concurrency,
            sleep=sleep or asyncio.sleep,
        )
        return len(self.error_requests)

    def failures(self) -> list[tuple[str, str, str]]:
        """``(id, status, reason)`` of every failed job."""
        return [(r.id, r.status or "", r.reason or "") for r in self.error_requests]
