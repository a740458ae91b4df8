"""Account details and custom field definitions."""

from __future__ import annotations

import copy

from ..routing import Ctx, Reply, route
from ..state import State


def _visible(state: State, alias: str) -> bool:
    """Own account, its sub-accounts, and its parent chain.

    The real API answered 403 for an alias the caller may not see, as every other
    route does here (``State.check_alias``). The parent chain stays readable so
    2.51's ``Account.ParentAccount()`` works against the emulator.
    """
    accounts = {k.lower(): v for k, v in state.data["accounts"].items()}
    wanted = alias.lower()
    if wanted not in accounts:
        return False
    if (accounts[wanted].get("parentAlias") or "").lower() == state.alias_lower:
        return True  # a sub-account
    seen: set[str] = set()
    current: str | None = state.alias_lower
    while current and current not in seen:
        if current == wanted:
            return True
        seen.add(current)
        current = (accounts.get(current, {}).get("parentAlias") or "").lower() or None
    return False


@route("GET", "/v2/accounts/{accountAlias}")
def get_account(ctx: Ctx) -> Reply:
    if not _visible(ctx.state, ctx.params["accountAlias"]):
        ctx.state.check_alias(ctx.params["accountAlias"])  # raises the usual 403
    rec = ctx.state.account(ctx.params["accountAlias"])
    a = rec["accountAlias"].lower()
    rec["links"] = [{"rel": "self", "href": f"/v2/accounts/{a}", "verbs": ["GET"]}]
    return Reply(200, rec)


@route("GET", "/v2/accounts/{accountAlias}/customFields")
def get_custom_fields(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])
    return Reply(200, copy.deepcopy(ctx.state.data["customFields"]))
