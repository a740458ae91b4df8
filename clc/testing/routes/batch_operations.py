"""Operations on lists of servers: power, maintenance mode, archive, snapshot, packages."""

from __future__ import annotations

from typing import Any

from ..backend.batch import POWER, Outcome
from ..fields import Fields
from ..routing import Ctx, Handler, Reply, bind, route
from ..views import jobs as views
from ._common import invalid_body


def _ids(body: Any, key: str = "serverIds") -> list[str]:
    """Server ids from a JSON list, ``{"serverIds": [...]}`` or a form value."""
    if isinstance(body, dict):
        body = Fields(body).array(key, required=True)
    if isinstance(body, str):
        body = [body]
    if not isinstance(body, list) or not body or not all(isinstance(x, str) for x in body):
        raise invalid_body("body", "Expected a list of server ids.")
    return body


def _reply(ctx: Ctx, outcomes: list[Outcome]) -> Reply:
    return Reply(200, views.outcomes(ctx.backend.state, outcomes))


def _power(op: str) -> Handler:
    def handler(ctx: Ctx) -> Reply:
        return _reply(ctx, ctx.backend.batch.power(op, _ids(ctx.body)))

    return handler


for _op, _operation_id in (
    ("powerOn", "power_on_servers"),
    ("powerOff", "power_off_servers"),
    ("shutDown", "shut_down_servers"),
    ("pause", "pause_servers"),
    ("reboot", "reboot_servers"),
    ("reset", "reset_servers"),
):
    assert _op in POWER
    bind(_operation_id, _power(_op))


def _maintenance(flag: bool) -> Handler:
    def handler(ctx: Ctx) -> Reply:
        wanted = {sid.lower(): flag for sid in _ids(ctx.body)}
        return _reply(ctx, ctx.backend.batch.maintenance(wanted))

    return handler


bind("start_maintenance_mode", _maintenance(True))
bind("stop_maintenance_mode", _maintenance(False))


@route
def set_maintenance_mode(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    entries = f.array("servers", required=True)
    f.check()
    wanted: dict[str, bool] = {}
    for i, e in enumerate(entries):
        sub = Fields(e if isinstance(e, dict) else {})
        sid = sub.text("id", required=True)
        flag = sub.flag("inMaintenanceMode")
        if sub.errors or sid is None:
            raise invalid_body(f"body.servers[{i}]", "Expected id.")
        wanted[sid.lower()] = flag
    return _reply(ctx, ctx.backend.batch.maintenance(wanted))


@route
def archive_servers(ctx: Ctx) -> Reply:
    return _reply(ctx, ctx.backend.batch.archive(_ids(ctx.body)))


@route
def create_snapshot(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    ids = _ids(f.array("serverIds", required=True) or None)
    days = f.integer(
        "snapshotExpirationDays", required=True, within=ctx.backend.limits.snapshot_expiration_days
    )
    f.check()
    assert days is not None
    return _reply(ctx, ctx.backend.batch.snapshot(ids, days))


@route
def execute_package(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    ids = _ids(f.array("servers", required=True) or None)
    package = f.obj("package")
    if package is None:
        f.error("package", "The package field is required.")
    elif not isinstance(package.get("packageId"), str):
        f.error("package.packageId", "The packageId field is required.")
    f.check()
    return _reply(ctx, ctx.backend.batch.execute_package(ids))
