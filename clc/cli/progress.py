"""Waiting on queued work with visible progress.

On a terminal, stderr shows a live Rich bar (done/total, elapsed); otherwise one plain
line per change (``waiting: 1/2 jobs done, 4s``), so logs stay readable and piped
output never carries control codes. A failed job or a timeout raises the SDK's
``RequestFailedException`` / ``RequestTimeoutException`` (exit codes 5 and 6).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from clc.v2 import Requests

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class WaitOptions:
    timeout: float | None
    poll_interval: float


def wait_options(with_flag: bool = True) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``--wait`` (unless the command always waits), ``--timeout`` and ``--poll-interval``;
    the callback gets ``wait``, ``timeout`` and ``poll_interval``."""

    def decorate(fn: Callable[..., None]) -> Callable[..., None]:
        fn = click.option(
            "--poll-interval",
            type=click.FloatRange(min=0.01),
            default=2.0,
            show_default=True,
            metavar="SECONDS",
            help="Time between two status checks while waiting.",
        )(fn)
        fn = click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="Give up waiting after this long (exit code 6).",
        )(fn)
        if with_flag:
            fn = click.option(
                "--wait",
                is_flag=True,
                help="Wait until the queued work is done, showing progress (exit code 5 "
                "if a job fails).",
            )(fn)
        return fn

    return decorate


@contextmanager
def reporter(label: str) -> Iterator[Progress]:
    """A ``progress(done, total)`` callback drawing on stderr while the block runs."""
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )
        from rich.progress import (
            Progress as Bar,
        )

        bar = Bar(
            SpinnerColumn(),
            TextColumn(label),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        task = bar.add_task(label, total=None)
        with bar:
            yield lambda done, total: bar.update(task, completed=done, total=total)
        return
    started = time.monotonic()
    last: list[tuple[int, int]] = []

    def line(done: int, total: int) -> None:
        if last and last[-1] == (done, total):
            return
        last.append((done, total))
        elapsed = time.monotonic() - started
        print(f"{label}: {done}/{total} jobs done, {elapsed:.0f}s", file=sys.stderr, flush=True)

    yield line


def wait_for(requests: Requests, options: WaitOptions, label: str = "waiting") -> None:
    """Wait for every job of ``requests``; raise if one failed or the timeout passed."""
    from clc.errors import RequestFailedException

    with reporter(label) as progress:
        progress(len(requests) - len(requests.requests), len(requests))
        failed = requests.WaitUntilComplete(
            poll_freq=options.poll_interval, timeout=options.timeout, progress=progress
        )
    if failed:
        failures = requests.failures()
        detail = "; ".join(f"{rid} {status}: {reason}" for rid, status, reason in failures)
        raise RequestFailedException(f"{failed} of {len(requests)} jobs failed: {detail}", failures)
