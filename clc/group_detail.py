"""The server details a ``GET group?serverDetail=detailed`` embeds, kept for ``Group.Servers()``.

With ``serverDetail=detailed`` the API returns the group's whole tree with every group's
servers in full (``servers``), and lists no ``server`` links. :func:`split` turns such a
tree back into what a plain ``GET group`` returns (the ``server`` links, no
``servers``), so ``Group.data`` reads as it did in 2.51, and files each group's server
details in an :class:`EmbeddedServers` shared by every ``Group`` built from that
response. A walk of a data center then costs one request for the whole tree.

Freshness: a group's entry is taken by the first ``Group.Servers()`` after the load
(operations on the group's servers go through ``Servers()`` and so take it too); any
later call reads the servers afresh, as 2.51 did on every call. ``Refresh()`` re-reads.
"""

from __future__ import annotations

import threading
from typing import Any

from clc._base import links_of

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

    def __len__(self) -> int:
        with self._lock:
            return len(self._by_group)


def split(tree: dict[str, Any]) -> tuple[dict[str, Any], EmbeddedServers | None]:
    """``tree`` as a plain ``GET group`` returns it, and the details it embedded.

    The second value is ``None`` when ``tree`` embeds no servers (a plain response, or
    a group from ``POST``). Dicts holding nothing to take out are reused, not copied.
    """
    embedded = EmbeddedServers()
    plain = _plain(tree, embedded)
    return plain, (embedded if len(embedded) else None)


def _plain(group: dict[str, Any], embedded: EmbeddedServers) -> dict[str, Any]:
    out = group
    servers = group.get("servers")
    if isinstance(servers, list):
        out = {k: v for k, v in group.items() if k != "servers"}
        embedded.put(str(group.get("id") or ""), [s for s in servers if isinstance(s, dict)])
        if not links_of(out, "server"):
            out["links"] = [*(out.get("links") or []), *(_server_link(s) for s in servers)]
    children = group.get("groups")
    if isinstance(children, list):
        plain = [_plain(c, embedded) if isinstance(c, dict) else c for c in children]
        if any(p is not c for p, c in zip(plain, children, strict=True)):
            out = out if out is not group else dict(group)
            out["groups"] = plain
    return out


def _server_link(server: Any) -> dict[str, Any]:
    """The ``server`` link a plain ``GET group`` lists: the server's own URL, its name."""
    data = server if isinstance(server, dict) else {}
    link: dict[str, Any] = {"rel": "server"}
    own = links_of(data, "self")
    if own and own[0].get("href"):
        link["href"] = own[0]["href"]
    link["id"] = data.get("name") or data.get("id")
    return link
