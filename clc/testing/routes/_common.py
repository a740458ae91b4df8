"""What the route modules share: reading common request shapes and common answers."""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..fields import Fields
from ..routing import Ctx, Reply
from ..views.common import status_link
from ..views.jobs import operation_reference

Rec = dict[str, Any]


def truthy(value: str | None) -> bool:
    return (value or "").lower() == "true"


def server(ctx: Ctx) -> Rec:
    """The server the path names (by uuid when ``uuid=true``)."""
    return ctx.backend.servers.get(ctx.params["serverId"], by_uuid=truthy(ctx.query.get("uuid")))


def status_reply(ctx: Ctx, jid: str, status: int = 202) -> Reply:
    """The bare status link most queued operations answer with."""
    return Reply(status, status_link(ctx.backend.state, jid))


def operation_reply(ctx: Ctx, jid: str) -> Reply:
    """How v2-experimental operations answer."""
    return Reply(202, operation_reference(ctx.backend.state, jid))


def invalid_body(field: str, reason: str) -> ApiError:
    return ApiError(400, "The request is invalid.", {field: [reason]})


def patch_ops(body: Any) -> list[tuple[str, Any]]:
    """``[{"op": "set", "member": m, "value": v}, ...]`` -> ``[(m, v), ...]``."""
    if isinstance(body, dict):
        body = [body]
    if not isinstance(body, list) or not body:
        raise invalid_body("body", "Expected a list of operations.")
    out = []
    for i, item in enumerate(body):
        if not isinstance(item, dict) or "member" not in item:
            raise invalid_body(f"body[{i}]", "Expected op, member and value.")
        op = str(item.get("op", "set")).lower()
        if op != "set":
            raise invalid_body(f"body[{i}].op", "Only 'set' is supported.")
        out.append((str(item["member"]), item.get("value")))
    return out


def custom_field_inputs(value: Any, field: str = "customFields") -> list[Rec]:
    """``[{"id": ..., "value": ...}]`` in form (the backend checks the ids exist)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(v, dict) and isinstance(v.get("id"), str) for v in value
    ):
        raise invalid_body(f"body.{field}", "Expected a list of {id, value} objects.")
    return [{"id": v["id"], "value": v.get("value")} for v in value]


def activity_fields(body: Any) -> Rec:
    """A scheduled activity as groups and servers take it."""
    f = Fields(body)
    out: Rec = {
        key: f.text(key, required=True, max_len=64)
        for key in ("status", "type", "beginDateUTC", "repeat", "expire", "timeZoneOffset")
    }
    out["expireDateUTC"] = f.text("expireDateUTC", max_len=64)
    out["customWeeklyDays"] = [str(d) for d in f.array("customWeeklyDays")]
    out["expireCount"] = f.integer("expireCount", lo=0, hi=100000)
    f.check()
    return out
