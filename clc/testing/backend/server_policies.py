"""A server's policy mappings: CPU autoscale, anti-affinity and alert policies."""

from __future__ import annotations

from ..errors import ApiError, invalid, not_found
from .part import Part, Rec


class ServerPolicies(Part):
    # -- vertical (CPU) autoscale ----------------------------------------------------------

    def autoscale(self, rec: Rec) -> str:
        if not rec.get("cpuAutoscalePolicyId"):
            raise not_found("Autoscale policy mapping")
        return str(rec["cpuAutoscalePolicyId"])

    def set_autoscale(self, rec: Rec, policy_id: str) -> str:
        if policy_id.lower() not in self.state.data["autoscalePolicies"]:
            raise invalid("id", f"Unknown autoscale policy {policy_id}.")
        rec["cpuAutoscalePolicyId"] = policy_id.lower()
        return policy_id.lower()

    def remove_autoscale(self, rec: Rec) -> None:
        rec["cpuAutoscalePolicyId"] = None

    # -- anti-affinity ---------------------------------------------------------------------

    def anti_affinity(self, rec: Rec) -> Rec:
        """The server's anti-affinity policy; 404 when it has none, as the API answered."""
        policy = self.state.data["antiAffinityPolicies"].get(rec.get("antiAffinityPolicyId") or "")
        if policy is None:
            raise ApiError(404, f"Server {rec['name']} has no anti-affinity policy.")
        return policy  # type: ignore[no-any-return]

    def _leave_anti_affinity(self, rec: Rec) -> None:
        old = self.state.data["antiAffinityPolicies"].get(rec.get("antiAffinityPolicyId") or "")
        if old and rec["id"] in old["servers"]:
            old["servers"].remove(rec["id"])

    def set_anti_affinity(self, rec: Rec, policy_id: str) -> Rec:
        policy = self.state.data["antiAffinityPolicies"].get(policy_id.lower())
        if policy is None or policy["location"] != rec["locationId"]:
            raise invalid("id", f"Unknown anti-affinity policy {policy_id}.")
        self._leave_anti_affinity(rec)
        policy["servers"].append(rec["id"])
        rec["antiAffinityPolicyId"] = policy["id"]
        return policy  # type: ignore[no-any-return]

    def remove_anti_affinity(self, rec: Rec) -> None:
        self._leave_anti_affinity(rec)
        rec["antiAffinityPolicyId"] = None

    # -- alert policies --------------------------------------------------------------------

    def alert_policies(self, rec: Rec) -> list[Rec]:
        table = self.state.data["alertPolicies"]
        return [table[pid] for pid in rec["alertPolicies"] if pid in table]

    def alert_policy(self, rec: Rec, policy_id: str) -> Rec:
        pid = policy_id.lower()
        if pid not in rec["alertPolicies"] or pid not in self.state.data["alertPolicies"]:
            raise not_found(f"Alert policy mapping {pid}")
        return self.state.data["alertPolicies"][pid]  # type: ignore[no-any-return]

    def add_alert_policy(self, rec: Rec, policy_id: str) -> Rec:
        pid = policy_id.lower()
        policy = self.state.data["alertPolicies"].get(pid)
        if policy is None:
            raise invalid("id", f"Unknown alert policy {policy_id}.")
        if pid not in rec["alertPolicies"]:
            rec["alertPolicies"].append(pid)
        return policy  # type: ignore[no-any-return]

    def remove_alert_policy(self, rec: Rec, policy_id: str) -> None:
        pid = policy_id.lower()
        if pid not in rec["alertPolicies"]:
            raise not_found(f"Alert policy mapping {pid}")
        rec["alertPolicies"].remove(pid)
