"""Scheduled activities, which groups and servers both keep."""

from __future__ import annotations

from datetime import UTC, datetime

from ..state import State
from .part import Rec


def new_activity(state: State, location: str, fields: Rec) -> Rec:
    """A new activity from checked request ``fields`` (status, type, beginDateUTC, ...)."""
    return {
        "id": state.new_id(),
        "locationId": location,
        "status": fields["status"],
        "type": fields["type"],
        "beginDateUTC": fields["beginDateUTC"],
        "repeat": fields["repeat"],
        "customWeeklyDays": list(fields.get("customWeeklyDays") or []),
        "expire": fields["expire"],
        "expireCount": fields.get("expireCount") or 0,
        "expireDateUTC": fields.get("expireDateUTC"),
        "timeZoneOffset": fields["timeZoneOffset"],
        "isExpired": False,
        "occurrenceCount": 0,
        "lastOccurrenceDateUTC": None,
        "nextOccurrenceDateUTC": fields["beginDateUTC"],
    }


def _when(text: str | None) -> float | None:
    try:
        moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def upcoming(state: State, activities: list[Rec]) -> list[Rec]:
    """Activities that are on and not yet due, soonest first (unreadable dates last)."""
    now = state.clock.now()
    due = [
        (_when(a.get("nextOccurrenceDateUTC")), a)
        for a in activities
        if str(a.get("status", "")).lower() == "on" and not a.get("isExpired")
    ]
    kept = [(t, a) for t, a in due if t is None or t >= now]
    return [a for _, a in sorted(kept, key=lambda ta: (ta[0] is None, ta[0] or 0.0))]
