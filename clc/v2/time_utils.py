"""Zulu timestamp helpers (the names and behaviour of clc-sdk 2.51's ``time_utils``)."""

from __future__ import annotations

import calendar
import time

_ZULU = "%Y-%m-%dT%H:%M:%SZ"


def ZuluTSToSeconds(ts: str) -> int:
    """Convert ``"2015-06-01T12:00:00Z"`` (fractions of a second allowed) to POSIX seconds."""
    text = ts.strip()
    if "." in text:
        # The API sometimes returns fractional seconds: drop them before parsing.
        text = text.split(".", 1)[0] + "Z"
    return int(calendar.timegm(time.strptime(text, _ZULU)))


def SecondsToZuluTS(secs: float | None = None) -> str:
    """Convert POSIX seconds to a Zulu timestamp; ``None`` or ``0`` mean now."""
    if not secs:
        secs = time.time()
    return time.strftime(_ZULU, time.gmtime(secs))


def TimeoutExpired(start_time: float, timeout: float | None) -> bool:
    """True when ``timeout`` seconds have passed since ``start_time`` (a falsy one never does)."""
    return bool(timeout) and (time.time() - start_time) > (timeout or 0)
