"""Printing queued work after an optional wait, whatever its outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clc.cli import records
from clc.cli.invocation import Invocation
from clc.cli.progress import WaitOptions, wait_for

if TYPE_CHECKING:
    from clc.v2 import Requests


def report_requests(
    inv: Invocation,
    batch: Requests,
    options: WaitOptions | None,
    label: str,
    then: Callable[[], None] | None = None,
) -> None:
    """Wait (when ``options`` is given), print the jobs, then re-raise a failure.

    The jobs are printed even when one failed, so a script sees which; ``then`` prints
    something else instead, once everything succeeded."""
    from clc.errors import RequestFailedException

    failure: RequestFailedException | None = None
    if options is not None:
        try:
            wait_for(batch, options, label)
        except RequestFailedException as exc:
            failure = exc
    if then is not None and options is not None and failure is None:
        then()
    else:
        inv.emit(records.requests(batch), columns=records.REQUEST_COLUMNS)
    if failure is not None:
        raise failure
