"""Servers: create/clone, read, delete, change, credentials, restore, snapshots, templates
and scheduled activities. Public IPs and secondary networks are in ``server_addresses``,
policy mappings in ``server_policies``."""

from __future__ import annotations

from ..backend.servers import NewServer, ServerChange
from ..fields import Fields, required_text
from ..routing import Ctx, Reply, route
from ..views import billing as billing_views
from ..views import groups as group_views
from ..views import servers as views
from ._common import (
    Rec,
    activity_fields,
    custom_field_inputs,
    patch_ops,
    server,
    status_reply,
)
from ._server_bodies import SERVER_TYPES, STORAGE_TYPES, read_disks, read_name


@route
def create_server(ctx: Ctx) -> Reply:
    b = ctx.backend
    f = Fields(ctx.body)
    name = read_name(f, b.limits)
    description = f.text("description", max_len=255)
    group_id = f.text("groupId", required=True)
    source_id = f.text("sourceServerId", required=True)
    cpu = f.integer("cpu", required=True, within=b.limits.cpu)
    memory = f.integer("memoryGB", required=True, within=b.limits.memory_gb)
    stype = f.text("type", choices=SERVER_TYPES) or "standard"
    storage_type = f.text("storageType", choices=STORAGE_TYPES) or (
        "hyperscale" if stype == "hyperscale" else "standard"
    )
    f.array("packages")
    disks = read_disks(f, "additionalDisks", f.get("additionalDisks") or [], b.limits)
    new = NewServer(
        name=name or "",
        group_id=group_id or "",
        source_id=source_id or "",
        cpu=cpu or 0,
        memory_gb=memory or 0,
        description=description or "",
        type=stype,
        storage_type=storage_type,
        network_id=f.text("networkId"),
        ip_address=f.text("ipAddress"),
        password=f.text("password"),
        primary_dns=f.text("primaryDns"),
        secondary_dns=f.text("secondaryDns"),
        managed_os=f.flag("isManagedOS"),
        managed_backup=f.flag("isManagedBackup"),
        cpu_autoscale_policy_id=f.text("cpuAutoscalePolicyId"),
        anti_affinity_policy_id=f.text("antiAffinityPolicyId"),
        custom_fields=custom_field_inputs(f.get("customFields")),
        additional_disks=disks,
        ttl=f.text("ttl"),
    )
    f.check()
    rec, jid = b.servers.create(new)
    return Reply(202, views.queued_build(b.state, new.name, rec, jid))


@route
def get_server(ctx: Ctx) -> Reply:
    return Reply(200, views.server(ctx.backend.state, server(ctx)))


@route
def delete_server(ctx: Ctx) -> Reply:
    b = ctx.backend
    rec, jid = b.servers.delete(server(ctx)["id"])
    return Reply(202, views.queued_delete(b.state, rec, jid))


def _change(ctx: Ctx) -> ServerChange:
    """The PATCH body's changes, each checked for form."""
    limits = ctx.backend.limits
    change = ServerChange()
    f = Fields({})
    for member, value in patch_ops(ctx.body):
        key = member.lower()
        probe = Fields({member: value})
        if key == "cpu":
            change.cpu = probe.integer(member, required=True, within=limits.cpu)
        elif key in ("memory", "memorygb"):
            change.memory_gb = probe.integer(member, required=True, within=limits.memory_gb)
        elif key == "description":
            change.description = probe.text(member, max_len=255) or ""
        elif key == "groupid":
            change.group_id = str(value)
        elif key == "customfields":
            change.custom_fields = custom_field_inputs(value, member)
        elif key == "disks":
            change.disks = read_disks(probe, member, value, limits)
        elif key == "password":
            pw = value if isinstance(value, dict) else {}
            new_password = pw.get("password")
            if not isinstance(new_password, str) or len(new_password) < 8:
                probe.error(member, "The new password must be at least 8 characters long.")
            else:
                change.password = (str(pw.get("current")), new_password)
        else:
            probe.error(member, f"The member {member} cannot be changed.")
        f.adopt(probe, "body")
    f.check()
    return change


@route
def update_server(ctx: Ctx) -> Reply:
    jid = ctx.backend.servers.change(server(ctx), _change(ctx))
    return Reply(204) if jid is None else status_reply(ctx, jid)


@route
def get_server_credentials(ctx: Ctx) -> Reply:
    return Reply(200, views.credentials(ctx.backend.servers.credentials(server(ctx))))


@route
def restore_server(ctx: Ctx) -> Reply:
    target = required_text(ctx.body, "targetGroupId")
    return status_reply(ctx, ctx.backend.servers.restore(server(ctx), target))


@route
def delete_snapshot(ctx: Ctx) -> Reply:
    jid = ctx.backend.servers.delete_snapshot(server(ctx), ctx.params["snapshotId"])
    return status_reply(ctx, jid, 200)  # the API answered 200 here, not 202


@route
def restore_snapshot(ctx: Ctx) -> Reply:
    jid = ctx.backend.servers.revert_snapshot(server(ctx), ctx.params["snapshotId"])
    return status_reply(ctx, jid, 200)


@route
def convert_server_to_template(ctx: Ctx) -> Reply:
    rec = server(ctx)
    f = Fields(ctx.body)
    visibility = f.text("visibility", required=True, choices=("private", "privateShared"))
    description = f.text("description", max_len=255) or ""
    f.text("password")
    f.check()
    assert visibility is not None
    return status_reply(ctx, ctx.backend.servers.convert_to_template(rec, visibility, description))


@route
def get_server_capabilities(ctx: Ctx) -> Reply:
    return Reply(200, views.capabilities(ctx.backend.servers.capabilities(server(ctx))))


@route
def get_server_statistics(ctx: Ctx) -> Reply:
    return Reply(200, billing_views.server_stats(ctx.backend.state, server(ctx)))


def _server_or_uuid(ctx: Ctx) -> Rec:
    return ctx.backend.servers.by_name_or_uuid(ctx.params["serverId"])


@route
def get_server_scheduled_activities(ctx: Ctx) -> Reply:
    activities = ctx.backend.servers.scheduled_activities(_server_or_uuid(ctx))
    return Reply(200, group_views.activities(activities))


@route
def set_server_scheduled_activities(ctx: Ctx) -> Reply:
    activity = ctx.backend.servers.schedule(_server_or_uuid(ctx), activity_fields(ctx.body))
    return Reply(200, group_views.activities([activity])[0])


@route
def get_server_upcoming_scheduled_activities(ctx: Ctx) -> Reply:
    activities = ctx.backend.servers.upcoming_activities(_server_or_uuid(ctx))
    return Reply(200, group_views.activities(activities))
