"""Servers: build (create, clone, import), read, change, delete, restore, snapshots, templates."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from ..errors import ApiError, invalid, not_found
from ..state import State
from .part import Part, Rec
from .scheduled import new_activity, upcoming

BUILDING = ("underConstruction", "queuedForDelete")


@dataclass
class Disk:
    """A disk asked for: a new one, or an existing one (``disk_id``) grown to ``size_gb``."""

    size_gb: int
    disk_id: str | None = None
    partitioned: bool = False
    path: str | None = None


@dataclass
class NewServer:
    """What a create, clone or import asks for (checked for form by the caller)."""

    name: str
    group_id: str
    cpu: int
    memory_gb: int
    source_id: str = ""  # a template name or, to clone, a server id
    description: str = ""
    type: str = "standard"
    storage_type: str = "standard"
    network_id: str | None = None
    ip_address: str | None = None
    password: str | None = None
    primary_dns: str | None = None
    secondary_dns: str | None = None
    managed_os: bool = False
    managed_backup: bool = False
    cpu_autoscale_policy_id: str | None = None
    anti_affinity_policy_id: str | None = None
    custom_fields: list[Rec] = field(default_factory=list)
    additional_disks: list[Disk] = field(default_factory=list)
    ttl: str | None = None


@dataclass
class ServerChange:
    """A PATCH of a server: fields left ``None`` stay as they are."""

    cpu: int | None = None
    memory_gb: int | None = None
    description: str | None = None
    group_id: str | None = None
    custom_fields: list[Rec] | None = None
    disks: list[Disk] | None = None
    password: tuple[str, str] | None = None  # (current, new)


def os_label(template_description: str) -> str:
    """``CentOS 6 | 64-bit`` -> ``CentOS 6 64-bit``, the server ``osType`` spelling."""
    return template_description.replace(" | ", " ")


def disks_for(storage: int, windows: bool) -> tuple[list[Rec], list[Rec]]:
    """The disks and partitions of a server built from an image of ``storage`` GB."""
    if windows:
        size = max(storage, 1)
        return [{"id": "0:0", "sizeGB": size, "partitionPaths": []}], [
            {"sizeGB": float(size) - 0.35, "path": "C:\\"}
        ]
    disks = [
        {"id": "0:0", "sizeGB": 1, "partitionPaths": []},
        {"id": "0:1", "sizeGB": 2, "partitionPaths": []},
        {"id": "0:2", "sizeGB": max(storage - 3, 1), "partitionPaths": []},
    ]
    parts = [
        {"sizeGB": 0.0, "path": "(swap)"},
        {"sizeGB": 13.655, "path": "/"},
        {"sizeGB": 0.482, "path": "/boot"},
    ]
    return disks, parts


def apply_disks(wanted: list[Disk], existing: list[Rec], field_name: str) -> list[Rec]:
    """``existing`` with ``wanted`` applied: known ids grow, others are added after them."""
    by_id = {d["id"]: d for d in existing}
    errors: dict[str, list[str]] = {}
    out: list[Rec] = []
    next_index = max([int(d["id"].split(":")[1]) for d in existing] + [-1]) + 1
    for i, d in enumerate(wanted):
        where = f"body.{field_name}[{i}]"
        if d.disk_id:
            old = by_id.get(d.disk_id)
            if old is None:
                errors.setdefault(f"{where}.diskId", []).append(f"Unknown disk {d.disk_id}.")
            elif d.size_gb < old["sizeGB"]:
                errors.setdefault(f"{where}.sizeGB", []).append("Disks can grow but not shrink.")
            else:
                out.append({**old, "sizeGB": d.size_gb})
            continue
        out.append(
            {
                "id": f"0:{next_index}",
                "sizeGB": d.size_gb,
                "partitionPaths": [d.path] if d.partitioned and d.path else [],
            }
        )
        next_index += 1
    if errors:
        raise ApiError(400, "The request is invalid.", errors)
    return out


def require_active(rec: Rec) -> None:
    if rec["status"] != "active":
        raise ApiError(
            400, f"Server {rec['name']} is {rec['status']} and cannot take this operation now."
        )


def next_name(state: State, dc: str, name: str) -> str:
    """``VA1`` + ``DEMO`` + ``API2`` + the lowest free two-digit number."""
    prefix = f"{dc}{state.alias}{name.upper()}"
    taken = {
        s["name"][len(prefix) :]
        for s in state.data["servers"].values()
        if s["name"].startswith(prefix)
    }
    n = 1
    while f"{n:02d}" in taken:
        n += 1
    return f"{prefix}{n:02d}"


class Servers(Part):
    def get(self, sid: str, *, by_uuid: bool = False) -> Rec:
        return self.state.server_by_uuid(sid) if by_uuid else self.state.server(sid)

    def by_name_or_uuid(self, key: str) -> Rec:
        """The server named ``key``, else the one whose uuid it is (the API's own links to
        a server's scheduled activities give the uuid, without ``uuid=true``)."""
        found = self.state.find_server(key)
        return found if found is not None else self.state.server_by_uuid(key)

    # -- building --------------------------------------------------------------------------

    def check_name(self, name: str) -> None:
        """Alias + name must fit the API's limit (the name's own form is the binder's)."""
        rule = self.limits.server_name
        longest = rule.max_length_with_alias - len(self.state.alias)
        if len(name) > longest:
            raise invalid("name", f"The name must be 1 to {longest} characters long.")

    def target_group(self, group_id: str) -> Rec:
        """The group a new server goes into (never the archive or templates group)."""
        group = self.state.data["groups"].get(group_id.lower())
        if group is None or group["type"] in ("archive", "templates"):
            raise invalid("groupId", f"Unknown group {group_id}.")
        return group  # type: ignore[no-any-return]

    def pick_network(self, group: Rec, network_id: str | None) -> Rec:
        """The named network (default: the group's), else the data center's first claimed one."""
        dc = group["locationId"]
        network_id = network_id or group["defaults"].get("networkId")
        if network_id:
            net = self.state.data["networks"].get(network_id.lower())
            if net is None or net["locationId"] != dc or not net["claimed"]:
                raise invalid("networkId", f"Unknown network {network_id} in {dc}.")
            return net  # type: ignore[no-any-return]
        nets = self.backend.datacenters.deployable_networks(dc)
        if not nets:
            raise invalid("networkId", f"No network available in {dc}.")
        return nets[0]

    def create(self, new: NewServer) -> tuple[Rec, str]:
        """Create from a template or clone a server; returns the new record and its build job."""
        state = self.state
        self.check_name(new.name)
        if new.type == "bareMetal":
            raise invalid("type", "Bare metal servers are not available in this data center.")
        if (new.type == "hyperscale") != (new.storage_type == "hyperscale"):
            raise invalid(
                "storageType", f"Storage type {new.storage_type} does not go with type {new.type}."
            )
        group = self.target_group(new.group_id)
        dc = group["locationId"]
        tpl = state.template(dc, new.source_id)
        source = None if tpl else state.find_server(new.source_id)
        if tpl is None and (source is None or source["locationId"] != dc):
            raise invalid("sourceServerId", f"Unknown template or server {new.source_id} in {dc}.")
        if source is not None and source["status"] != "active":
            raise invalid("sourceServerId", f"Server {new.source_id} cannot be cloned now.")
        net = self.pick_network(group, new.network_id)
        autoscale = (new.cpu_autoscale_policy_id or "").lower() or None
        if autoscale and autoscale not in state.data["autoscalePolicies"]:
            raise invalid("cpuAutoscalePolicyId", f"Unknown autoscale policy {autoscale}.")
        affinity = (new.anti_affinity_policy_id or "").lower() or None
        if affinity:
            pol = state.data["antiAffinityPolicies"].get(affinity)
            if pol is None or pol["location"] != dc:
                raise invalid("antiAffinityPolicyId", f"Unknown anti-affinity policy {affinity}.")
        values = self.backend.accounts.custom_field_values(new.custom_fields)
        if source is not None:
            os_name, os_type = source["os"], source["osType"]
            disks = [dict(d) for d in source["disks"]]
            parts = [dict(p) for p in source["partitions"]]
        else:
            assert tpl is not None
            os_name, os_type = tpl["osType"], os_label(tpl["description"])
            disks, parts = disks_for(tpl["storageSizeGB"], tpl["osType"].startswith("windows"))
        disks += apply_disks(new.additional_disks, disks, "additionalDisks")
        full = next_name(state, dc, new.name)
        rec = self._record(new, full, group, os_name, os_type, disks, parts)
        rec.update(
            isManagedOS=new.managed_os,
            isManagedBackup=new.managed_backup,
            customFields=values,
            cpuAutoscalePolicyId=autoscale,
            antiAffinityPolicyId=affinity,
            ttl=new.ttl,
        )
        rec["primaryIP"] = state.allocate_ip(net, full, new.ip_address)  # the last check
        rec["networkId"] = net["id"]
        if affinity:
            state.data["antiAffinityPolicies"][affinity]["servers"].append(rec["id"])
        return rec, self.queue_build(rec)

    def _record(
        self,
        new: NewServer,
        full: str,
        group: Rec,
        os_name: str,
        os_type: str,
        disks: list[Rec],
        parts: list[Rec],
    ) -> Rec:
        """A new server's world record, ``underConstruction`` until its build job ends."""
        state = self.state
        now = state.clock.now()
        return {
            "id": full.lower(),
            "uuid": state.new_id(),
            "name": full,
            "description": new.description,
            "groupId": group["id"],
            "locationId": group["locationId"],
            "os": os_name,
            "osType": os_type,
            "type": new.type,
            "storageType": new.storage_type,
            "isManagedOS": False,
            "isManagedBackup": False,
            "isTemplate": False,
            "status": "underConstruction",
            "cpu": new.cpu,
            "memoryMB": new.memory_gb * 1024,
            "powerState": "stopped",
            "inMaintenanceMode": False,
            "disks": disks,
            "partitions": parts,
            "networkId": None,
            "primaryIP": None,
            "secondaryNetworks": [],
            "publicIPs": {},
            "snapshots": [],
            "customFields": [],
            "alertPolicies": [],
            "cpuAutoscalePolicyId": None,
            "antiAffinityPolicyId": None,
            "password": new.password or secrets.token_urlsafe(12),
            "primaryDns": new.primary_dns,
            "secondaryDns": new.secondary_dns,
            "ttl": None,
            "createdBy": state.username,
            "createdDate": now,
            "modifiedBy": state.username,
            "modifiedDate": now,
        }

    def queue_build(self, rec: Rec) -> str:
        """Add ``rec`` to the world and queue its build; a failed build removes it."""
        self.state.add_server(rec)
        return self.submit(
            rec["locationId"],
            [["server.set", rec["id"], {"status": "active", "powerState": "started"}]],
            on_fail=[["server.discard", rec["id"]]],
        )

    def import_image(self, new: NewServer, ovf_id: str, ovf_os_type: str) -> tuple[Rec, str]:
        """Build a server from an uploaded OVF image (VM import); record and build job."""
        state = self.state
        self.check_name(new.name)
        group = self.target_group(new.group_id)
        dc = group["locationId"]
        images = self.backend.datacenters.importable_images(dc)
        image = next((i for i in images if i["id"].lower() == ovf_id.lower()), None)
        if image is None:
            raise invalid("ovfId", f"No uploaded image {ovf_id} in {dc}.")
        tpl = next(
            (
                t
                for t in state.templates(dc)
                if "importVM" in t["capabilities"] and t["osType"].lower() == ovf_os_type.lower()
            ),
            None,
        )
        if tpl is None:
            raise invalid("ovfOsType", f"{ovf_os_type} cannot be imported in {dc}.")
        net = self.pick_network(group, new.network_id)
        values = self.backend.accounts.custom_field_values(new.custom_fields)
        full = next_name(state, dc, new.name)
        windows = tpl["osType"].startswith("windows")
        disks, parts = disks_for(image["storageSizeGB"], windows)
        rec = self._record(
            new, full, group, tpl["osType"], os_label(tpl["description"]), disks, parts
        )
        rec["customFields"] = values
        rec["primaryIP"] = state.allocate_ip(net, full)
        rec["networkId"] = net["id"]
        return rec, self.queue_build(rec)

    # -- the server's life -----------------------------------------------------------------

    def delete(self, sid: str, *, by_uuid: bool = False) -> tuple[Rec, str]:
        rec = self.get(sid, by_uuid=by_uuid)
        if rec["status"] in BUILDING:
            raise ApiError(
                400, f"Server {rec['name']} is {rec['status']} and cannot be deleted now."
            )
        previous = rec["status"]
        rec["status"] = "queuedForDelete"
        jid = self.submit(
            rec["locationId"],
            [["server.delete", rec["id"]]],
            on_fail=[["server.set", rec["id"], {"status": previous}]],
        )
        return rec, jid

    def change(self, rec: Rec, change: ServerChange) -> str | None:
        """Apply a PATCH; returns the job of the changes that need one (cpu, memory, disks...)."""
        state = self.state
        now_changes: Rec = {}
        later: Rec = {}
        errors: dict[str, list[str]] = {}
        if change.cpu is not None:
            later["cpu"] = change.cpu
        if change.memory_gb is not None:
            later["memoryMB"] = change.memory_gb * 1024
        if change.description is not None:
            now_changes["description"] = change.description
        move_to: str | None = None
        if change.group_id is not None:
            g = state.data["groups"].get(change.group_id.lower())
            if g is None or g["locationId"] != rec["locationId"] or g["type"] != "default":
                errors["body.groupId"] = [
                    f"Unknown group {change.group_id} in {rec['locationId']}."
                ]
            else:
                move_to = g["id"]
        if change.custom_fields is not None:
            now_changes["customFields"] = self.backend.accounts.custom_field_values(
                change.custom_fields
            )
        if change.disks is not None:
            disks = apply_disks(change.disks, rec["disks"], "disks")
            kept = {d["id"] for d in disks}
            if "0:0" in {d["id"] for d in rec["disks"]} - kept:
                errors["body.disks"] = ["The operating system disk cannot be removed."]
            later["disks"] = disks
        if change.password is not None:
            current, new_password = change.password
            if current != rec["password"]:
                errors["body.password"] = ["The current password does not match."]
            later["password"] = new_password
        if errors:
            raise ApiError(400, "The request is invalid.", errors)
        if later:
            require_active(rec)
        rec.update(now_changes)
        if move_to is not None and move_to != rec["groupId"]:
            state.move_server(rec, move_to)
        state.touch(rec)
        if not later:
            return None
        return self.submit(rec["locationId"], [["server.set", rec["id"], later]])

    def credentials(self, rec: Rec) -> Rec:
        user = "Administrator" if rec["os"].startswith("windows") else "root"
        return {"userName": user, "password": rec["password"]}

    def restore(self, rec: Rec, target_id: str) -> str:
        """Bring an archived server back into ``target_id``."""
        g = self.state.data["groups"].get(target_id.lower())
        if g is None or g["locationId"] != rec["locationId"] or g["type"] != "default":
            raise invalid("targetGroupId", f"Unknown group {target_id}.")
        if rec["status"] != "archived":
            raise ApiError(400, f"Server {rec['name']} is not archived.")
        rec["status"] = "queuedForRestore"
        return self.submit(
            rec["locationId"],
            [["server.restore", rec["id"], g["id"]]],
            on_fail=[["server.set", rec["id"], {"status": "archived"}]],
        )

    def snapshot(self, rec: Rec, snap_id: str) -> Rec:
        for snap in rec["snapshots"]:
            if snap["id"] == snap_id:
                return snap  # type: ignore[no-any-return]
        raise not_found(f"Snapshot {snap_id}")

    def delete_snapshot(self, rec: Rec, snap_id: str) -> str:
        snap = self.snapshot(rec, snap_id)
        return self.submit(rec["locationId"], [["server.deleteSnapshot", rec["id"], snap["id"]]])

    def revert_snapshot(self, rec: Rec, snap_id: str) -> str:
        snap = self.snapshot(rec, snap_id)
        require_active(rec)
        return self.submit(rec["locationId"], [["server.revertSnapshot", rec["id"], snap["id"]]])

    def convert_to_template(self, rec: Rec, visibility: str, description: str) -> str:
        require_active(rec)
        return self.submit(
            rec["locationId"], [["server.toTemplate", rec["id"], visibility, description]]
        )

    def capabilities(self, rec: Rec) -> Rec:
        windows = rec["os"].startswith("windows")
        tpl = self.state.template(
            rec["locationId"], "WIN2012R2DTC-64" if windows else "CENTOS-6-64-TEMPLATE"
        )
        return {
            "reservedDrivePaths": list(tpl["reservedDrivePaths"]) if tpl else [],
            "addingCpuRequiresReboot": False,
            "addingMemoryRequiresReboot": windows,
        }

    # -- scheduled activities --------------------------------------------------------------

    def scheduled_activities(self, rec: Rec) -> list[Rec]:
        return list(rec.get("scheduledActivities", []))

    def upcoming_activities(self, rec: Rec) -> list[Rec]:
        return upcoming(self.state, self.scheduled_activities(rec))

    def schedule(self, rec: Rec, fields: Rec) -> Rec:
        activity = new_activity(self.state, rec["locationId"], fields)
        rec.setdefault("scheduledActivities", []).append(activity)
        return activity
