"""Finding what a command names: data centers, groups (by id or name), templates, networks.

A name that matches nothing is a :class:`NotFoundException` (exit code 3); a group name
that matches several groups is a usage error listing their ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from clc.errors import InvalidArgumentException, NotFoundException

if TYPE_CHECKING:
    from clc.session import Session
    from clc.v2 import Datacenter, Group, Network, Template

_GROUP_ID = re.compile(r"^[0-9a-fA-F]{32}$")


def datacenters(session: Session, only: str | None = None) -> list[Datacenter]:
    """Every data center of the account, or just ``only`` (checked against the list)."""
    import clc.v2

    found = clc.v2.Datacenter.Datacenters(session=session)
    if only is None:
        return found
    chosen = [dc for dc in found if dc.location.lower() == only.lower()]
    if not chosen:
        known = ", ".join(dc.location for dc in found)
        raise NotFoundException(f"no data center {only!r} in this account (known: {known})")
    return chosen


def walk(group: Group, parent: Group | None = None) -> Iterator[tuple[Group, Group | None]]:
    """``group`` and every group below it, each with its parent (no request)."""
    yield group, parent
    for child in group.Subgroups():
        yield from walk(child, group)


def group(session: Session, ref: str, datacenter: str | None = None) -> Group:
    """The group whose id is ``ref``, or whose name is ``ref`` (ignoring case)."""
    import clc.v2

    if _GROUP_ID.match(ref):
        return clc.v2.Group(ref.lower(), session=session)
    matches = [
        g
        for dc in datacenters(session, datacenter)
        for g, _ in walk(dc.RootGroup())
        if g.name.lower() == ref.lower()
    ]
    where = f" in {datacenter.upper()}" if datacenter else ""
    if not matches:
        raise NotFoundException(f"no group named {ref!r}{where}")
    if len(matches) > 1:
        ids = ", ".join(f"{g.id} ({g.location_id})" for g in matches)
        raise InvalidArgumentException(
            f"{len(matches)} groups are named {ref!r}{where}: give one id of {ids}"
        )
    return matches[0]


def template(dc: Datacenter, ref: str) -> Template:
    """The template named ``ref``, else the one template whose name or description
    contains it."""
    templates = dc.Templates()
    exact = templates.Get(ref)
    if exact is not None:
        return exact
    found = templates.Search(ref)
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundException(f"no template matches {ref!r} in {dc.location}")
    names = ", ".join(t.name for t in found)
    raise InvalidArgumentException(
        f"{len(found)} templates in {dc.location} match {ref!r}: {names}"
    )


def network(dc: Datacenter, ref: str) -> Network:
    found = dc.Networks().Get(ref)
    if found is None:
        raise NotFoundException(f"no network {ref!r} in {dc.location}")
    return found
