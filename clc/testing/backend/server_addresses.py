"""A server's public IP addresses and secondary networks."""

from __future__ import annotations

from ..errors import invalid, not_found
from .part import Part, Rec
from .servers import require_active

_TEST_NETS = ("203.0.113", "198.51.100", "192.0.2")


class ServerAddresses(Part):
    def _next_public_ip(self) -> str:
        n = self.state.next_seq("publicIp")
        block, host = divmod(n - 1, 250)
        if block < len(_TEST_NETS):
            return f"{_TEST_NETS[block]}.{host + 2}"
        block -= len(_TEST_NETS)
        return f"100.{64 + block // 250}.{block % 250}.{host + 2}"

    def add_public_ip(self, rec: Rec, internal: str | None, rules: Rec) -> str:
        """Map a new public address (``rules``: ports, sourceRestrictions) to the server."""
        state = self.state
        require_active(rec)
        if (
            internal is not None
            and internal != rec["primaryIP"]
            and internal not in [n["internal"] for n in rec["secondaryNetworks"]]
        ):
            raise invalid("internalIPAddress", f"{internal} is not an address of this server.")
        if internal is None:
            # The API gave each public IP its own new internal address.
            internal = state.allocate_ip(state.network(rec["networkId"]), rec["name"])
        body = {**rules, "internalIPAddress": internal}
        return self.submit(
            rec["locationId"], [["server.publicIp", rec["id"], self._next_public_ip(), body]]
        )

    def public_ip(self, rec: Rec, ip: str) -> Rec:
        found = rec["publicIPs"].get(ip)
        if found is None:
            raise not_found(f"Public IP {ip}")
        return found  # type: ignore[no-any-return]

    def update_public_ip(self, rec: Rec, ip: str, rules: Rec) -> str:
        body = {**rules, "internalIPAddress": self.public_ip(rec, ip)["internalIPAddress"]}
        return self.submit(rec["locationId"], [["server.publicIp", rec["id"], ip, body]])

    def remove_public_ip(self, rec: Rec, ip: str) -> str:
        self.public_ip(rec, ip)
        return self.submit(rec["locationId"], [["server.publicIp", rec["id"], ip, None]])

    def add_network(self, rec: Rec, network_id: str, ip_address: str | None) -> str:
        net = self.state.data["networks"].get(network_id.lower())
        if net is None or net["locationId"] != rec["locationId"]:
            raise invalid("networkId", f"Unknown network {network_id}.")
        if net["id"] == rec["networkId"] or any(
            n["networkId"] == net["id"] for n in rec["secondaryNetworks"]
        ):
            raise invalid("networkId", "The server is already on this network.")
        require_active(rec)
        return self.submit(
            rec["locationId"],
            [["server.nic", rec["id"], net["id"], True, ip_address or None]],
            experimental=True,
        )

    def remove_network(self, rec: Rec, network_id: str) -> str:
        nid = network_id.lower()
        if not any(n["networkId"] == nid for n in rec["secondaryNetworks"]):
            raise not_found(f"Secondary network {nid}")
        return self.submit(
            rec["locationId"], [["server.nic", rec["id"], nid, False, None]], experimental=True
        )
