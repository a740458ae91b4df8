"""Webhooks: per-event delivery configuration."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..errors import ApiError
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import webhooks as views


def _uri(f: Fields, field: str, value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        f.error(field, "Expected an absolute http or https URI.")
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        f.error(field, f"{value[:80]!r} is not an absolute http or https URI.")
        return None
    return value.strip()


def _event(ctx: Ctx) -> str:
    return ctx.backend.webhooks.event(ctx.params["event"])


@route
def list_webhooks(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, views.webhooks(b.state, b.webhooks.configurations()))


@route
def set_webhook(ctx: Ctx) -> Reply:
    event = _event(ctx)
    f = Fields(ctx.body)
    if not f.has("recursive"):
        f.error("recursive", "The recursive field is required.")
    recursive = f.flag("recursive")
    uris: list[str] = []
    for i, item in enumerate(f.array("targetUris")):
        value = item.get("targetUri") if isinstance(item, dict) else item
        uri = _uri(f, f"targetUris[{i}].targetUri", value)
        if uri is not None:
            uris.append(uri)
    f.check()
    ctx.backend.webhooks.configure(event, recursive, uris)
    return Reply(204)


@route
def delete_webhook(ctx: Ctx) -> Reply:
    ctx.backend.webhooks.remove(_event(ctx))
    return Reply(204)


@route
def add_webhook_target_uri(ctx: Ctx) -> Reply:
    event = _event(ctx)
    f = Fields(ctx.body)
    uri = _uri(f, "targetUri", f.get("targetUri"))
    f.check()
    assert uri is not None
    ctx.backend.webhooks.add_target(event, uri)
    return Reply(204)


@route
def delete_webhook_target_uri(ctx: Ctx) -> Reply:
    event = _event(ctx)
    uri = ctx.query.get("targeturi")
    if not uri:
        raise ApiError(400, "The targetUri query parameter is required.")
    ctx.backend.webhooks.remove_target(event, uri)
    return Reply(204)
