"""Answers about queued work: status links, operation references, batch outcomes, job status."""

from __future__ import annotations

from collections.abc import Sequence

from .. import jobs
from ..backend.batch import Outcome
from ..clock import zulu
from ..state import State
from .common import Rec, status_link


def operation_reference(state: State, jid: str) -> Rec:
    """How v2-experimental operations answer: the operation id and where to poll it."""
    return {
        "operationId": jid,
        "uri": f"/v2-experimental/operations/{state.alias}/status/{jid}",
    }


def outcomes(state: State, items: Sequence[Outcome]) -> list[Rec]:
    """One entry per server of a batch operation."""
    out: list[Rec] = []
    for item in items:
        if item.job is None:
            out.append({"server": item.server, "isQueued": False, "errorMessage": item.error})
        else:
            out.append(
                {"server": item.server, "isQueued": True, "links": [status_link(state, item.job)]}
            )
    return out


def status(state: State, job: Rec) -> Rec:
    return {"status": jobs.status_of(job, state.clock.now())}


def experimental_status(state: State, job: Rec) -> Rec:
    current = jobs.status_of(job, state.clock.now())
    summary: Rec = {"blueprintId": job["seq"], "locationId": job["dc"]}
    if current == "succeeded" and job["summary"].get("links"):
        summary["links"] = job["summary"]["links"]
    return {
        "requestType": "blueprintOperation",
        "status": current,
        "summary": summary,
        "source": {"userName": state.username, "requestedAt": zulu(job["start"])},
    }
