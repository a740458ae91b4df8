"""``clc server``: list, get, create, delete and power servers, on the object model."""

from __future__ import annotations

from typing import Any

import click

from clc.cli import lookup, records
from clc.cli.invocation import Invocation, command_options
from clc.cli.progress import WaitOptions, wait_options
from clc.cli.waiting import report_requests


@click.group(name="server")
def server() -> None:
    """Servers: list, inspect, create, delete, power on and off."""


@server.command(name="list")
@click.option("--datacenter", "-d", metavar="DC", help="Only this data center (e.g. VA1).")
@click.option(
    "--group", "-g", "group_ref", metavar="GROUP", help="Only this group (id or name) and below."
)
@command_options
def list_servers(inv: Invocation, datacenter: str | None, group_ref: str | None) -> None:
    """List servers, with their group, power state, size and address."""
    session = inv.session
    if group_ref:
        roots = [lookup.group(session, group_ref, datacenter)]
    else:
        roots = [dc.RootGroup() for dc in lookup.datacenters(session, datacenter)]
    rows = [
        records.server(item, group.name)
        for root in roots
        for group, _ in lookup.walk(root)
        for item in group.Servers()
    ]
    inv.emit(rows, columns=records.SERVER_COLUMNS)


@server.command(name="get")
@click.argument("name")
@command_options
def get_server(inv: Invocation, name: str) -> None:
    """Show one server (NAME is its name, e.g. VA1DEMOWEB01)."""
    import clc.v2

    item = clc.v2.Server(name, session=inv.session)
    inv.emit(records.server(item, item.Group().name), columns=records.SERVER_COLUMNS)


@server.command(name="create")
@click.option(
    "--name",
    required=True,
    help="Base name, up to 6 characters; the API adds the data center, account and a number.",
)
@click.option(
    "--group", "-g", "group_ref", required=True, metavar="GROUP", help="Group id or name."
)
@click.option("--template", "-t", required=True, help="Template name, or a unique part of it.")
@click.option("--datacenter", "-d", metavar="DC", help="Where to look the group name up.")
@click.option(
    "--network",
    metavar="NETWORK",
    help="Network id, name or CIDR (default: the group's, else the data center's first).",
)
@click.option("--cpu", type=click.IntRange(1), help="CPU count (default: the group's).")
@click.option("--memory", type=click.IntRange(1), help="Memory in GB (default: the group's).")
@click.option("--description", help="Free text.")
@click.option(
    "--type",
    "server_type",
    type=click.Choice(["standard", "hyperscale"]),
    default="standard",
    show_default=True,
    help="Server type.",
)
@click.option(
    "--storage-type",
    type=click.Choice(["standard", "premium", "hyperscale"]),
    help="Storage (default: standard, or hyperscale for a hyperscale server).",
)
@wait_options()
@command_options
def create_server(
    inv: Invocation,
    name: str,
    group_ref: str,
    template: str,
    datacenter: str | None,
    network: str | None,
    cpu: int | None,
    memory: int | None,
    description: str | None,
    server_type: str,
    storage_type: str | None,
    wait: bool,
    timeout: float | None,
    poll_interval: float,
) -> None:
    """Queue a server build; with --wait, wait for it and show the new server."""
    import clc.v2

    session = inv.session
    group = lookup.group(session, group_ref, datacenter)
    dc = clc.v2.Datacenter(group.location_id, session=session)
    source = lookup.template(dc, template)
    net = lookup.network(dc, network) if network else None
    batch = clc.v2.Server.Create(
        name=name,
        template=source.id,
        group_id=group.id,
        network_id=net.id if net else None,
        cpu=cpu,
        memory=memory,
        description=description,
        type=server_type,
        storage_type=storage_type or ("hyperscale" if server_type == "hyperscale" else "standard"),
        session=session,
    )
    options = WaitOptions(timeout, poll_interval) if wait else None

    def show_server() -> None:
        inv.emit(records.server(batch.Server(), group.name), columns=records.SERVER_COLUMNS)

    report_requests(inv, batch, options, f"creating {name}", then=show_server)


@server.command(name="delete")
@click.argument("names", nargs=-1, required=True)
@wait_options()
@command_options
def delete_servers(
    inv: Invocation, names: tuple[str, ...], wait: bool, timeout: float | None, poll_interval: float
) -> None:
    """Delete servers (queued; --wait waits until they are gone)."""
    import clc.v2

    servers = clc.v2.Servers(list(names), session=inv.session).Servers()  # unknown: exit 3
    batch: Any = sum((item.Delete() for item in servers), clc.v2.Requests([], session=inv.session))
    options = WaitOptions(timeout, poll_interval) if wait else None
    report_requests(inv, batch, options, f"deleting {len(servers)} servers")


# command name -> (object model method, help)
POWER_COMMANDS = {
    "power-on": ("PowerOn", "Power servers on."),
    "power-off": ("PowerOff", "Power servers off (a hard stop; see shut-down)."),
    "shut-down": ("ShutDown", "Shut the guest OS of servers down."),
    "reboot": ("Reboot", "Reboot the guest OS of servers."),
    "reset": ("Reset", "Reset servers (a hard restart)."),
    "pause": ("Pause", "Pause servers."),
    "start-maintenance": ("StartMaintenance", "Put servers in maintenance mode."),
    "stop-maintenance": ("StopMaintenance", "Take servers out of maintenance mode."),
}


def _power_command(command: str, method: str, help_text: str) -> click.Command:
    @click.argument("names", nargs=-1, required=True)
    @wait_options()
    @command_options
    def run(
        inv: Invocation,
        names: tuple[str, ...],
        wait: bool,
        timeout: float | None,
        poll_interval: float,
    ) -> None:
        import clc.v2

        servers = clc.v2.Servers(list(names), session=inv.session)
        servers.Servers()  # every name must exist: an unknown one is exit code 3
        batch = getattr(servers, method)()
        options = WaitOptions(timeout, poll_interval) if wait else None
        report_requests(inv, batch, options, f"{command} {len(names)} servers")

    return click.command(name=command, help=f"{help_text} Queued, one request for all.")(run)


for _name, (_method, _help) in POWER_COMMANDS.items():
    server.add_command(_power_command(_name, _method, _help))
