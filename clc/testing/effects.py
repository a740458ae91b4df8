"""World changes that queued jobs make when they complete.

An effect is a JSON list ``[name, *args]`` stored with its job, so a persisted
world replays unfinished work after a restart. Effects tolerate objects that
disappeared meanwhile (a server deleted while its power job was queued).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .state import State

Rec = dict[str, Any]
Effect = Callable[..., None]

_REGISTRY: dict[str, Effect] = {}


def effect(name: str) -> Callable[[Effect], Effect]:
    def register(fn: Effect) -> Effect:
        _REGISTRY[name] = fn
        return fn

    return register


def apply(state: State, eff: list[Any]) -> None:
    _REGISTRY[eff[0]](state, *eff[1:])


def _server(state: State, sid: str) -> Rec | None:
    return state.find_server(sid)


@effect("server.set")
def _set(state: State, sid: str, fields: Rec) -> None:
    rec = _server(state, sid)
    if rec is not None:
        rec.update(fields)
        state.touch(rec)


@effect("server.discard")
def _discard(state: State, sid: str) -> None:
    state.remove_server(sid)


@effect("server.delete")
def _delete(state: State, sid: str) -> None:
    state.remove_server(sid)


@effect("server.archive")
def _archive(state: State, sid: str) -> None:
    rec = _server(state, sid)
    if rec is None:
        return
    rec.update(status="archived", powerState="stopped", archivedFrom=rec["groupId"])
    state.move_server(rec, state.special_group(rec["locationId"], "archive")["id"])
    state.touch(rec)


@effect("server.restore")
def _restore(state: State, sid: str, gid: str) -> None:
    rec = _server(state, sid)
    if rec is None:
        return
    rec.update(status="active", powerState="started")
    if gid in state.data["groups"]:
        state.move_server(rec, gid)
    state.touch(rec)


@effect("server.move")
def _move(state: State, sid: str, gid: str) -> None:
    rec = _server(state, sid)
    if rec is not None and gid in state.data["groups"]:
        state.move_server(rec, gid)
        state.touch(rec)


@effect("server.snapshot")
def _snapshot(state: State, sid: str, days: int) -> None:
    rec = _server(state, sid)
    if rec is None:
        return
    now = state.clock.now()
    snap_id = state.next_seq("snapshot")
    name = time.strftime("%Y-%m-%d.%H:%M:%S", time.gmtime(now))
    rec["snapshots"].append({"id": str(snap_id), "name": name, "expires": now + days * 86400})
    state.touch(rec)


@effect("server.deleteSnapshot")
def _delete_snapshot(state: State, sid: str, snap_id: str) -> None:
    rec = _server(state, sid)
    if rec is not None:
        rec["snapshots"] = [s for s in rec["snapshots"] if s["id"] != snap_id]
        state.touch(rec)


@effect("server.revertSnapshot")
def _revert_snapshot(state: State, sid: str, snap_id: str) -> None:
    rec = _server(state, sid)
    if rec is not None:
        rec["powerState"] = "started"
        state.touch(rec)


@effect("server.publicIp")
def _public_ip(state: State, sid: str, ip: str, body: Rec | None) -> None:
    """Add or replace (``body``) or remove (``None``) one public IP."""
    rec = _server(state, sid)
    if rec is None:
        return
    if body is None:
        rec["publicIPs"].pop(ip, None)
    else:
        rec["publicIPs"][ip] = body
    state.touch(rec)


@effect("server.nic")
def _nic(state: State, sid: str, nid: str, add: bool, wanted: str | None) -> None:
    rec = _server(state, sid)
    net = state.data["networks"].get(nid)
    if rec is None or net is None:
        return
    rec["secondaryNetworks"] = [n for n in rec["secondaryNetworks"] if n["networkId"] != nid]
    for addr in [a for a, who in net["addresses"].items() if who == rec["name"]]:
        if not add or addr not in [i["internal"] for i in rec["ipAddresses"]]:
            del net["addresses"][addr]
    if add:
        ip = state.allocate_ip(net, rec["name"], wanted)
        rec["secondaryNetworks"].append({"networkId": nid, "internal": ip})
    state.touch(rec)


@effect("server.toTemplate")
def _to_template(state: State, sid: str, visibility: str, description: str) -> None:
    from .world import template

    rec = _server(state, sid)
    if rec is None:
        return
    dc = rec["locationId"]
    rec.update(isTemplate=True, status="active", powerState="stopped")
    state.move_server(rec, state.special_group(dc, "templates")["id"])
    tpl = template(rec["name"], rec["os"], description or rec["description"], 17, ["cpuAutoscale"])
    tpl["visibility"] = visibility
    state.data["templates"][dc].append(tpl)
    state.touch(rec)


@effect("group.delete")
def _group_delete(state: State, gid: str) -> None:
    groups = state.data["groups"]
    if gid not in groups:
        return
    doomed = list(state.subtree(gid))
    for g in doomed:
        for sid in list(g["servers"]):
            state.remove_server(sid)
    parent = groups.get(doomed[0]["parentId"] or "")
    if parent and gid in parent["children"]:
        parent["children"].remove(gid)
    for g in doomed:
        groups.pop(g["id"], None)


@effect("group.set")
def _group_set(state: State, gid: str, fields: Rec) -> None:
    g = state.data["groups"].get(gid)
    if g is not None:
        g.update(fields)


@effect("network.set")
def _network_set(state: State, nid: str, fields: Rec) -> None:
    net = state.data["networks"].get(nid)
    if net is not None:
        net.update(fields)


@effect("network.drop")
def _network_drop(state: State, nid: str) -> None:
    state.data["networks"].pop(nid, None)
