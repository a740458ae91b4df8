"""The status of queued work: v2 status ids and v2-experimental operation ids."""

from __future__ import annotations

from ..routing import Ctx, Reply, route
from ..views import jobs as views


@route
def get_queue_status(ctx: Ctx) -> Reply:
    job = ctx.backend.job(ctx.params["statusId"], experimental=False)
    return Reply(200, views.status(ctx.backend.state, job))


@route
def get_experimental_operation_status(ctx: Ctx) -> Reply:
    job = ctx.backend.job(ctx.params["operationId"], experimental=True)
    return Reply(200, views.experimental_status(ctx.backend.state, job))
