"""Networks (the API's v2-experimental surface): list, read, claim, update, release."""

from __future__ import annotations

from ..errors import ApiError, invalid
from .part import Part, Rec


class Networks(Part):
    def _dc(self, dc: str) -> str:
        return str(self.state.datacenter(dc)["id"])

    def in_datacenter(self, dc: str) -> list[Rec]:
        return self.backend.datacenters.deployable_networks(self._dc(dc))

    def get(self, dc: str, nid: str) -> Rec:
        net = self.state.network(nid, self._dc(dc))
        if not net["claimed"]:
            raise ApiError(404, f"Network {net['id']} not found.")
        return net

    def claim(self, dc: str) -> tuple[Rec, str]:
        """Claim a new network; it becomes visible when the claim job ends. Network, job."""
        state = self.state
        dc = self._dc(dc)
        n = state.next_seq("vlan")
        vlan = 400 + n
        idx = list(state.data["datacenters"]).index(dc)
        base = f"10.{56 + idx}.{100 + n % 150}"
        nid = state.new_id()
        net: Rec = {
            "id": nid,
            "locationId": dc,
            "cidr": f"{base}.0/24",
            "description": f"vlan_{vlan}_{base}",
            "gateway": f"{base}.1",
            "name": f"vlan_{vlan}_{base}",
            "netmask": "255.255.255.0",
            "type": "private",
            "vlan": vlan,
            "claimed": False,  # visible once the claim job completes
            "addresses": {},
        }
        state.data["networks"][nid] = net
        link = {
            "rel": "network",
            "href": f"/v2-experimental/networks/{state.alias}/{dc}/{nid}",
            "id": nid,
        }
        jid = self.submit(
            dc,
            [["network.set", nid, {"claimed": True}]],
            on_fail=[["network.drop", nid]],
            experimental=True,
            summary={"links": [link]},
        )
        return net, jid

    def update(self, dc: str, nid: str, name: str, description: str | None) -> Rec:
        net = self.get(dc, nid)
        net["name"] = name
        if description is not None:
            net["description"] = description
        return net

    def release(self, dc: str, nid: str) -> None:
        net = self.get(dc, nid)
        if net["addresses"]:
            raise invalid("network", "A network with servers on it cannot be released.")
        self.state.data["networks"].pop(net["id"])

    def log_forwarding(self, dc: str) -> Rec:
        self._dc(dc)
        return dict(
            self.state.data.get("logForwarding") or {"remoteAddress": "", "protocol": "udp"}
        )

    def set_log_forwarding(self, dc: str, address: str, protocol: str) -> str:
        """Forward the data center's network logs; returns the id of the (finished) change."""
        self._dc(dc)
        self.state.data["logForwarding"] = {"remoteAddress": address, "protocol": protocol}
        return self.state.new_id()
