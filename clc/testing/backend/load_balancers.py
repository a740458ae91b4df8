"""Shared load balancers, their pools and the nodes behind each pool.

A shared load balancer gets a public address of its own and listens on port 80
or 443 only, one pool per port; a pool's nodes are replaced as a whole.
"""

from __future__ import annotations

from ..errors import invalid, not_found
from .part import Part, Rec

TABLE = "loadBalancers"
PORTS = (80, 443)


class LoadBalancers(Part):
    def _dc(self, dc: str) -> str:
        return str(self.state.datacenter(dc)["id"])

    def _public_ip(self, dc: str) -> str:
        """A public address from the data center's own block (66.155.<dc>.<n>)."""
        n = self.state.next_seq("lbip")
        block = 90 + list(self.state.data["datacenters"]).index(dc)
        return f"66.155.{block}.{10 + n % 240}"

    def in_datacenter(self, dc: str) -> list[Rec]:
        where = self._dc(dc)
        return [lb for lb in self.table(TABLE).values() if lb["location"] == where]

    def get(self, dc: str, lid: str) -> Rec:
        lb = self.table(TABLE).get(lid.lower())
        if lb is None or lb["location"] != self._dc(dc):
            raise not_found(f"Load balancer {lid}")
        return lb

    def create(self, dc: str, name: str, description: str, status: str = "enabled") -> Rec:
        where = self._dc(dc)
        lid = self.state.new_id()
        lb: Rec = {
            "id": lid,
            "location": where,
            "name": name,
            "description": description,
            "ipAddress": self._public_ip(where),
            "status": status,
            "pools": {},
        }
        self.table(TABLE)[lid] = lb
        return lb

    def update(
        self, dc: str, lid: str, name: str, description: str | None, status: str | None
    ) -> Rec:
        lb = self.get(dc, lid)
        lb["name"] = name
        if description is not None:
            lb["description"] = description
        if status is not None:
            lb["status"] = status
        return lb

    def delete(self, dc: str, lid: str) -> None:
        del self.table(TABLE)[self.get(dc, lid)["id"]]

    # -- pools -------------------------------------------------------------------------------

    def pool(self, lb: Rec, pid: str) -> Rec:
        p = lb["pools"].get(pid.lower())
        if p is None:
            raise not_found(f"Pool {pid}")
        return p  # type: ignore[no-any-return]

    def create_pool(
        self, lb: Rec, port: int, method: str | None = None, persistence: str | None = None
    ) -> Rec:
        if port not in PORTS:
            raise invalid("port", "A shared load balancer listens on port 80 or 443.")
        if any(p["port"] == port for p in lb["pools"].values()):
            raise invalid("port", f"The load balancer already has a pool on port {port}.")
        pid = self.state.new_id()
        pool: Rec = {
            "id": pid,
            "port": port,
            "method": method or "roundRobin",
            "persistence": persistence or "standard",
            "nodes": [],
        }
        lb["pools"][pid] = pool
        return pool

    def update_pool(self, pool: Rec, method: str | None, persistence: str | None) -> Rec:
        pool.update({k: v for k, v in (("method", method), ("persistence", persistence)) if v})
        return pool

    def delete_pool(self, lb: Rec, pool: Rec) -> None:
        del lb["pools"][pool["id"]]

    def set_nodes(self, pool: Rec, nodes: list[Rec]) -> None:
        """Replace the pool's nodes; a node sent with status "deleted" is dropped."""
        pool["nodes"] = [dict(n) for n in nodes if n["status"] != "deleted"]
