"""Account details and custom field definitions."""

from __future__ import annotations

import copy

from ..routing import Ctx, Reply, route


@route("GET", "/v2/accounts/{accountAlias}")
def get_account(ctx: Ctx) -> Reply:
    # The parent account is readable too, so "ParentAccount()" style calls work.
    rec = ctx.state.account(ctx.params["accountAlias"])
    a = rec["accountAlias"].lower()
    rec["links"] = [{"rel": "self", "href": f"/v2/accounts/{a}", "verbs": ["GET"]}]
    return Reply(200, rec)


@route("GET", "/v2/accounts/{accountAlias}/customFields")
def get_custom_fields(ctx: Ctx) -> Reply:
    ctx.state.check_alias(ctx.params["accountAlias"])
    return Reply(200, copy.deepcopy(ctx.state.data["customFields"]))
