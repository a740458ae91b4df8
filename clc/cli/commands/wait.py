"""``clc wait STATUS_ID...``: wait for queued work started earlier (or elsewhere)."""

from __future__ import annotations

import click

from clc.cli.invocation import Invocation, command_options
from clc.cli.progress import WaitOptions, wait_options
from clc.cli.waiting import report_requests


@click.command(name="wait")
@click.argument("status_ids", nargs=-1, required=True, metavar="STATUS_ID...")
@wait_options(with_flag=False)
@command_options
def wait(
    inv: Invocation, status_ids: tuple[str, ...], timeout: float | None, poll_interval: float
) -> None:
    """Wait until the jobs STATUS_ID... are done (exit code 5 if one failed, 6 on timeout).

    Status ids are what queued commands print (status_id) without --wait."""
    import clc.v2

    session = inv.session
    batch = clc.v2.Requests([], session=session)
    batch.requests = [clc.v2.Request(sid, session=session) for sid in dict.fromkeys(status_ids)]
    report_requests(inv, batch, WaitOptions(timeout, poll_interval), "waiting")
