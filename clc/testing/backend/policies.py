"""Account policies: alert, anti-affinity, vertical (CPU) and horizontal autoscale."""

from __future__ import annotations

from ..errors import invalid, not_found
from .part import Part, Rec

ALERTS = "alertPolicies"
ANTI_AFFINITY = "antiAffinityPolicies"
AUTOSCALE = "autoscalePolicies"
HORIZONTAL = "horizontalAutoscalePolicies"

_LABELS = {
    ALERTS: "Alert policy",
    ANTI_AFFINITY: "Anti-affinity policy",
    AUTOSCALE: "Autoscale policy",
    HORIZONTAL: "Horizontal autoscale policy",
}


class Policies(Part):
    def all(self, kind: str) -> list[Rec]:
        """The account's policies of one kind (``ALERTS``, ``ANTI_AFFINITY``...)."""
        return list(self.table(kind).values())

    def get(self, kind: str, pid: str) -> Rec:
        p = self.table(kind).get(pid.lower())
        if p is None:
            raise not_found(f"{_LABELS[kind]} {pid}")
        return p

    def _add(self, kind: str, fields: Rec) -> Rec:
        p = {"id": self.state.new_id(), **fields}
        self.table(kind)[p["id"]] = p
        return p

    # -- alert policies ----------------------------------------------------------------------

    def create_alert(self, fields: Rec) -> Rec:
        """``fields``: name, actions and triggers, already checked for form."""
        return self._add(ALERTS, fields)

    def update_alert(self, pid: str, fields: Rec) -> Rec:
        p = self.get(ALERTS, pid)
        p.update(fields)
        return p

    def delete_alert(self, pid: str) -> None:
        p = self.get(ALERTS, pid)
        del self.table(ALERTS)[p["id"]]
        for s in self.state.data["servers"].values():
            if p["id"] in s["alertPolicies"]:
                s["alertPolicies"].remove(p["id"])

    # -- anti-affinity policies --------------------------------------------------------------

    def create_anti_affinity(self, name: str, location: str) -> Rec:
        if location.upper() not in self.state.data["datacenters"]:
            raise invalid("location", f"Unknown data center {location}.")
        return self._add(ANTI_AFFINITY, {"name": name, "location": location.upper(), "servers": []})

    def rename_anti_affinity(self, pid: str, name: str) -> Rec:
        p = self.get(ANTI_AFFINITY, pid)
        p["name"] = name
        return p

    def delete_anti_affinity(self, pid: str) -> None:
        p = self.get(ANTI_AFFINITY, pid)
        if p["servers"]:
            raise invalid("policyId", "A policy that servers still use cannot be deleted.")
        del self.table(ANTI_AFFINITY)[p["id"]]

    # -- horizontal autoscale policies -------------------------------------------------------

    def create_horizontal(self, fields: Rec) -> Rec:
        return self._add(HORIZONTAL, fields)

    def update_horizontal(self, pid: str, fields: Rec) -> Rec:
        p = self.get(HORIZONTAL, pid)
        p.update(fields)
        return p

    def delete_horizontal(self, pid: str) -> None:
        p = self.get(HORIZONTAL, pid)
        groups = self.state.data["groups"].values()
        if any(g.get("horizontalAutoscalePolicy") == p["id"] for g in groups):
            raise invalid("policyId", "A policy that groups still use cannot be deleted.")
        del self.table(HORIZONTAL)[p["id"]]
