"""Billing estimates, invoices and monitoring statistics (synthetic but consistent)."""

from __future__ import annotations

from typing import Any

from ..clock import zulu
from ..errors import ApiError
from ..routing import Ctx, Reply, route
from ..state import State

Rec = dict[str, Any]

# Hourly unit prices used for every estimate.
PRICE = {"cpu": 0.01, "memory": 0.015, "storage": 0.0002, "managed_os": 0.0}


def hourly_cost(s: Rec) -> float:
    if s["status"] == "archived":
        return 0.0
    storage = sum(d["sizeGB"] for d in s["disks"])
    return float(
        s["cpu"] * PRICE["cpu"]
        + s["memoryMB"] / 1024 * PRICE["memory"]
        + storage * PRICE["storage"]
    )


def server_stats(state: State, s: Rec) -> Rec:
    storage = sum(d["sizeGB"] for d in s["disks"])
    return {
        "name": s["name"],
        "stats": [
            {
                "timestamp": zulu(state.clock.now()),
                "cpu": float(s["cpu"]),
                "cpuPercent": 4.5 if s["powerState"] == "started" else 0.0,
                "memoryMB": float(s["memoryMB"]),
                "memoryPercent": 12.5 if s["powerState"] == "started" else 0.0,
                "networkReceivedKBps": 0.0,
                "networkTransmittedKBps": 0.0,
                "diskUsageTotalCapacityMB": float(storage * 1024),
                "diskUsage": [
                    {"id": d["id"], "capacityMB": d["sizeGB"] * 1024} for d in s["disks"]
                ],
                "guestDiskUsage": [],
            }
        ],
    }


@route("GET", "/v2/billing/{accountAlias}/serverPricing/{serverId}")
def get_server_pricing(ctx: Ctx) -> Reply:
    """Hourly unit prices (the SDKs multiply them by the server's own sizes)."""
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    state.server(ctx.params["serverId"])
    return Reply(
        200,
        {
            "cpu": PRICE["cpu"],
            "memoryGB": PRICE["memory"],
            "storageGB": PRICE["storage"],
            "managedOS": PRICE["managed_os"],
        },
    )


@route("GET", "/v2/invoice/{accountAlias}/{year}/{month}")
def get_invoice(ctx: Ctx) -> Reply:
    state = ctx.state
    state.check_alias(ctx.params["accountAlias"])
    try:
        year, month = int(ctx.params["year"]), int(ctx.params["month"])
    except ValueError as exc:
        raise ApiError(400, "Year and month must be numbers.") from exc
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ApiError(400, "Year or month out of range.")
    acct = state.data["accounts"][state.alias]
    items: list[Rec] = []
    for dc in state.data["datacenters"]:
        servers = [s for s in state.data["servers"].values() if s["locationId"] == dc]
        if not servers:
            continue
        details = [
            {"description": s["name"], "cost": round(hourly_cost(s) * 730, 2)} for s in servers
        ]
        total = round(sum(d["cost"] for d in details), 2)
        items.append(
            {
                "quantity": 1,
                "description": f"Servers - {dc}",
                "unitCost": total,
                "itemTotal": total,
                "serviceLocation": dc,
                "itemDetails": details,
            }
        )
    return Reply(
        200,
        {
            "id": f"{state.alias}{year:04d}{month:02d}",
            "terms": "Upon Receipt",
            "companyName": acct["businessName"],
            "accountAlias": state.alias,
            "pricingAccountAlias": ctx.query.get("pricingaccountalias") or state.alias,
            "parentAccountAlias": acct["parentAlias"],
            "address1": acct["addressLine1"],
            "city": acct["city"],
            "stateProvince": acct["stateProvince"],
            "postalCode": acct["postalCode"],
            "billingContactEmail": "billing@example.com",
            "invoiceCCEmail": "",
            "totalAmount": round(sum(i["itemTotal"] for i in items), 2),
            "invoiceDate": f"{year:04d}-{month:02d}-01T00:00:00Z",
            "lineItems": items,
        },
    )
