"""``clc datacenter``: the account's data centers and what they offer."""

from __future__ import annotations

import click

from clc.cli import lookup, records
from clc.cli.invocation import Invocation, command_options


@click.group(name="datacenter")
def datacenter() -> None:
    """Data centers and their templates."""


@datacenter.command(name="list")
@command_options
def list_datacenters(inv: Invocation) -> None:
    """List the data centers of the account."""
    rows = [records.datacenter(dc) for dc in lookup.datacenters(inv.session)]
    inv.emit(rows, columns=records.DATACENTER_COLUMNS)


@datacenter.command(name="templates")
@click.argument("dc", metavar="DC", required=False)
@command_options
def list_templates(inv: Invocation, dc: str | None) -> None:
    """List the templates servers can be built from in DC (default: the account's)."""
    session = inv.session
    found = lookup.datacenters(session, dc or session.location)[0]
    rows = [records.template(t) for t in found.Templates()]
    inv.emit(rows, columns=records.TEMPLATE_COLUMNS)
