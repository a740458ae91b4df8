"""Site-to-site VPNs.

The local end gets the data center's VPN address; a new VPN carries the id of
its provisioning job in ``pendingTaskId`` until the job ends; a delete queues a
job and the VPN disappears when it completes.
"""

from __future__ import annotations

from .. import effects
from ..errors import ApiError, not_found
from ..state import State
from .part import Part, Rec

TABLE = "vpns"
SECTIONS = ("local", "remote", "ike", "ipsec")


class Vpns(Part):
    def all(self) -> list[Rec]:
        return list(self.table(TABLE).values())

    def get(self, vid: str) -> Rec:
        v = self.table(TABLE).get(vid.upper())
        if v is None:
            raise not_found(f"Site-to-site VPN {vid}")
        return v

    def create(self, sections: Rec) -> Rec:
        """A VPN from checked ``local``, ``remote``, ``ike`` and ``ipsec`` sections."""
        state = self.state
        dc = sections["local"]["locationAlias"]
        if dc not in state.data["datacenters"]:
            raise ApiError(
                400, "The request is invalid.", {"body.local.locationAlias": [f"Unknown {dc}."]}
            )
        index = list(state.data["datacenters"]).index(dc)
        local = {
            **sections["local"],
            "address": f"66.155.{90 + index}.{2 + state.next_seq('vpn') % 8}",
        }
        vid = state.new_id().upper()
        now = state.clock.now()
        v: Rec = {
            "id": vid,
            **sections,
            "local": local,
            "createdBy": state.username,
            "createdDate": now,
            "modifiedBy": state.username,
            "modifiedDate": now,
        }
        v["pendingTaskId"] = self.submit(dc, [], on_fail=[["vpn.delete", vid]])
        self.table(TABLE)[vid] = v
        return v

    def update(self, vid: str, changes: Rec) -> Rec:
        """Replace some sections (already merged over the old ones by the caller)."""
        v = self.get(vid)
        local = changes.get("local")
        if local is not None and local["locationAlias"] != v["local"]["locationAlias"]:
            raise ApiError(
                400,
                "The request is invalid.",
                {"body.local.locationAlias": ["A VPN cannot move to another data center."]},
            )
        v.update(changes)
        self.state.touch(v)
        return v

    def delete(self, vid: str) -> str:
        v = self.get(vid)
        jid = self.submit(v["local"]["locationAlias"], [["vpn.delete", v["id"]]])
        v["pendingTaskId"] = jid
        return jid

    def pending_task(self, v: Rec) -> str:
        """The id of the VPN's job while it runs, else ""."""
        job = self.state.data["jobs"].get(v.get("pendingTaskId") or "")
        return str(v["pendingTaskId"]) if job and not job["settled"] else ""


@effects.effect("vpn.delete")
def _delete(state: State, vid: str) -> None:
    state.data[TABLE].pop(vid, None)
