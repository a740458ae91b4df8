"""Account details and custom field definitions."""

from __future__ import annotations

from ..routing import Ctx, Reply, route
from ..views import accounts as views


@route(own_account=False)  # a parent account is readable too; the backend decides
def get_account(ctx: Ctx) -> Reply:
    return Reply(200, views.account(ctx.backend.accounts.get(ctx.params["accountAlias"])))


@route
def get_custom_fields(ctx: Ctx) -> Reply:
    return Reply(200, views.custom_fields(ctx.backend.accounts.custom_fields()))
