"""Alert, anti-affinity, vertical autoscale and horizontal autoscale policies."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from .. import render
from ..errors import invalid, not_found
from ..fields import Fields
from ..routing import Ctx, Reply, route
from ..state import State

Rec = dict[str, Any]

_METRICS = ("cpu", "memory", "disk")


def _alias(ctx: Ctx) -> State:
    ctx.state.check_alias(ctx.params["accountAlias"])
    return ctx.state


def _table(state: State, kind: str) -> dict[str, Rec]:
    """The policies of one kind, keyed by id; ``kind`` is also the path's first segment."""
    # setdefault: a state file saved before horizontal autoscale policies existed lacks the key.
    return state.data.setdefault(kind, {})  # type: ignore[no-any-return]


def _find(ctx: Ctx, kind: str, label: str) -> Rec:
    """The policy the path names, or a 404 that calls it ``label``."""
    p = _table(_alias(ctx), kind).get(ctx.params["policyId"].lower())
    if p is None:
        raise not_found(f"{label} {ctx.params['policyId']}")
    return p


def _listing(ctx: Ctx, kind: str, view: Callable[[State, Rec], Rec]) -> Reply:
    """The account's policies of one kind, with the link to create another."""
    state = _alias(ctx)
    href = f"/v2/{kind}/{state.alias_lower}"
    return Reply(
        200,
        {
            "items": [view(state, p) for p in _table(state, kind).values()],
            "links": [render.link("self", href, verbs=["GET", "POST"])],
        },
    )


def _percent(f: Fields, key: str) -> float | None:
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


def _alert_view(state: State, p: Rec) -> Rec:
    return {
        "id": p["id"],
        "name": p["name"],
        "actions": copy.deepcopy(p["actions"]),
        "links": [
            render.link(
                "self",
                f"/v2/alertPolicies/{state.alias_lower}/{p['id']}",
                verbs=["GET", "DELETE", "PUT"],
            )
        ],
        "triggers": copy.deepcopy(p["triggers"]),
    }


def _read_alert(ctx: Ctx) -> Rec:
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    actions = f.array("actions", required=True)
    triggers = f.array("triggers", required=True)
    for i, a in enumerate(actions):
        if not isinstance(a, dict) or a.get("action") != "email":
            f.error(f"actions[{i}].action", "The only action is 'email'.")
        elif not isinstance((a.get("settings") or {}).get("recipients"), list):
            f.error(f"actions[{i}].settings.recipients", "Expected a list of addresses.")
    clean: list[Rec] = []
    for i, t in enumerate(triggers):
        sub = Fields(t if isinstance(t, dict) else {})
        metric = sub.text("metric", required=True, choices=_METRICS)
        duration = sub.text("duration", required=True, pattern=r"\d\d:\d\d:\d\d")
        threshold = _percent(sub, "threshold")
        f.adopt(sub, f"body.triggers[{i}]")
        if threshold is not None and not sub.errors:
            clean.append({"metric": metric, "duration": duration, "threshold": float(threshold)})
    f.check()
    return {"name": name, "actions": actions, "triggers": clean}


@route("GET", "/v2/alertPolicies/{accountAlias}")
def list_alert_policies(ctx: Ctx) -> Reply:
    return _listing(ctx, "alertPolicies", _alert_view)


@route("POST", "/v2/alertPolicies/{accountAlias}")
def create_alert_policy(ctx: Ctx) -> Reply:
    state = _alias(ctx)
    p = _read_alert(ctx)
    p["id"] = state.new_id()
    state.data["alertPolicies"][p["id"]] = p
    state.dirty = True
    return Reply(201, _alert_view(state, p))


def _alert(ctx: Ctx) -> Rec:
    return _find(ctx, "alertPolicies", "Alert policy")


@route("GET", "/v2/alertPolicies/{accountAlias}/{policyId}")
def get_alert_policy(ctx: Ctx) -> Reply:
    return Reply(200, _alert_view(ctx.state, _alert(ctx)))


