"""Firewall policies (v2-experimental): within a data center and across data centers.

Intra data center policies open traffic between networks of the account (or to a
sub-account's networks) and apply at once, as the recorded API showed (``status``
"active" on the first read). Cross data center policies start "pending" and turn
"active" once a provisioning period (the emulator's job duration) has passed.
"""

from __future__ import annotations

from ..errors import invalid, not_found
from .part import Part, Rec

INTRA = "firewallPolicies"
CROSS = "crossDcFirewallPolicies"

_LOCATION_KEY = {INTRA: "location", CROSS: "sourceLocation"}
_LABEL = {INTRA: "Firewall policy", CROSS: "Cross data center firewall policy"}


class Firewall(Part):
    def _dc(self, dc: str) -> str:
        return str(self.state.datacenter(dc)["id"])

    def _account(self, alias: str | None, field: str) -> str:
        """A known account alias (the account or its parent), lower case as the API echoed it."""
        if alias is None:
            return str(self.state.alias_lower)
        if not self.backend.accounts.known_alias(alias):
            raise invalid(field, f"Unknown account {alias}.")
        return alias.lower()

    def in_datacenter(self, kind: str, dc: str, destination: str | None = None) -> list[Rec]:
        """The data center's policies, only those towards ``destination`` when it is given."""
        where = self._dc(dc)
        dest = (destination or "").lower()
        return [
            p
            for p in self.table(kind).values()
            if p[_LOCATION_KEY[kind]] == where and (not dest or p["destinationAccount"] == dest)
        ]

    def get(self, kind: str, dc: str, pid: str) -> Rec:
        """The policy ``pid`` within data center ``dc``."""
        p = self.table(kind).get(pid.lower())
        if p is None or p[_LOCATION_KEY[kind]] != self._dc(dc):
            raise not_found(f"{_LABEL[kind]} {pid}")
        return p

    def delete(self, kind: str, dc: str, pid: str) -> None:
        del self.table(kind)[self.get(kind, dc, pid)["id"]]

    # -- intra data center ---------------------------------------------------------------

    def create(
        self,
        dc: str,
        *,
        source: list[str],
        destination: list[str],
        ports: list[str],
        enabled: bool = True,
        destination_account: str | None = None,
    ) -> Rec:
        where = self._dc(dc)
        account = self._account(destination_account, "destinationAccount")
        pid = self.state.new_id()
        p: Rec = {
            "id": pid,
            "location": where,
            "status": "active",
            "enabled": enabled,
            "source": source,
            "destination": destination,
            "destinationAccount": account,
            "ports": ports,
        }
        self.table(INTRA)[pid] = p
        return p

    def update(self, dc: str, pid: str, changes: Rec) -> Rec:
        """Change any of source, destination, ports (each non-empty) and enabled."""
        p = self.get(INTRA, dc, pid)
        for key in ("source", "destination", "ports"):
            if changes.get(key) == []:
                raise invalid(key, f"The {key} field needs at least one entry.")
        p.update({k: v for k, v in changes.items() if v is not None})
        return p

    # -- cross data center ---------------------------------------------------------------

    def create_cross(
        self,
        dc: str,
        *,
        destination_account: str,
        destination_location: str,
        destination_cidr: str,
        source_cidr: str,
        enabled: bool = True,
    ) -> Rec:
        state = self.state
        where = self._dc(dc)
        target = destination_location.upper()
        if target not in state.data["datacenters"]:
            raise invalid("destinationLocationId", f"Unknown data center {destination_location}.")
        if target == where:
            raise invalid(
                "destinationLocationId", "Use an intra data center policy within one data center."
            )
        account = self._account(destination_account, "destinationAccountId")
        pid = state.new_id()
        p: Rec = {
            "id": pid,
            "sourceLocation": where,
            "sourceCidr": source_cidr,
            "destinationAccount": account,
            "destinationLocation": target,
            "destinationCidr": destination_cidr,
            "enabled": enabled,
            "activeAt": state.clock.now() + state.job_seconds,
        }
        self.table(CROSS)[pid] = p
        return p

    def enable_cross(self, dc: str, pid: str, enabled: bool) -> Rec:
        p = self.get(CROSS, dc, pid)
        p["enabled"] = enabled
        return p
