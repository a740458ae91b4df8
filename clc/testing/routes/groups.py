"""Groups: the tree, defaults, archive and restore, billing, statistics, activities."""

from __future__ import annotations

from ..errors import invalid
from ..fields import Fields, required_text
from ..routing import Ctx, Reply, route
from ..views import billing as billing_views
from ..views import groups as views
from ..views.common import link, status_link
from ._common import activity_fields, custom_field_inputs, patch_ops, status_reply


def _gid(ctx: Ctx) -> str:
    return ctx.params["groupId"]


@route
def get_group(ctx: Ctx) -> Reply:
    b = ctx.backend
    detailed = (ctx.query.get("serverdetail") or "").lower() == "detailed"
    return Reply(200, views.group(b.state, b.groups.get(_gid(ctx)), detailed=detailed))


@route
def create_group(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    description = f.text("description", max_len=255)
    parent_id = f.text("parentGroupId", required=True)
    f.check()
    assert name is not None and parent_id is not None
    b = ctx.backend
    g = b.groups.create(
        name,
        parent_id,
        description=description,
        custom_fields=custom_field_inputs(f.get("customFields")),
    )
    # The real API's create answer had no serversCount (a new group has no servers).
    return Reply(201, views.group(b.state, g, with_count=False))


@route
def delete_group(ctx: Ctx) -> Reply:
    return status_reply(ctx, ctx.backend.groups.delete(_gid(ctx)))


@route
def update_group(ctx: Ctx) -> Reply:
    name = description = parent_id = None
    custom_fields = None
    for member, value in patch_ops(ctx.body):
        key = member.lower()
        if key in ("name", "description"):
            if not isinstance(value, str) or (key == "name" and not value.strip()):
                raise invalid(member, f"The {member} must be a non-empty string.")
            if key == "name":
                name = value
            else:
                description = value
        elif key == "parentgroupid":
            parent_id = str(value)
        elif key == "customfields":
            custom_fields = custom_field_inputs(value)
        else:
            raise invalid(member, f"The member {member} cannot be changed.")
    ctx.backend.groups.update(
        _gid(ctx),
        name=name,
        description=description,
        parent_id=parent_id,
        custom_fields=custom_fields,
    )
    return Reply(204)


@route
def get_group_defaults(ctx: Ctx) -> Reply:
    return Reply(200, views.defaults(ctx.backend.groups.defaults(_gid(ctx))))


@route
def set_group_defaults(ctx: Ctx) -> Reply:
    b = ctx.backend
    f = Fields(ctx.body)
    new = {
        "cpu": f.integer("cpu", within=b.limits.cpu),
        "memoryGB": f.integer("memoryGB", within=b.limits.memory_gb),
        **{k: f.text(k) for k in ("networkId", "primaryDns", "secondaryDns", "templateName")},
    }
    f.check()
    values = b.groups.set_defaults(_gid(ctx), {k: v for k, v in new.items() if v is not None})
    return Reply(200, views.defaults(values))


@route
def archive_group(ctx: Ctx) -> Reply:
    return status_reply(ctx, ctx.backend.groups.archive(_gid(ctx)))


@route
def restore_group(ctx: Ctx) -> Reply:
    b = ctx.backend
    target, jid = b.groups.restore(_gid(ctx), required_text(ctx.body, "targetGroupId"))
    href = f"/v2/groups/{b.state.alias_lower}/{target['id']}"
    return Reply(202, {"isQueued": True, "links": [link("self", href), status_link(b.state, jid)]})


@route
def get_group_billing(ctx: Ctx) -> Reply:
    b = ctx.backend
    subtree = b.groups.subtree(_gid(ctx))
    return Reply(200, billing_views.group_billing(b.state, subtree, b.billing.hourly_cost))


@route
def get_group_statistics(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, billing_views.group_statistics(b.state, b.groups.subtree(_gid(ctx))))


@route
def get_group_horizontal_autoscale_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, views.horizontal_autoscale(b.state, b.groups.horizontal_autoscale(_gid(ctx))))


@route
def set_group_horizontal_autoscale_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    policy = required_text(ctx.body, "policyId", max_len=64)
    g = b.groups.set_horizontal_autoscale(_gid(ctx), policy)
    return Reply(200, views.horizontal_autoscale(b.state, g))


@route
def remove_group_horizontal_autoscale_policy(ctx: Ctx) -> Reply:
    ctx.backend.groups.remove_horizontal_autoscale(_gid(ctx))
    return Reply(204)


@route
def get_group_scheduled_activities(ctx: Ctx) -> Reply:
    return Reply(200, views.activities(ctx.backend.groups.scheduled_activities(_gid(ctx))))


@route
def set_group_scheduled_activities(ctx: Ctx) -> Reply:
    activity = ctx.backend.groups.schedule(_gid(ctx), activity_fields(ctx.body))
    return Reply(200, views.activities([activity])[0])


@route
def get_group_upcoming_scheduled_activities(ctx: Ctx) -> Reply:
    return Reply(200, views.activities(ctx.backend.groups.upcoming_activities(_gid(ctx))))
