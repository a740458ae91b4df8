"""Alert, anti-affinity, vertical autoscale and horizontal autoscale policies."""

from __future__ import annotations

from typing import Any

from ..backend.policies import ALERTS, ANTI_AFFINITY, AUTOSCALE, HORIZONTAL
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..views import policies as views

Rec = dict[str, Any]

_METRICS = ("cpu", "memory", "disk")


def _pid(ctx: Ctx) -> str:
    return ctx.params["policyId"]


def _percent(f: Fields, key: str) -> int | float | None:
    """The field as a percentage, 0 to 100; ``None`` (and an error) for anything else."""
    value = f.get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        f.error(key, "Expected a number.")
    elif not 0 <= value <= 100:
        f.error(key, "The threshold is a percentage, 0 to 100.")
    else:
        return value
    return None


# -- alert policies ------------------------------------------------------------------------


def _recipients(value: Any) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(r, str) for r in value):
        return list(value)
    return None


def _alert_fields(body: Any) -> Rec:
    """Name, email actions and triggers, in the form the API keeps them."""
    f = Fields(body)
    name = f.text("name", required=True, max_len=255)
    actions: list[Rec] = []
    for i, a in enumerate(f.array("actions", required=True)):
        settings = a.get("settings") if isinstance(a, dict) else None
        recipients = _recipients(settings.get("recipients")) if isinstance(settings, dict) else None
        if not isinstance(a, dict) or a.get("action") != "email":
            f.error(f"actions[{i}].action", "The only action is 'email'.")
        elif recipients is None:
            f.error(f"actions[{i}].settings.recipients", "Expected a list of addresses.")
        else:
            actions.append({"action": "email", "settings": {"recipients": recipients}})
    triggers: list[Rec] = []
    for i, t in enumerate(f.array("triggers", required=True)):
        sub = Fields(t if isinstance(t, dict) else {})
        metric = sub.text("metric", required=True, choices=_METRICS)
        duration = sub.text("duration", required=True, pattern=r"\d\d:\d\d:\d\d")
        threshold = _percent(sub, "threshold")
        f.adopt(sub, f"body.triggers[{i}]")
        if threshold is not None and not sub.errors:
            triggers.append({"metric": metric, "duration": duration, "threshold": float(threshold)})
    f.check()
    return {"name": name, "actions": actions, "triggers": triggers}


@route
def list_alert_policies(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, views.listing(b.state, ALERTS, b.policies.all(ALERTS), views.alert))


@route
def create_alert_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(201, views.alert(b.state, b.policies.create_alert(_alert_fields(ctx.body))))


@route
def get_alert_policy(ctx: Ctx) -> Reply:
    return Reply(200, views.alert(ctx.backend.state, ctx.backend.policies.get(ALERTS, _pid(ctx))))


@route
def update_alert_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    b.policies.get(ALERTS, _pid(ctx))  # 404 before the body's 400
    p = b.policies.update_alert(_pid(ctx), _alert_fields(ctx.body))
    return Reply(200, views.alert(b.state, p))


@route
def delete_alert_policy(ctx: Ctx) -> Reply:
    ctx.backend.policies.delete_alert(_pid(ctx))
    return Reply(204)


# -- anti-affinity policies ----------------------------------------------------------------


@route
def list_anti_affinity_policies(ctx: Ctx) -> Reply:
    b = ctx.backend
    items = b.policies.all(ANTI_AFFINITY)
    return Reply(200, views.listing(b.state, ANTI_AFFINITY, items, views.anti_affinity))


@route
def create_anti_affinity_policy(ctx: Ctx) -> Reply:
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    location = f.text("location", required=True)
    f.check()
    assert name is not None and location is not None
    b = ctx.backend
    return Reply(201, views.anti_affinity(b.state, b.policies.create_anti_affinity(name, location)))


@route
def get_anti_affinity_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, views.anti_affinity(b.state, b.policies.get(ANTI_AFFINITY, _pid(ctx))))


