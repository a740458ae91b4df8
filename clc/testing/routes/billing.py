"""Server pricing and invoices (synthetic but consistent with the servers' sizes)."""

from __future__ import annotations

from ..routing import Ctx, Reply, route
from ..views import billing as views


@route
def get_server_pricing(ctx: Ctx) -> Reply:
    """Hourly unit prices (the SDKs multiply them by the server's own sizes)."""
    return Reply(200, views.unit_prices(ctx.backend.billing.unit_prices(ctx.params["serverId"])))


@route
def get_invoice(ctx: Ctx) -> Reply:
    b = ctx.backend
    year, month = b.billing.invoice_period(ctx.params["year"], ctx.params["month"])
    invoice = views.invoice(
        b.state,
        year,
        month,
        ctx.query.get("pricingaccountalias"),
        b.billing.servers_by_datacenter(),
        b.billing.hourly_cost,
    )
    return Reply(200, invoice)
