"""Groups: the per data center tree, defaults, archive and restore, scheduled activities."""

from __future__ import annotations

from ..errors import ApiError, invalid
from .part import Part, Rec
from .scheduled import new_activity, upcoming

SPECIAL = ("archive", "templates")
DEFAULT_KEYS = ("cpu", "memoryGB", "networkId", "primaryDns", "secondaryDns", "templateName")


class Groups(Part):
    def get(self, gid: str) -> Rec:
        return self.state.group(gid)

    def root(self, dc: str) -> Rec:
        return self.state.root_of(dc)

    def subtree(self, gid: str) -> list[Rec]:
        """The group and all its descendants, depth first."""
        return list(self.state.subtree(self.get(gid)["id"]))

    def _container(self, gid: str, field: str) -> Rec:
        """A group that may hold other groups (not archive or templates)."""
        parent = self.state.data["groups"].get(gid.lower())
        if parent is None or parent["type"] in SPECIAL:
            raise invalid(field, f"Group {gid} cannot hold other groups.")
        return parent  # type: ignore[no-any-return]

    def create(
        self,
        name: str,
        parent_id: str,
        *,
        description: str | None = None,
        custom_fields: list[Rec] | None = None,
    ) -> Rec:
        state = self.state
        parent = self._container(parent_id, "parentGroupId")
        values = self.backend.accounts.custom_field_values(custom_fields or [])
        gid = state.new_id()
        now = state.clock.now()
        g: Rec = {
            "id": gid,
            "name": name,
            "description": description if description is not None else "",
            "locationId": parent["locationId"],
            "type": "default",
            "status": "active",
            "parentId": parent["id"],
            "children": [],
            "servers": [],
            "customFields": values,
            "defaults": {},
            "createdBy": state.username,
            "createdDate": now,
            "modifiedBy": state.username,
            "modifiedDate": now,
        }
        state.data["groups"][gid] = g
        parent["children"].append(gid)
        return g

    def delete(self, gid: str) -> str:
        g = self.get(gid)
        if g["parentId"] is None:
            raise ApiError(400, "The root group of a data center cannot be deleted.")
        if g["type"] in SPECIAL:
            raise ApiError(400, f"The {g['name']} group cannot be deleted.")
        return self.submit(g["locationId"], [["group.delete", g["id"]]])

    def update(
        self,
        gid: str,
        *,
        name: str | None = None,
        description: str | None = None,
        parent_id: str | None = None,
        custom_fields: list[Rec] | None = None,
    ) -> Rec:
        state = self.state
        g = self.get(gid)
        changes: Rec = {}
        if name is not None:
            changes["name"] = name
        if description is not None:
            changes["description"] = description
        if custom_fields is not None:
            changes["customFields"] = self.backend.accounts.custom_field_values(custom_fields)
        if parent_id is not None:
            parent = self._container(parent_id, "parentGroupId")
            if any(x["id"] == parent["id"] for x in state.subtree(g["id"])):
                raise invalid("parentGroupId", "A group cannot move under itself.")
            if parent["locationId"] != g["locationId"] or g["parentId"] is None:
                raise invalid("parentGroupId", "Groups cannot move between data centers.")
            if parent["id"] != g["parentId"]:
                state.data["groups"][g["parentId"]]["children"].remove(g["id"])
                parent["children"].append(g["id"])
                changes["parentId"] = parent["id"]
        g.update(changes)
        state.touch(g)
        return g

    # -- defaults ------------------------------------------------------------------------

    def defaults(self, gid: str) -> Rec:
        """Each default with whether it came from an ancestor, as the API reported it."""
        g = self.get(gid)
        out: Rec = {}
        for key in DEFAULT_KEYS:
            node: Rec | None = g
            inherited = False
            while node is not None:
                if key in node["defaults"]:
                    out[key] = {"value": node["defaults"][key], "inherited": inherited}
                    break
                node = self.state.data["groups"].get(node["parentId"] or "")
                inherited = True
        return out

    def set_defaults(self, gid: str, new: Rec) -> Rec:
        """Set some of ``DEFAULT_KEYS``; a network or template must exist in the group's DC."""
        state = self.state
        g = self.get(gid)
        if "networkId" in new:
            net = state.data["networks"].get(str(new["networkId"]).lower())
            if net is None or net["locationId"] != g["locationId"]:
                raise invalid("networkId", f"Unknown network {new['networkId']}.")
        if "templateName" in new and state.template(g["locationId"], new["templateName"]) is None:
            raise invalid("templateName", f"Unknown template {new['templateName']}.")
        g["defaults"].update({k: v for k, v in new.items() if k in DEFAULT_KEYS})
        return self.defaults(gid)

    # -- archive and restore -------------------------------------------------------------

    def archive(self, gid: str) -> str:
        state = self.state
        g = self.get(gid)
        if g["parentId"] is None or g["type"] in SPECIAL:
            raise ApiError(400, f"The {g['name']} group cannot be archived.")
        sids = [
            sid
            for sub in state.subtree(g["id"])
            for sid in sub["servers"]
            if state.data["servers"][sid]["status"] == "active"
        ]
        return self.submit(g["locationId"], [["server.archive", sid] for sid in sids])

    def restore(self, gid: str, target_id: str) -> tuple[Rec, str]:
        """Restore the archived servers that came from this group into ``target_id``.

        Returns the target group and the job's id.
        """
        state = self.state
        g = self.get(gid)
        target = state.data["groups"].get(target_id.lower())
        if target is None or target["locationId"] != g["locationId"] or target["type"] != "default":
            raise invalid("targetGroupId", f"Unknown group {target_id}.")
        origins = {x["id"] for x in state.subtree(g["id"])}
        sids = [
            s["id"]
            for s in state.data["servers"].values()
            if s["status"] == "archived" and s.get("archivedFrom") in origins
        ]
        for sid in sids:
            state.data["servers"][sid]["status"] = "queuedForRestore"
        jid = self.submit(
            g["locationId"],
            [["server.restore", sid, target["id"]] for sid in sids],
            on_fail=[["server.set", sid, {"status": "archived"}] for sid in sids],
        )
        return target, jid

    # -- horizontal autoscale ------------------------------------------------------------

    def horizontal_autoscale(self, gid: str) -> Rec:
        g = self.get(gid)
        if not g.get("horizontalAutoscalePolicy"):
            raise ApiError(404, "No horizontal autoscale policy is applied to this group.")
        return g

    def set_horizontal_autoscale(self, gid: str, policy_id: str) -> Rec:
        g = self.get(gid)
        if policy_id.lower() not in self.table("horizontalAutoscalePolicies"):
            raise invalid("policyId", f"Unknown horizontal autoscale policy {policy_id}.")
        g["horizontalAutoscalePolicy"] = policy_id.lower()
        return g

    def remove_horizontal_autoscale(self, gid: str) -> None:
        self.get(gid).pop("horizontalAutoscalePolicy", None)

    # -- scheduled activities ------------------------------------------------------------

    def scheduled_activities(self, gid: str) -> list[Rec]:
        return list(self.get(gid).get("scheduledActivities", []))

    def upcoming_activities(self, gid: str) -> list[Rec]:
        return upcoming(self.state, self.scheduled_activities(gid))

    def schedule(self, gid: str, fields: Rec) -> Rec:
        g = self.get(gid)
        activity = new_activity(self.state, g["locationId"], fields)
        g.setdefault("scheduledActivities", []).append(activity)
        return activity