@route
def update_anti_affinity_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    b.policies.get(ANTI_AFFINITY, _pid(ctx))
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    f.check()
    assert name is not None
    return Reply(
        200, views.anti_affinity(b.state, b.policies.rename_anti_affinity(_pid(ctx), name))
    )


@route
def delete_anti_affinity_policy(ctx: Ctx) -> Reply:
    ctx.backend.policies.delete_anti_affinity(_pid(ctx))
    return Reply(204)


# -- vertical autoscale policies -----------------------------------------------------------


@route
def list_autoscale_policies(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, [views.autoscale(b.state, p) for p in b.policies.all(AUTOSCALE)])


@route
def get_autoscale_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, views.autoscale(b.state, b.policies.get(AUTOSCALE, _pid(ctx))))


# -- horizontal autoscale policies ---------------------------------------------------------

_THRESHOLD_PERIODS = ("00:05:00", "00:10:00", "00:15:00", "00:30:00")
_COOL_DOWN_PERIODS = ("00:15:00", "00:20:00", "00:30:00")
_SCALE_BY = (1, 2, 4)
_PERCENTS = ("cpuPercentThreshold", "memoryPercentThreshold")


def _scale_rule(f: Fields, name: str) -> Rec:
    raw = f.obj(name)
    if raw is None:
        if f"body.{name}" not in f.errors:  # obj() already said it is not an object
            f.error(name, f"The {name} field is required.")
        return {}
    sub = Fields(raw)
    scale_by = sub.integer("scaleBy", required=True)
    if scale_by is not None and scale_by not in _SCALE_BY:
        sub.error("scaleBy", "scaleBy must be 1, 2 or 4 servers.")
    percents = {key: _percent(sub, key) for key in _PERCENTS if sub.has(key)}
    if not percents:
        sub.error("cpuPercentThreshold", "Set cpuPercentThreshold, memoryPercentThreshold or both.")
    f.adopt(sub, f"body.{name}")
    return {"scaleBy": scale_by, **{k: v for k, v in percents.items() if v is not None}}


def _horizontal_fields(body: Any) -> Rec:
    f = Fields(body)
    name = f.text("name", required=True, max_len=255)
    minimum = f.integer("minimumServerCount", lo=1, hi=100)
    threshold = f.text("thresholdPeriod", choices=_THRESHOLD_PERIODS)
    cool_down = f.text("coolDownPeriod", choices=_COOL_DOWN_PERIODS)
    scale_out = _scale_rule(f, "scaleOut")
    scale_in = _scale_rule(f, "scaleIn")
    for key in _PERCENTS:
        if key in scale_out and key in scale_in and scale_in[key] >= scale_out[key]:
            f.error(f"scaleIn.{key}", "The scale-in threshold must be below the scale-out one.")
    f.check()
    return {
        "name": name,
        "minimumServerCount": 1 if minimum is None else minimum,
        "thresholdPeriod": threshold or "00:15:00",
        "coolDownPeriod": cool_down or "00:15:00",
        "scaleOut": scale_out,
        "scaleIn": scale_in,
    }


@route
def list_horizontal_autoscale_policies(ctx: Ctx) -> Reply:
    b = ctx.backend
    items = b.policies.all(HORIZONTAL)
    return Reply(200, views.listing(b.state, HORIZONTAL, items, views.horizontal))


@route
def create_horizontal_autoscale_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    p = b.policies.create_horizontal(_horizontal_fields(ctx.body))
    return Reply(201, views.horizontal(b.state, p))


@route
def get_horizontal_autoscale_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    return Reply(200, views.horizontal(b.state, b.policies.get(HORIZONTAL, _pid(ctx))))


@route
def update_horizontal_autoscale_policy(ctx: Ctx) -> Reply:
    b = ctx.backend
    b.policies.get(HORIZONTAL, _pid(ctx))
    p = b.policies.update_horizontal(_pid(ctx), _horizontal_fields(ctx.body))
    return Reply(200, views.horizontal(b.state, p))


@route
def delete_horizontal_autoscale_policy(ctx: Ctx) -> Reply:
    ctx.backend.policies.delete_horizontal(_pid(ctx))
    return Reply(204)
