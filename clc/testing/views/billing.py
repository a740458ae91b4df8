"""Billing estimates, invoices and monitoring statistics (synthetic but consistent)."""

from __future__ import annotations

from collections.abc import Callable

from ..clock import zulu
from ..state import State
from .common import Rec

Cost = Callable[[Rec], float]


def unit_prices(prices: dict[str, float]) -> Rec:
    return {
        "cpu": prices["cpu"],
        "memoryGB": prices["memory"],
        "storageGB": prices["storage"],
        "managedOS": prices["managed_os"],
    }


def server_stats(state: State, s: Rec) -> Rec:
    storage = sum(d["sizeGB"] for d in s["disks"])
    started = s["powerState"] == "started"
    return {
        "name": s["name"],
        "stats": [
            {
                "timestamp": zulu(state.clock.now()),
                "cpu": float(s["cpu"]),
                "cpuPercent": 4.5 if started else 0.0,
                "memoryMB": float(s["memoryMB"]),
                "memoryPercent": 12.5 if started else 0.0,
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


def group_statistics(state: State, subtree: list[Rec]) -> list[Rec]:
    servers = state.data["servers"]
    return [server_stats(state, servers[sid]) for g in subtree for sid in g["servers"]]


def group_billing(state: State, subtree: list[Rec], cost: Cost) -> Rec:
    groups: Rec = {}
    for g in subtree:
        servers: Rec = {}
        for sid in g["servers"]:
            hour = cost(state.data["servers"][sid])
            servers[sid] = {
                "templateCost": 0.0,
                "archiveCost": 0.0,
                "monthlyEstimate": round(hour * 730, 2),
                "monthToDate": round(hour * 24 * 10, 2),
                "currentHour": round(hour, 5),
            }
        groups[g["id"]] = {"name": g["name"], "servers": servers}
    return {"date": zulu(state.clock.now()), "groups": groups}


def invoice(
    state: State,
    year: int,
    month: int,
    pricing_alias: str | None,
    by_datacenter: list[tuple[str, list[Rec]]],
    cost: Cost,
) -> Rec:
    acct = state.data["accounts"][state.alias]
    items: list[Rec] = []
    for dc, servers in by_datacenter:
        details = [{"description": s["name"], "cost": round(cost(s) * 730, 2)} for s in servers]
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
    return {
        "id": f"{state.alias}{year:04d}{month:02d}",
        "terms": "Upon Receipt",
        "companyName": acct["businessName"],
        "accountAlias": state.alias,
        "pricingAccountAlias": pricing_alias or state.alias,
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
    }
