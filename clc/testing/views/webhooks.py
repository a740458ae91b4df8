"""Webhook configurations: every event, with its configuration if it has one."""

from __future__ import annotations

from ..state import State
from .common import Rec, link


def webhooks(state: State, configurations: list[tuple[str, Rec | None]]) -> Rec:
    items = []
    for event, config in configurations:
        item: Rec = {"name": event}
        if config is not None:
            item["configuration"] = {
                "recursive": config["recursive"],
                "targetUris": [{"targetUri": u} for u in config["targetUris"]],
            }
        item["links"] = [
            link(
                "configuration",
                f"/v2/webhooks/{state.alias}/{event}/configuration",
                verbs=["DELETE", "PUT"],
            )
        ]
        items.append(item)
    return {"items": items, "links": [link("self", f"/v2/webhooks/{state.alias}")]}
