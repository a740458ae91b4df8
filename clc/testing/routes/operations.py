"""Batch server operations (power, maintenance, archive, snapshot, packages) and the queue."""

from __future__ import annotations

from typing import Any

from .. import queue, render
from ..clock import zulu
from ..errors import ApiError, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ._common import submit

Rec = dict[str, Any]

DESIRED = "The server already in desired state."
NOT_VALID = (
    "The operation cannot be queued because the server cannot be found "
    "or it is not in a valid state."
)

# operation -> (power states it may start from, power state or maintenance after it)
_POWER: dict[str, tuple[tuple[str, ...], Rec]] = {
    "powerOn": (("stopped", "paused"), {"powerState": "started"}),
    "powerOff": (("started", "paused"), {"powerState": "stopped"}),
    "shutDown": (("started",), {"powerState": "stopped"}),
    "pause": (("started",), {"powerState": "paused"}),
    "reboot": (("started",), {"powerState": "started"}),
    "reset": (("started",), {"powerState": "started"}),
}


def _ids(body: Any, key: str = "serverIds") -> list[str]:
    """Server ids from a JSON list, ``{"serverIds": [...]}`` or a form value."""
    if isinstance(body, dict):
        body = Fields(body).array(key, required=True)
    if isinstance(body, str):
        body = [body]
    if not isinstance(body, list) or not body or not all(isinstance(x, str) for x in body):
        raise ApiError(400, "The request is invalid.", {"body": ["Expected a list of server ids."]})
    return body


def _batch(ctx: Ctx, ids: list[str], plan: Any) -> Reply:
    """Queue one job for every server ``plan`` accepts; report each server's outcome.

    ``plan(rec)`` returns the job effects for a server, or a reason it cannot run.
    All accepted servers share one job, as they did in the real API.
    """
    state = ctx.state
    items: list[Rec] = []
    effects: list[list[Any]] = []
    accepted: list[Rec] = []
    dc = None
    for sid in ids:
        rec = state.find_server(sid)
        outcome = plan(rec) if rec is not None else NOT_VALID
        if isinstance(outcome, str):
            items.append({"server": sid.lower(), "isQueued": False, "errorMessage": outcome})
            continue
        effects.extend(outcome)
        dc = dc or rec["locationId"]  # type: ignore[index]
        item = {"server": rec["id"], "isQueued": True}  # type: ignore[index]
        items.append(item)
        accepted.append(item)
    if accepted:
        assert dc is not None
        jid = submit(ctx, dc, effects)
        for item in accepted:
            item["links"] = [render.status_link(state, jid)]
    return Reply(200, items)


def _power(op: str) -> Any:
    allowed, change = _POWER[op]

    def handler(ctx: Ctx) -> Reply:
        ctx.state.check_alias(ctx.params["accountAlias"])

        def plan(rec: Rec) -> list[list[Any]] | str:
            if rec["status"] != "active":
                return NOT_VALID
            if rec["powerState"] not in allowed:
                return DESIRED if rec["powerState"] == change["powerState"] else NOT_VALID
            return [["server.set", rec["id"], change]]

        return _batch(ctx, _ids(ctx.body), plan)

    handler.__name__ = op
    return handler


for _op in _POWER:
    route("POST", f"/v2/operations/{{accountAlias}}/servers/{_op}")(_power(_op))


def _maintenance(flag: bool) -> Any:
    def handler(ctx: Ctx) -> Reply:
        ctx.state.check_alias(ctx.params["accountAlias"])

        def plan(rec: Rec) -> list[list[Any]] | str:
            if rec["status"] != "active":
                return NOT_VALID
            if rec["inMaintenanceMode"] == flag:
                return DESIRED
            return [["server.set", rec["id"], {"inMaintenanceMode": flag}]]

        return _batch(ctx, _ids(ctx.body), plan)

    return handler


route("POST", "/v2/operations/{accountAlias}/servers/startMaintenance")(_maintenance(True))
route("POST", "/v2/operations/{accountAlias}/servers/stopMaintenance")(_maintenance(False))


@route("POST", "/v2/operations/{accountAlias}/servers/setMaintenance")
def set_maintenance(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])
    f = Fields(ctx.body)
    entries = f.array("servers", required=True)
    f.check()
    wanted: dict[str, bool] = {}
    for i, e in enumerate(entries):
        sub = Fields(e if isinstance(e, dict) else {})
        sid = sub.text("id", required=True)
        flag = sub.flag("inMaintenanceMode")
        if sub.errors or sid is None:
            raise ApiError(400, "The request is invalid.", {f"body.servers[{i}]": ["Expected id."]})
        wanted[sid.lower()] = flag

    def plan(rec: Rec) -> list[list[Any]] | str:
        flag = wanted[rec["id"]]
        if rec["status"] != "active":
            return NOT_VALID
        if rec["inMaintenanceMode"] == flag:
            return DESIRED
        return [["server.set", rec["id"], {"inMaintenanceMode": flag}]]

    return _batch(ctx, list(wanted), plan)


@route("POST", "/v2/operations/{accountAlias}/servers/archive")
def archive_servers(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])

    def plan(rec: Rec) -> list[list[Any]] | str:
        if rec["status"] != "active":
            return NOT_VALID
        return [["server.archive", rec["id"]]]

    return _batch(ctx, _ids(ctx.body), plan)


@route("POST", "/v2/operations/{accountAlias}/servers/createSnapshot")
def create_snapshot(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])
    f = Fields(ctx.body)
    ids = _ids(f.array("serverIds", required=True) or None)
    days = f.integer("snapshotExpirationDays", required=True, lo=1, hi=10)
    f.check()

    def plan(rec: Rec) -> list[list[Any]] | str:
        if rec["status"] != "active":
            return NOT_VALID
        return [["server.snapshot", rec["id"], days]]

    return _batch(ctx, ids, plan)


@route("POST", "/v2/operations/{accountAlias}/servers/executePackage")
def execute_package(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])
    f = Fields(ctx.body)
    ids = _ids(f.array("servers", required=True) or None)
    package = f.obj("package")
    if package is None:
        f.error("package", "The package field is required.")
    elif not isinstance(package.get("packageId"), str):
        f.error("package.packageId", "The packageId field is required.")
    f.check()

    def plan(rec: Rec) -> list[list[Any]] | str:
        return NOT_VALID if rec["status"] != "active" else []

    return _batch(ctx, ids, plan)


@route("GET", "/v2/operations/{accountAlias}/status/{statusId}")
def get_status(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])
    job = queue.job(ctx.state, ctx.params["statusId"].lower())
    if job is None or job["experimental"]:
        raise not_found(f"Status {ctx.params['statusId']}")
    return Reply(200, {"status": queue.status_of(job, ctx.state.clock.now())})


@route("GET", "/v2-experimental/operations/{accountAlias}/status/{operationId}")
def get_experimental_status(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    job = queue.job(state, ctx.params["operationId"].lower())
    if job is None or not job["experimental"]:
        raise not_found(f"Operation {ctx.params['operationId']}")
    status = queue.status_of(job, state.clock.now())
    summary: Rec = {"blueprintId": job["seq"], "locationId": job["dc"]}
    if status == "succeeded" and job["summary"].get("links"):
        summary["links"] = job["summary"]["links"]
    return Reply(
        200,
        {
            "requestType": "blueprintOperation",
            "status": status,
            "summary": summary,
            "source": {"userName": state.username, "requestedAt": zulu(job["start"])},
        },
    )
