"""Pieces every view shares: links, status links, change info, custom field values.

The real API wrote the account alias in lower case inside most ``href`` values
and server ids in lower case with upper-case names; the views copy that.
"""

from __future__ import annotations

from typing import Any

from ..clock import zulu
from ..state import State

Rec = dict[str, Any]


def link(rel: str, href: str, *, id: str | None = None, verbs: list[str] | None = None) -> Rec:
    out: Rec = {"rel": rel, "href": href}
    if id is not None:
        out["id"] = id
    if verbs is not None:
        out["verbs"] = verbs
    return out


def status_link(state: State, jid: str) -> Rec:
    return link("status", f"/v2/operations/{state.alias_lower}/status/{jid}", id=jid)


def change_info(rec: Rec) -> Rec:
    return {
        "createdBy": rec["createdBy"],
        "createdDate": zulu(rec["createdDate"]),
        "modifiedBy": rec["modifiedBy"],
        "modifiedDate": zulu(rec["modifiedDate"]),
    }


def custom_fields(state: State, values: list[Rec]) -> list[Rec]:
    defs = {f["id"]: f for f in state.data["customFields"]}
    out = []
    for v in values:
        d = defs.get(v["id"])
        if d is None:
            continue
        shown = v["value"]
        if d["type"] == "option":
            shown = next((o["value"] for o in d["options"] if o["name"] == v["value"]), shown)
        out.append({"id": v["id"], "name": d["name"], "value": v["value"], "displayValue": shown})
    return out
