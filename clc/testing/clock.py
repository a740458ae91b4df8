"""The emulator's clock: real time plus an offset, optionally frozen.

Every time-dependent behaviour (job progress, token expiry, change dates) reads
this clock, so tests move time forward with ``advance()`` instead of sleeping.
"""

from __future__ import annotations

import datetime as _dt
import math
import threading
import time


class Clock:
    """Wall-clock seconds that tests can freeze and step."""

    def __init__(self, start: float | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        self._offset = 0.0 if start is None else start - time.time()
        self._frozen_at: float | None = None
        if frozen:
            self._frozen_at = time.time() if start is None else start

    def now(self) -> float:
        """Current emulated time in POSIX seconds."""
        frozen = self._frozen_at
        if frozen is not None:
            return frozen
        return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        """Move time forward (works frozen or running) and return the new time."""
        if not 0 <= seconds < math.inf:  # also refuses NaN, which would stop time for good
            raise ValueError("the clock only moves forward, by a finite number of seconds")
        with self._lock:
            if self._frozen_at is not None:
                self._frozen_at += seconds
            else:
                self._offset += seconds
            return self.now()

    def freeze(self) -> None:
        """Stop time where it is; only ``advance()`` moves it afterwards."""
        with self._lock:
            if self._frozen_at is None:
                self._frozen_at = time.time() + self._offset

    def resume(self) -> None:
        """Let time run again from the frozen instant."""
        with self._lock:
            if self._frozen_at is not None:
                self._offset = self._frozen_at - time.time()
                self._frozen_at = None

    @property
    def frozen(self) -> bool:
        """Whether time stands still (only ``advance()`` moves it)."""
        return self._frozen_at is not None


def zulu(ts: float) -> str:
    """Format POSIX seconds the way the API writes dates (``2015-09-22T14:38:27Z``)."""
    return _dt.datetime.fromtimestamp(ts, _dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
