"""Login: a bearer token for the configured user."""

from __future__ import annotations

import hmac

from ..errors import ApiError
from ..fields import Fields
from ..routing import Ctx, Reply, route

BAD_LOGIN = "We didn't recognize the username or password you entered. Please try again."


def _b(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


@route("POST", "/v2/authentication/login", auth=False)
def login(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    username = f.text("username", required=True)
    password = f.text("password", required=True)
    f.check()
    state = ctx.state
    ok_user = hmac.compare_digest(_b((username or "").lower()), _b(state.username.lower()))
    ok_pass = hmac.compare_digest(_b(password or ""), _b(state.password))
    if not (ok_user and ok_pass):
        raise ApiError(400, BAD_LOGIN)
    return Reply(
        200,
        {
            "userName": state.username,
            "accountAlias": state.alias,
            "locationAlias": state.data["accounts"][state.alias]["primaryDataCenter"],
            "roles": [
                "AccountAdmin",
                "AccountViewer",
                "BillingAdmin",
                "DNSManager",
                "NetworkAdmin",
                "SecurityAdmin",
                "ServerAdmin",
                "ServerOperator",
                "ServerScheduler",
            ],
            "bearerToken": state.issue_token(),
        },
    )
