"""Webhooks: per-event delivery configuration (target URIs, recursion into sub-accounts).

The event list is fixed, as the documentation lists it; an event without a
configuration is listed with its configuration link only.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .. import render
from ..errors import ApiError, invalid, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State

Rec = dict[str, Any]

EVENTS = (
    "Account.Created", "Account.Deleted", "Account.Updated", "Alert.Notification",
    "Server.Created", "Server.Deleted", "Server.Updated",
    "User.Created", "User.Deleted", "User.Updated",
)  # fmt: skip


def _all(state: State) -> dict[str, Rec]:
    return state.data.setdefault("webhooks", {})  # type: ignore[no-any-return]


def _event(ctx: Ctx) -> tuple[State, str]:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    name = ctx.params["event"].lower()
    event = next((e for e in EVENTS if e.lower() == name), None)
    if event is None:
        raise not_found(f"Webhook event {ctx.params['event']}")
    return state, event


def _uri(f: Fields, field: str, value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        f.error(field, "Expected an absolute http or https URI.")
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        f.error(field, f"{value!r} is not an absolute http or https URI.")
        return None
    return value.strip()


@route("GET", "/v2/webhooks/{accountAlias}")
def list_webhooks(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    items = []
    for event in EVENTS:
        item: Rec = {"name": event}
        config = _all(state).get(event)
        if config is not None:
            item["configuration"] = {
                "recursive": config["recursive"],
                "targetUris": [{"targetUri": u} for u in config["targetUris"]],
            }
        item["links"] = [
            render.link(
                "configuration",
                f"/v2/webhooks/{state.alias}/{event}/configuration",
                verbs=["DELETE", "PUT"],
            )
        ]
        items.append(item)
    return Reply(
        200, {"items": items, "links": [render.link("self", f"/v2/webhooks/{state.alias}")]}
    )


@route("PUT", "/v2/webhooks/{accountAlias}/{event}/configuration")
def set_webhook(ctx: Ctx) -> Reply:
    state, event = _event(ctx)
    f = Fields(ctx.body)
    if not f.has("recursive"):
        f.error("recursive", "The recursive field is required.")
    recursive = f.flag("recursive")
    uris: list[str] = []
    for i, item in enumerate(f.array("targetUris")):
        value = item.get("targetUri") if isinstance(item, dict) else item
        uri = _uri(f, f"targetUris[{i}].targetUri", value)
        if uri is not None and uri not in uris:
            uris.append(uri)
    f.check()
    _all(state)[event] = {"recursive": recursive, "targetUris": uris}
    state.dirty = True
    return Reply(204)


@route("DELETE", "/v2/webhooks/{accountAlias}/{event}/configuration")
def delete_webhook(ctx: Ctx) -> Reply:
    state, event = _event(ctx)
    _all(state).pop(event, None)
    state.dirty = True
    return Reply(204)


@route("POST", "/v2/webhooks/{accountAlias}/{event}/configuration/targetUris")
def add_webhook_target_uri(ctx: Ctx) -> Reply:
    state, event = _event(ctx)
    f = Fields(ctx.body)
    uri = _uri(f, "targetUri", f.get("targetUri"))
    f.check()
    assert uri is not None
    config = _all(state).setdefault(event, {"recursive": False, "targetUris": []})
    if uri in config["targetUris"]:
        raise invalid("targetUri", f"{uri} is already a target of {event}.")
    config["targetUris"].append(uri)
    state.dirty = True
    return Reply(204)


@route("DELETE", "/v2/webhooks/{accountAlias}/{event}/configuration/targetUris")
def delete_webhook_target_uri(ctx: Ctx) -> Reply:
    state, event = _event(ctx)
    uri = ctx.query.get("targeturi")
    if not uri:
        raise ApiError(400, "The targetUri query parameter is required.")
    config = _all(state).get(event)
    if config is None or uri not in config["targetUris"]:
        raise not_found(f"Target URI {uri} of {event}")
    config["targetUris"].remove(uri)
    state.dirty = True
    return Reply(204)
