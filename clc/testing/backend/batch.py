"""Operations on lists of servers (power, maintenance, archive, snapshot, packages).

Each server is accepted or refused on its own; all accepted servers share one
job, as they did in the real API. An outcome names the server and either the
job or the reason it was not queued.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .part import Part, Rec

DESIRED = "The server already in desired state."
NOT_VALID = (
    "The operation cannot be queued because the server cannot be found "
    "or it is not in a valid state."
)

# operation -> (power states it may start from, the change it makes)
POWER: dict[str, tuple[tuple[str, ...], Rec]] = {
    "powerOn": (("stopped", "paused"), {"powerState": "started"}),
    "powerOff": (("started", "paused"), {"powerState": "stopped"}),
    "shutDown": (("started",), {"powerState": "stopped"}),
    "pause": (("started",), {"powerState": "paused"}),
    "reboot": (("started",), {"powerState": "started"}),
    "reset": (("started",), {"powerState": "started"}),
}

# A plan returns the job effects for one server, or the reason it cannot run.
Plan = Callable[[Rec], "list[list[Any]] | str"]


@dataclass(frozen=True)
class Outcome:
    server: str
    job: str | None = None
    error: str | None = None


class Batch(Part):
    def _run(self, ids: list[str], plan: Plan) -> list[Outcome]:
        state = self.state
        effects: list[list[Any]] = []
        planned: list[tuple[str, str | None]] = []
        dc = None
        for sid in ids:
            rec = state.find_server(sid)
            outcome = plan(rec) if rec is not None else NOT_VALID
            if isinstance(outcome, str):
                planned.append((sid.lower(), outcome))
                continue
            assert rec is not None
            effects.extend(outcome)
            dc = dc or rec["locationId"]
            planned.append((rec["id"], None))
        jid = self.submit(dc, effects) if dc is not None else None
        return [
            Outcome(sid, error=error) if error else Outcome(sid, job=jid) for sid, error in planned
        ]

    def power(self, op: str, ids: list[str]) -> list[Outcome]:
        allowed, change = POWER[op]

        def plan(rec: Rec) -> list[list[Any]] | str:
            if rec["status"] != "active":
                return NOT_VALID
            if rec["powerState"] not in allowed:
                return DESIRED if rec["powerState"] == change["powerState"] else NOT_VALID
            return [["server.set", rec["id"], change]]

        return self._run(ids, plan)

    def maintenance(self, wanted: dict[str, bool]) -> list[Outcome]:
        """Turn maintenance mode on or off, per server id."""

        def plan(rec: Rec) -> list[list[Any]] | str:
            flag = wanted[rec["id"]]
            if rec["status"] != "active":
                return NOT_VALID
            if rec["inMaintenanceMode"] == flag:
                return DESIRED
            return [["server.set", rec["id"], {"inMaintenanceMode": flag}]]

        return self._run(list(wanted), plan)

    def archive(self, ids: list[str]) -> list[Outcome]:
        def plan(rec: Rec) -> list[list[Any]] | str:
            return NOT_VALID if rec["status"] != "active" else [["server.archive", rec["id"]]]

        return self._run(ids, plan)

    def snapshot(self, ids: list[str], days: int) -> list[Outcome]:
        def plan(rec: Rec) -> list[list[Any]] | str:
            if rec["status"] != "active":
                return NOT_VALID
            return [["server.snapshot", rec["id"], days]]

        return self._run(ids, plan)

    def execute_package(self, ids: list[str]) -> list[Outcome]:
        def plan(rec: Rec) -> list[list[Any]] | str:
            return NOT_VALID if rec["status"] != "active" else []

        return self._run(ids, plan)
