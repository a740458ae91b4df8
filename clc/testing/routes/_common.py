"""Small helpers shared by the route modules."""

from __future__ import annotations

from typing import Any

from .. import queue, render
from ..errors import ApiError
from ..routing import Ctx, Reply

Rec = dict[str, Any]


def truthy(value: str | None) -> bool:
    return (value or "").lower() == "true"


def status_reply(ctx: Ctx, jid: str, status: int = 202) -> Reply:
    """The bare status link some operations answer with."""
    return Reply(status, render.status_link(ctx.state, jid))


def experimental_reply(ctx: Ctx, jid: str) -> Reply:
    return Reply(
        202,
        {
            "operationId": jid,
            "uri": f"/v2-experimental/operations/{ctx.state.alias}/status/{jid}",
        },
    )


def submit(ctx: Ctx, dc: str, effects: list[list[Any]], **kw: Any) -> str:
    return queue.submit(ctx.state, dc, effects, fail=ctx.fail_jobs, **kw)


def patch_ops(body: Any) -> list[tuple[str, Any]]:
    """``[{"op": "set", "member": m, "value": v}, ...]`` -> ``[(m, v), ...]``."""
    if isinstance(body, dict):
        body = [body]
    if not isinstance(body, list) or not body:
        raise ApiError(400, "The request is invalid.", {"body": ["Expected a list of operations."]})
    out = []
    for i, item in enumerate(body):
        if not isinstance(item, dict) or "member" not in item:
            raise ApiError(
                400, "The request is invalid.", {f"body[{i}]": ["Expected op, member and value."]}
            )
        op = str(item.get("op", "set")).lower()
        if op != "set":
            raise ApiError(
                400, "The request is invalid.", {f"body[{i}].op": ["Only 'set' is supported."]}
            )
        out.append((str(item["member"]), item.get("value")))
    return out


def custom_field_values(ctx: Ctx, values: Any, field: str = "customFields") -> list[Rec]:
    """Check ``[{"id", "value"}]`` against the account's field definitions."""
    defs = {f["id"]: f for f in ctx.state.data["customFields"]}
    if values is None:
        values = []
    if not isinstance(values, list):
        raise ApiError(400, "The request is invalid.", {f"body.{field}": ["Expected a list."]})
    out: list[Rec] = []
    for v in values:
        if not isinstance(v, dict) or str(v.get("id", "")).lower() not in defs:
            raise ApiError(
                400, "The request is invalid.", {f"body.{field}": [f"Unknown custom field {v!r}."]}
            )
        out.append({"id": str(v["id"]).lower(), "value": str(v.get("value", ""))})
    return out
