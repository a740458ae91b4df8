"""Prices: every estimate, invoice and statistic is computed from these unit prices."""

from __future__ import annotations

from ..errors import ApiError
from .part import Part, Rec

# Hourly unit prices used for every estimate.
PRICE = {"cpu": 0.01, "memory": 0.015, "storage": 0.0002, "managed_os": 0.0}


class Billing(Part):
    def unit_prices(self, sid: str) -> dict[str, float]:
        """The hourly unit prices of a server (the SDKs multiply them by its sizes)."""
        self.state.server(sid)
        return dict(PRICE)

    @staticmethod
    def hourly_cost(s: Rec) -> float:
        if s["status"] == "archived":
            return 0.0
        storage = sum(d["sizeGB"] for d in s["disks"])
        return float(
            s["cpu"] * PRICE["cpu"]
            + s["memoryMB"] / 1024 * PRICE["memory"]
            + storage * PRICE["storage"]
        )

    def invoice_period(self, year: str, month: str) -> tuple[int, int]:
        try:
            y, m = int(year), int(month)
        except ValueError as exc:
            raise ApiError(400, "Year and month must be numbers.") from exc
        if not (2000 <= y <= 2100 and 1 <= m <= 12):
            raise ApiError(400, "Year or month out of range.")
        return y, m

    def servers_by_datacenter(self) -> list[tuple[str, list[Rec]]]:
        """Each data center with servers, and its servers (for an invoice)."""
        servers = list(self.state.data["servers"].values())
        out = []
        for dc in self.state.data["datacenters"]:
            here = [s for s in servers if s["locationId"] == dc]
            if here:
                out.append((dc, here))
        return out