@route("PUT", "/v2/alertPolicies/{accountAlias}/{policyId}")
def update_alert_policy(ctx: Ctx) -> Reply:
    p = _alert(ctx)
    p.update(_read_alert(ctx))
    ctx.state.dirty = True
    return Reply(200, _alert_view(ctx.state, p))


@route("DELETE", "/v2/alertPolicies/{accountAlias}/{policyId}")
def delete_alert_policy(ctx: Ctx) -> Reply:
    p = _alert(ctx)
    state = ctx.state
    del state.data["alertPolicies"][p["id"]]
    for s in state.data["servers"].values():
        if p["id"] in s["alertPolicies"]:
            s["alertPolicies"].remove(p["id"])
    state.dirty = True
    return Reply(204)


# -- anti-affinity policies ----------------------------------------------------------------


def _affinity_view(state: State, p: Rec) -> Rec:
    a = state.alias_lower
    dc = state.data["datacenters"][p["location"]]
    out: Rec = {
        "id": p["id"],
        "name": p["name"],
        "location": p["location"],
        "links": [
            render.link(
                "self", f"/v2/antiAffinityPolicies/{a}/{p['id']}", verbs=["GET", "DELETE", "PUT"]
            ),
            {
                "rel": "location",
                "href": f"/v2/datacenters/{a}/{p['location']}",
                "id": p["location"].lower(),
                "name": dc["name"],
            },
        ],
    }
    for sid in p["servers"]:
        s = state.data["servers"].get(sid)
        if s is not None:
            out["links"].append(render.link("server", f"/v2/servers/{a}/{sid}", id=s["name"]))
    return out


@route("GET", "/v2/antiAffinityPolicies/{accountAlias}")
def list_anti_affinity(ctx: Ctx) -> Reply:
    return _listing(ctx, "antiAffinityPolicies", _affinity_view)


@route("POST", "/v2/antiAffinityPolicies/{accountAlias}")
def create_anti_affinity(ctx: Ctx) -> Reply:
    state = _alias(ctx)
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    location = f.text("location", required=True)
    f.check()
    assert location is not None
    if location.upper() not in state.data["datacenters"]:
        raise invalid("location", f"Unknown data center {location}.")
    pid = state.new_id()
    p: Rec = {"id": pid, "name": name, "location": location.upper(), "servers": []}
    state.data["antiAffinityPolicies"][pid] = p
    state.dirty = True
    return Reply(201, _affinity_view(state, p))


def _affinity(ctx: Ctx) -> Rec:
    return _find(ctx, "antiAffinityPolicies", "Anti-affinity policy")


@route("GET", "/v2/antiAffinityPolicies/{accountAlias}/{policyId}")
def get_anti_affinity(ctx: Ctx) -> Reply:
    return Reply(200, _affinity_view(ctx.state, _affinity(ctx)))


@route("PUT", "/v2/antiAffinityPolicies/{accountAlias}/{policyId}")
def update_anti_affinity(ctx: Ctx) -> Reply:
    p = _affinity(ctx)
    f = Fields(ctx.body)
    name = f.text("name", required=True, max_len=255)
    f.check()
    p["name"] = name
    ctx.state.dirty = True
    return Reply(200, _affinity_view(ctx.state, p))


@route("DELETE", "/v2/antiAffinityPolicies/{accountAlias}/{policyId}")
def delete_anti_affinity(ctx: Ctx) -> Reply:
    p = _affinity(ctx)
    if p["servers"]:
        raise invalid("policyId", "A policy that servers still use cannot be deleted.")
    del ctx.state.data["antiAffinityPolicies"][p["id"]]
    ctx.state.dirty = True
    return Reply(204)


# -- autoscale policies --------------------------------------------------------------------


def _autoscale_view(state: State, p: Rec) -> Rec:
    out = copy.deepcopy(p)
    out["links"] = [render.link("self", f"/v2/autoscalePolicies/{state.alias_lower}/{p['id']}")]
    return out


@route("GET", "/v2/autoscalePolicies/{accountAlias}")
def list_autoscale(ctx: Ctx) -> Reply:
    state = _alias(ctx)
    return Reply(200, [_autoscale_view(state, p) for p in state.data["autoscalePolicies"].values()])


