"""Zulu timestamp helpers (the names and behaviour of clc-sdk 2.51's ``time_utils``)."""

from __future__ import annotations

import calendar
import time

from clc.core import arguments as checks
from clc.errors import InvalidArgumentException

_ZULU = "%Y-%m-%dT%H:%M:%SZ"
# Seconds up to the year 9999, the last a Zulu timestamp can show.
_SECONDS_MAX = 253402300799.0


def ZuluTSToSeconds(ts: str) -> int:
    """Convert ``"2015-06-01T12:00:00Z"`` (fractions of a second allowed) to POSIX seconds.

    Anything else raises ``InvalidArgumentException`` (a ``ValueError``, as 2.51 raised)."""
    allowed = "a Zulu timestamp such as '2015-06-01T12:00:00Z'"
    if not isinstance(ts, str):
        raise InvalidArgumentException.refused("ts", checks.not_a("a string", ts), allowed)
    text = ts.strip()
    if "." in text:
        # The API sometimes returns fractional seconds: drop them before parsing.
        text = text.split(".", 1)[0] + "Z"
    try:
        return int(calendar.timegm(time.strptime(text, _ZULU)))
    except ValueError:
        raise InvalidArgumentException.refused(
            "ts", f"{ts[:40]!r} is not a Zulu timestamp", allowed
        ) from None


def SecondsToZuluTS(secs: float | None = None) -> str:
    """Convert POSIX seconds to a Zulu timestamp; ``None`` or ``0`` mean now."""
    if secs is not None:
        checks.check_seconds(secs, argument="secs", low=0, high=_SECONDS_MAX)
    if not secs:
        secs = time.time()
    return time.strftime(_ZULU, time.gmtime(secs))


def TimeoutExpired(start_time: float, timeout: float | None) -> bool:
    """True when ``timeout`` seconds have passed since ``start_time`` (a falsy one never does)."""
    checks.check_seconds(start_time, argument="start_time", low=0, high=_SECONDS_MAX)
    if timeout is not None:
        checks.check_seconds(timeout, argument="timeout", low=0, high=_SECONDS_MAX)
    return bool(timeout) and (time.time() - start_time) > (timeout or 0)
