"""The server details a ``GET group?serverDetail=detailed`` embeds, kept for ``Group.Servers()``.

Groups are read plainly (``Group(id)``, ``Refresh()``, ``Datacenter.RootGroup()``): the
tree of subgroups with ``server`` links, no server details. The first
``Group.Servers().Servers()`` of a group reads that group once with
``serverDetail=detailed``; the API then returns the group's whole subtree with every
group's servers in full (``servers``) and no ``server`` links. :func:`split` files each
group's details in an :class:`EmbeddedServers` that a group shares with every subgroup
built from it (before or after the read), so the groups below it load their servers
with no request. A walk of a data center that asks a group for its servers before its
subgroups then costs one detailed read in all; any other order at most one per group.

Freshness: a group's entry is taken by the first ``Group.Servers()`` after the read
(operations on the group's servers go through ``Servers()`` and so take it too); any
later call reads the servers afresh, as 2.51 did on every call. ``Refresh()`` drops the
entries of the group and of the groups below it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from clc.v2.resource import links_of

Details = list[dict[str, Any]]


class EmbeddedServers:
    """Each group's embedded server details, by group id; each entry is taken once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_group: dict[str, Details] = {}

    def put(self, group_id: str, servers: Details) -> None:
        with self._lock:
            self._by_group[group_id.lower()] = servers

    def take(self, group_id: str) -> Details | None:
        """The group's server details, or ``None`` once taken (or never embedded)."""
        with self._lock:
            return self._by_group.pop(group_id.lower(), None)

    def update(self, other: EmbeddedServers) -> None:
        """File ``other``'s entries here, replacing older ones of the same groups."""
        with other._lock:
            entries = dict(other._by_group)
        with self._lock:
            self._by_group.update(entries)

    def discard(self, group_ids: Iterable[str]) -> None:
        with self._lock:
            for group_id in group_ids:
                self._by_group.pop(group_id.lower(), None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._by_group)


def split(tree: dict[str, Any], into: EmbeddedServers) -> dict[str, Any]:
    """``tree`` as a plain ``GET group`` returns it; the details it embeds go ``into``.

    Dicts holding nothing to take out (a plain response, a group from ``POST``) are
    reused, not copied.
    """
    out = tree
    servers = tree.get("servers")
    if isinstance(servers, list):
        out = {k: v for k, v in tree.items() if k != "servers"}
        into.put(str(tree.get("id") or ""), [s for s in servers if isinstance(s, dict)])
        if not links_of(out, "server"):
            out["links"] = [*(out.get("links") or []), *(_server_link(s) for s in servers)]
    children = tree.get("groups")
    if isinstance(children, list):
        plain = [split(c, into) if isinstance(c, dict) else c for c in children]
        if any(p is not c for p, c in zip(plain, children, strict=True)):
            out = out if out is not tree else dict(tree)
            out["groups"] = plain
    return out


def subtree_ids(group: dict[str, Any]) -> list[str]:
    """The ids of ``group`` (plain data) and of every group below it."""
    ids = [str(group.get("id") or "")]
    for child in group.get("groups") or []:
        if isinstance(child, dict):
            ids += subtree_ids(child)
    return ids


def servers_below(group: dict[str, Any]) -> bool:
    """Whether any group below ``group`` (plain data) lists a server."""
    return any(
        isinstance(child, dict) and (links_of(child, "server") or servers_below(child))
        for child in group.get("groups") or []
    )


def _server_link(server: Any) -> dict[str, Any]:
    """The ``server`` link a plain ``GET group`` lists: the server's own URL, its name."""
    data = server if isinstance(server, dict) else {}
    link: dict[str, Any] = {"rel": "server"}
    own = links_of(data, "self")
    if own and own[0].get("href"):
        link["href"] = own[0]["href"]
    link["id"] = data.get("name") or data.get("id")
    return link