@route("GET", "/v2/autoscalePolicies/{accountAlias}/{policyId}")
def get_autoscale(ctx: Ctx) -> Reply:
    return Reply(
        200, _autoscale_view(ctx.state, _find(ctx, "autoscalePolicies", "Autoscale policy"))
    )


# -- horizontal autoscale policies ---------------------------------------------------------

_THRESHOLD_PERIODS = ("00:05:00", "00:10:00", "00:15:00", "00:30:00")
_COOL_DOWN_PERIODS = ("00:15:00", "00:20:00", "00:30:00")
_SCALE_BY = (1, 2, 4)
_PERCENTS = ("cpuPercentThreshold", "memoryPercentThreshold")


def _horizontal(state: State) -> dict[str, Rec]:
    return _table(state, "horizontalAutoscalePolicies")


def _horizontal_view(state: State, p: Rec) -> Rec:
    out = copy.deepcopy(p)
    out["links"] = [
        render.link(
            "self",
            f"/v2/horizontalAutoscalePolicies/{state.alias_lower}/{p['id']}",
            verbs=["GET", "PUT", "DELETE"],
        )
    ]
    return out


def _scale_rule(f: Fields, name: str) -> Rec:
    rule: Rec = {}
    raw = f.obj(name)
    if raw is None:
        if f"body.{name}" not in f.errors:  # obj() already said it is not an object
            f.error(name, f"The {name} field is required.")
        return rule
    sub = Fields(raw)
    scale_by = sub.integer("scaleBy", required=True)
    if scale_by is not None and scale_by not in _SCALE_BY:
        sub.error("scaleBy", "scaleBy must be 1, 2 or 4 servers.")
    rule["scaleBy"] = scale_by
    for key in _PERCENTS:
        value = _percent(sub, key) if sub.has(key) else None
        if value is not None:
            rule[key] = value
    if not any(sub.has(k) for k in _PERCENTS):
        sub.error("cpuPercentThreshold", "Set cpuPercentThreshold, memoryPercentThreshold or both.")
    f.adopt(sub, f"body.{name}")
    return rule


def _read_horizontal(ctx: Ctx) -> Rec:
    f = Fields(ctx.body)
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


def _horizontal_policy(ctx: Ctx) -> Rec:
    return _find(ctx, "horizontalAutoscalePolicies", "Horizontal autoscale policy")


@route("GET", "/v2/horizontalAutoscalePolicies/{accountAlias}")
def list_horizontal_autoscale(ctx: Ctx) -> Reply:
    return _listing(ctx, "horizontalAutoscalePolicies", _horizontal_view)


@route("POST", "/v2/horizontalAutoscalePolicies/{accountAlias}")
def create_horizontal_autoscale(ctx: Ctx) -> Reply:
    state = _alias(ctx)
    p = _read_horizontal(ctx)
    p = {"id": state.new_id(), **p}
    _horizontal(state)[p["id"]] = p
    state.dirty = True
    return Reply(201, _horizontal_view(state, p))


@route("GET", "/v2/horizontalAutoscalePolicies/{accountAlias}/{policyId}")
def get_horizontal_autoscale(ctx: Ctx) -> Reply:
    return Reply(200, _horizontal_view(ctx.state, _horizontal_policy(ctx)))


@route("PUT", "/v2/horizontalAutoscalePolicies/{accountAlias}/{policyId}")
def update_horizontal_autoscale(ctx: Ctx) -> Reply:
    p = _horizontal_policy(ctx)
    p.update(_read_horizontal(ctx))
    ctx.state.dirty = True
    return Reply(200, _horizontal_view(ctx.state, p))


@route("DELETE", "/v2/horizontalAutoscalePolicies/{accountAlias}/{policyId}")
def delete_horizontal_autoscale(ctx: Ctx) -> Reply:
    p = _horizontal_policy(ctx)
    state = ctx.state
    if any(g.get("horizontalAutoscalePolicy") == p["id"] for g in state.data["groups"].values()):
        raise invalid("policyId", "A policy that groups still use cannot be deleted.")
    del _horizontal(state)[p["id"]]
    state.dirty = True
    return Reply(204)
