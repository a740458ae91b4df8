"""Login: a bearer token for the configured user."""

from __future__ import annotations

from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import accounts as views


@route
def login(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    username = f.text("username", required=True)
    password = f.text("password", required=True)
    f.check()
    assert username is not None and password is not None
    b = ctx.backend
    token = b.accounts.login(username, password)
    return Reply(200, views.login(b.state, token, b.accounts.primary_datacenter()))
