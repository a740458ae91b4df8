"""The server details a ``GET group?serverDetail=detailed`` embeds, kept for ``Group.Servers()``.

Groups are read plainly (``Group(id)``, ``Refresh()``, ``Datacenter.RootGroup()``): the
tree of subgroups with ``server`` links, no server details. The first
``Group.Servers().Servers()`` of a group reads that group once with
``serverDetail=detailed``; the API then returns the group's whole subtree with every
group's servers in full (``servers``) and no ``server`` links. :func:`file_servers` files
each group's server models in an :class:`EmbeddedServers` that a group shares with every
subgroup built from it (before or after the read), so the groups below it load their
servers with no request. A walk of a data center that asks a group for its servers before its
subgroups then costs one detailed read in all; any other order at most one per group.

Freshness: a group's entry is taken by the first ``Group.Servers()`` after the read
(operations on the group's servers go through ``Servers()`` and so take it too); any
later call reads the servers afresh, as 2.51 did on every call. ``Refresh()`` drops the
entries of the group and of the groups below it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from clc.v2.resource import given, links_to, listed

if TYPE_CHECKING:
    from clc_generated.models import Group as GroupModel
    from clc_generated.models import Server as ServerModel

Details = list["ServerModel"]


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


def walk(group: GroupModel) -> Iterator[GroupModel]:
    """``group`` and every group below it, parents first."""
    yield group
    for child in listed(group.groups):
        yield from walk(child)


def file_servers(tree: GroupModel, into: EmbeddedServers) -> None:
    """File the server details a detailed read embeds in ``tree``, group by group."""
    for group in walk(tree):
        if not isinstance(group.servers, list):
            continue  # a plain read: nothing embedded
        into.put(given(group.id) or "", list(group.servers))


def subtree_ids(group: GroupModel) -> list[str]:
    """The ids of ``group`` and of every group below it."""
    return [given(g.id) or "" for g in walk(group)]


def server_ids(group: GroupModel) -> list[str]:
    """The ids of the servers directly in ``group``: its ``server`` links, or (after a
    detailed read) its embedded servers' names."""
    if isinstance(group.servers, list):
        return [name for s in group.servers if (name := given(s.name) or given(s.id))]
    return [link_id for link in links_to(group.links, "server") if (link_id := given(link.id))]


def servers_below(group: GroupModel) -> bool:
    """Whether any group below ``group`` holds a server."""
    return any(server_ids(g) for g in walk(group) if g is not group)
