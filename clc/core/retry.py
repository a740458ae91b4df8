"""Retries, in one place: the rules, written once and driven by both transports.

:class:`RetryState` holds the decisions for one request, without I/O: before each attempt it caps
the attempt's timeouts to the call's deadline (:mod:`clc.core.deadline`); after it, it says whether
to hand the response back, wait and send again, or give up with which error.
:class:`clc.core.retrying.RetryingTransport` (sync) and ``AsyncRetryingTransport`` drive it, within
a :class:`RetryPolicy` and a per-session :class:`RetryBudget`.

What is retried (at most ``max_attempts`` attempts in all). Idempotent methods are GET, PUT,
DELETE, HEAD and OPTIONS; the others (POST, PATCH) are not:

===============================================  ==========  ===================
failure                                          idempotent  non-idempotent
===============================================  ==========  ===================
not sent: ConnectError, ConnectTimeout,          retried     retried
PoolTimeout
429 (with or without Retry-After),               retried     retried
503 with Retry-After
other 5xx (500 502 503 504)                      retried     OutcomeUnknownError
may have been sent: ReadError, ReadTimeout,      retried     OutcomeUnknownError
RemoteProtocolError, WriteError, WriteTimeout
===============================================  ==========  ===================

A 429, and a 503 that carries ``Retry-After``, mean that the server refused the request without
processing it, so re-sending is safe for every method. A request that may have reached the server
and whose outcome is unknown is never re-sent unless it is idempotent: re-sending a create, clone,
power operation or snapshot could do it twice. The caller gets :class:`OutcomeUnknownError`, whose
message says how to check what happened. POSTs that are safe to repeat (the login) can be listed in
``RetryPolicy.replay_safe_paths``.

Waiting: exponential backoff with full jitter, ``random() * min(cap, base * 2 ** (attempt - 1))``,
or the server's ``Retry-After`` when it sends one. A ``Retry-After`` longer than
``max_retry_after`` raises :class:`RateLimitedException` at once instead of sleeping.

Time: no retry starts when its wait would reach the call's deadline; every attempt's
connect, read, write and pool timeouts are cut to the time left.

When the retries are used up the last response is returned (so the caller maps the status to its
error) or a :class:`TransportException` naming the method, the URL, the attempts made and the time
spent is raised (the httpx error chained). When a retry is due but the :class:`RetryBudget` is
empty, :class:`RetryBudgetExhaustedError` is raised: a dead API costs one attempt per request, not
``max_attempts``. Each retry is logged at DEBUG on the ``clc.retry`` logger with the method, the URL
(secrets in the query masked), the attempt, the reason and the delay; never headers or bodies.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random as _random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

import httpx

from clc.core import deadline
from clc.core.redaction import safe_url
from clc.errors import (
    HTTPTimeoutException,
    OutcomeUnknownError,
    RateLimitedException,
    RetryBudgetExhaustedError,
    TransportException,
)

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "RetryBudget",
    "RetryPolicy",
    "RetryState",
]

logger: logging.Logger = logging.getLogger("clc.retry")

#: Failures that happen before any byte of the request reached the server.
NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

#: Failures after the request may have been (partly or wholly) received by the server.
MAYBE_SENT_ERRORS: Final = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.RemoteProtocolError,
    httpx.WriteError,
    httpx.WriteTimeout,
)


class RetryBudget:
    """A token bucket shared by all requests of one session, limiting retries to a fraction.

    Every request deposits ``ratio`` tokens (up to ``capacity``); every retry withdraws one. The
    bucket starts full, so a healthy session can absorb a burst of ``capacity`` retries; when the
    API is down, retries settle at ``ratio`` of the requests instead of ``max_attempts - 1`` times
    them. Thread-safe.
    """

    def __init__(self, ratio: float = 0.2, capacity: float = 10.0) -> None:
        if not (ratio >= 0 and math.isfinite(ratio)):
            raise ValueError(f"ratio must be a finite number >= 0, not {ratio!r}")
        if not (capacity >= 0 and math.isfinite(capacity)):
            raise ValueError(f"capacity must be a finite number >= 0, not {capacity!r}")
        self.ratio = ratio
        self.capacity = capacity
        self._tokens = capacity
        self._lock = threading.Lock()

    @property
    def available(self) -> float:
        """Tokens currently in the bucket (retries that may start now)."""
        with self._lock:
            return self._tokens

    def record_request(self) -> None:
        """Count one new (first-attempt) request."""
        with self._lock:
            self._tokens = min(self.capacity, self._tokens + self.ratio)

    def try_acquire(self) -> bool:
        """Take the token for one retry; ``False`` if the budget is spent."""
        with self._lock:
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return True
            return False

    def __repr__(self) -> str:
        return (
            f"RetryBudget(ratio={self.ratio}, capacity={self.capacity}, "
            f"available={self.available:.1f})"
        )


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported when first awaited: synchronous users never load asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How :class:`RetryingTransport` retries. Immutable: derive one with ``dataclasses.replace``.

    Attributes:
        max_attempts: attempts in all, the first included (1 turns retries off).
        backoff_base: seconds; the n-th retry waits up to ``backoff_base * 2 ** (n - 1)``.
        backoff_cap: seconds; no backoff wait is longer.
        max_retry_after: the longest ``Retry-After`` (seconds) honoured by sleeping; past it
            :class:`RateLimitedException` is raised.
        budget_ratio, budget_capacity: parameters of the session's :class:`RetryBudget`.
        idempotent_methods: methods re-sent after a failure that may have reached the server.
        replay_safe_paths: path endings of non-idempotent requests that are safe to re-send anyway.
        sleep, async_sleep, random: injectable for tests (``time.sleep``, ``asyncio.sleep`` and
            ``random.random`` by default).
    """

    max_attempts: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 20.0
    max_retry_after: float = 60.0
    budget_ratio: float = 0.2
    budget_capacity: float = 10.0
    idempotent_methods: frozenset[str] = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
    replay_safe_paths: tuple[str, ...] = ("/v2/authentication/login",)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=_asyncio_sleep, repr=False, compare=False
    )
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.max_attempts, int) or self.max_attempts < 1:
            raise ValueError(f"max_attempts must be an int >= 1, not {self.max_attempts!r}")
        for name in ("backoff_base", "backoff_cap", "max_retry_after"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and value >= 0 and math.isfinite(value)):
                raise ValueError(f"{name} must be a finite number of seconds >= 0, not {value!r}")

    def new_budget(self) -> RetryBudget:
        """A fresh :class:`RetryBudget` with this policy's parameters."""
        return RetryBudget(self.budget_ratio, self.budget_capacity)

    def backoff(self, retry_number: int) -> float:
        """Full-jitter delay before retry ``retry_number`` (1 for the first retry)."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** (retry_number - 1))
        return self.random() * ceiling

    def may_resend(self, request: httpx.Request) -> bool:
        """Whether ``request`` may be re-sent after it possibly reached the server."""
        if request.method.upper() in self.idempotent_methods:
            return True
        path = request.url.path.rstrip("/").lower()
        return any(path.endswith(p.rstrip("/").lower()) for p in self.replay_safe_paths)


DEFAULT_RETRY_POLICY: Final = RetryPolicy()


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta-seconds or HTTP date).

    Returns ``None`` when the header is absent or unreadable, and never a negative number.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        current = datetime.now(UTC).timestamp() if now is None else now
        seconds = when.timestamp() - current
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def how_to_check(request: httpx.Request) -> str:
    """A hint saying how to find out whether ``request`` took effect."""
    path = request.url.path.rstrip("/")
    parts = [p for p in path.split("/") if p]
    tail = parts[-1] if parts else ""
    if parts[:2] == ["v2", "servers"] and len(parts) == 3:
        return (
            "look for the new server in its group (Group.Servers(), or GET /v2/groups/{alias}/"
            "{groupId}) and for a recent queue request before creating it again"
        )
    if parts[:2] == ["v2", "operations"] and "servers" in parts:
        return (
            f"refresh the servers (Server.Refresh(): power state, maintenance mode, snapshots) "
            f"and look for a queued '{tail}' request before sending it again"
        )
    if tail == "publicIPAddresses":
        return "list the server's public IP addresses (Server.PublicIPs()) before adding one again"
    if parts[:2] == ["v2", "groups"]:
        return "look the group up by name (Group.Subgroups()) before creating it again"
    if "networks" in parts or "networks" in path.lower():
        return "list the data center's networks (Networks()) before sending it again"
    return "look the resource up, or check its queue request, before sending it again"


class RetryState:
    """The retry decisions for one request, without I/O; both transports drive it::

        state = RetryState(request, policy, budget)
        while True:
            state.begin()
            response, error = <send the request once>
            delay = state.after(response, error)  # raises when it is over with an error
            if delay is None:
                return response
            <sleep delay>

    The request body must already be read (every attempt sends the same bytes).
    """

    def __init__(self, request: httpx.Request, policy: RetryPolicy, budget: RetryBudget) -> None:
        self.request = request
        self.policy = policy
        self.budget = budget
        self.method: str = request.method.upper()
        self.resendable: bool = policy.may_resend(request)
        self.attempt: int = 0
        self.started: float = time.monotonic()
        self._timeouts: dict[str, float | None] = dict(request.extensions.get("timeout", {}))
        budget.record_request()

    def begin(self) -> None:
        """Start an attempt: its connect, read, write and pool timeouts end by the deadline."""
        self.attempt += 1
        if deadline.current() is not None:
            self.request.extensions["timeout"] = {
                phase: deadline.cap(value) for phase, value in self._timeouts.items()
            }

    def after(self, response: httpx.Response | None, error: Exception | None) -> float | None:
        """Judge the attempt that just ended: ``None`` to hand ``response`` to the caller, or
        the seconds to wait before sending again. Raises the caller's error when it is over."""
        policy = self.policy
        delay: float | None = None
        if response is None:
            assert error is not None
            if isinstance(error, NOT_SENT_ERRORS):
                reason = f"{type(error).__name__} (not sent)"
            elif isinstance(error, MAYBE_SENT_ERRORS):
                if not self.resendable:
                    raise self._unknown(type(error).__name__, None) from error
                reason = type(error).__name__
            else:
                raise self.failure(error) from error
        else:
            status = response.status_code
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if status == 429 or (status == 503 and retry_after is not None):
                if retry_after is not None and retry_after > policy.max_retry_after:
                    raise self._rate_limited(status, retry_after)
                delay = retry_after
            elif status in (500, 502, 503, 504):
                if not self.resendable:
                    raise self._unknown(f"HTTP {status}", status)
            else:
                return None
            reason = f"HTTP {status}" + (
                f" Retry-After {retry_after:g}s" if retry_after is not None else ""
            )

        if delay is None:
            delay = policy.backoff(self.attempt)
        left = deadline.remaining()
        if self.attempt >= policy.max_attempts or (left is not None and delay >= left):
            if response is not None:
                return None  # the caller maps the final status to its error
            assert error is not None
            raise self.failure(error) from error
        url = safe_url(self.request.url)
        if not self.budget.try_acquire():
            raise RetryBudgetExhaustedError(
                f"{self.method} {url}: not retried after {reason}: this session's retry budget is "
                f"spent (too many failures recently; the API may be down); {self._spent()}",
                method=self.method,
                url=url,
                status_code=response.status_code if response is not None else None,
            ) from error
        logger.debug(
            "retrying %s %s: attempt %d of %d failed (%s); next attempt in %.2fs",
            self.method,
            url,
            self.attempt,
            policy.max_attempts,
            reason,
            delay,
        )
        return delay

    def _spent(self) -> str:
        attempts = f"{self.attempt} attempt{'s' if self.attempt != 1 else ''}"
        return f"{attempts} in {time.monotonic() - self.started:.2f}s"

    def failure(self, error: Exception) -> TransportException:
        """The error for a request that did not complete: method, URL, attempts, time spent."""
        url = safe_url(self.request.url)
        host = self.request.url.host
        if deadline.remaining() == 0:
            what = "no complete answer before the call's deadline (the session's timeout)"
        elif isinstance(error, httpx.ConnectTimeout):
            what = f"could not connect to {host} in time"
        elif isinstance(error, httpx.ConnectError):
            what = f"could not connect to {host}"
        elif isinstance(error, httpx.TimeoutException):
            what = "timed out"
        elif isinstance(error, httpx.RemoteProtocolError):
            what = "the connection closed without a complete answer"
        else:
            what = "the request failed"
        cls = (
            HTTPTimeoutException
            if isinstance(error, httpx.TimeoutException)
            else TransportException
        )
        elapsed = time.monotonic() - self.started
        return cls(
            f"{self.method} {url}: {what} ({type(error).__name__}: {error}); {self._spent()}",
            method=self.method,
            url=url,
            attempts=self.attempt,
            elapsed=elapsed,
        )

    def _rate_limited(self, status: int, retry_after: float) -> RateLimitedException:
        url = safe_url(self.request.url)
        return RateLimitedException(
            f"{self.method} {url}: the API answered {status} and asked to retry after "
            f"{retry_after:g}s, longer than the {self.policy.max_retry_after:g}s this "
            "session waits (RetryPolicy.max_retry_after); try again later",
            method=self.method,
            url=url,
            status_code=status,
            retry_after=retry_after,
        )

    def _unknown(self, reason: str, status: int | None) -> OutcomeUnknownError:
        hint = how_to_check(self.request)
        url = safe_url(self.request.url)
        return OutcomeUnknownError(
            f"{self.method} {url}: the outcome is unknown ({reason} after the request may have "
            f"reached the server; {self._spent()}). It was not re-sent, so that it cannot take "
            f"effect twice; {hint}.",
            method=self.method,
            url=url,
            how_to_check=hint,
            status_code=status,
        )
