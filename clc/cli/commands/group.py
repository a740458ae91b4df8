"""``clc group``: list, tree, create and delete groups, on the object model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from clc.cli import lookup, records, render
from clc.cli.invocation import Invocation, command_options
from clc.cli.progress import WaitOptions, wait_options
from clc.cli.waiting import report_requests

if TYPE_CHECKING:
    from rich.console import RenderableType

    from clc.v2 import Group


@click.group(name="group")
def group() -> None:
    """Groups: list, tree, create, delete."""


@group.command(name="list")
@click.option("--datacenter", "-d", metavar="DC", help="Only this data center.")
@command_options
def list_groups(inv: Invocation, datacenter: str | None) -> None:
    """List every group with its id, location, server count and parent."""
    rows = [
        records.group(item, parent.name if parent else None)
        for dc in lookup.datacenters(inv.session, datacenter)
        for item, parent in lookup.walk(dc.RootGroup())
    ]
    inv.emit(rows, columns=records.GROUP_COLUMNS)


def _tree(item: Group) -> dict[str, Any]:
    return {
        "name": item.name,
        "id": item.id,
        "location": item.location_id,
        "servers": list(item.Servers().servers_lst),
        "groups": [_tree(child) for child in item.Subgroups()],
    }


def _label(node: dict[str, Any]) -> str:
    count = len(node["servers"])
    return f"{node['name']} ({node['id']}) {count} server{'' if count == 1 else 's'}"


def _rich_tree(roots: list[dict[str, Any]]) -> RenderableType:
    from rich.console import Group as Stack
    from rich.markup import escape
    from rich.tree import Tree

    def add(branch: Tree, node: dict[str, Any]) -> None:
        for name in node["servers"]:
            branch.add(f"[dim]{escape(name)}[/dim]")
        for child in node["groups"]:
            add(branch.add(f"[bold]{escape(_label(child))}[/bold]"), child)

    trees = []
    for root in roots:
        tree = Tree(f"[bold]{escape(_label(root))}[/bold]")
        add(tree, root)
        trees.append(tree)
    return Stack(*trees)


def _text_tree(roots: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []

    def add(node: dict[str, Any], depth: int) -> None:
        lines.append("  " * depth + _label(node))
        lines.extend("  " * (depth + 1) + name for name in node["servers"])
        for child in node["groups"]:
            add(child, depth + 1)

    for root in roots:
        add(root, 0)
    return lines


@group.command(name="tree")
@click.option("--datacenter", "-d", metavar="DC", help="Only this data center.")
@command_options
def group_tree(inv: Invocation, datacenter: str | None) -> None:
    """Show the groups of each data center as a tree, with their servers."""
    roots = [_tree(dc.RootGroup()) for dc in lookup.datacenters(inv.session, datacenter)]
    inv.emit(roots, human=render.Human(table=_rich_tree, text=_text_tree))


@group.command(name="create")
@click.argument("name")
@click.option(
    "--parent",
    "parent_ref",
    metavar="GROUP",
    help="Parent group id or name (default: the data center's top group).",
)
@click.option("--datacenter", "-d", metavar="DC", help="Data center (default: the account's).")
@click.option("--description", help="Free text.")
@command_options
def create_group(
    inv: Invocation,
    name: str,
    parent_ref: str | None,
    datacenter: str | None,
    description: str | None,
) -> None:
    """Create a group (at once: no queued work)."""
    import clc.v2

    session = inv.session
    if parent_ref:
        parent = lookup.group(session, parent_ref, datacenter)
    else:
        dc = lookup.datacenters(session, datacenter or session.location)[0]
        parent = dc.RootGroup()
    created = parent.Create(name, description=description)
    fresh = clc.v2.Group(created.id, session=session)
    inv.emit(records.group(fresh, parent.name), columns=records.GROUP_COLUMNS)


@group.command(name="delete")
@click.argument("group_ref", metavar="GROUP")
@click.option("--datacenter", "-d", metavar="DC", help="Where to look the group name up.")
@wait_options()
@command_options
def delete_group(
    inv: Invocation,
    group_ref: str,
    datacenter: str | None,
    wait: bool,
    timeout: float | None,
    poll_interval: float,
) -> None:
    """Delete a group with everything in it (queued; --wait waits until it is gone)."""
    target = lookup.group(inv.session, group_ref, datacenter)
    options = WaitOptions(timeout, poll_interval) if wait else None
    report_requests(inv, target.Delete(), options, f"deleting {target.name}")
