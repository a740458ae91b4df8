"""Deadlines: the point in time by which a call, or a wait, must be over.

A deadline lives in a context variable, so everything done on behalf of one call sees
the same one without passing it around: the login the call triggers, each retry, each
backoff, each socket connect, read and write (:mod:`clc.core.bounded_io`). Scopes nest
and only ever tighten: a status poll inside a wait gets the earlier of the wait's
deadline and its own call's.

Context variables follow threads and asyncio tasks: a scope opened in a task or a
thread covers what that task or thread does, which is what a call needs.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_deadline: ContextVar[float | None] = ContextVar("clc_deadline", default=None)


def current() -> float | None:
    """The deadline in force (a ``time.monotonic()`` value), or ``None``."""
    return _deadline.get()


def remaining() -> float | None:
    """Seconds left before the deadline in force (never negative), or ``None``."""
    deadline = _deadline.get()
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def cap(seconds: float | None) -> float | None:
    """``seconds`` shortened to the time left (``None`` means no limit on either side)."""
    left = remaining()
    if left is None:
        return seconds
    return left if seconds is None else min(seconds, left)


@contextmanager
def within(seconds: float | None) -> Iterator[float | None]:
    """Run the block with a deadline ``seconds`` from now, or the one in force if earlier.

    ``None`` keeps the deadline in force (if any). Yields the deadline of the block.
    """
    deadline = _deadline.get()
    if seconds is not None:
        mine = time.monotonic() + seconds
        deadline = mine if deadline is None else min(deadline, mine)
    token = _deadline.set(deadline)
    try:
        yield deadline
    finally:
        _deadline.reset(token)
