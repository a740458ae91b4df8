"""Waiting on 100 queued jobs: this SDK's concurrent polling against 2.51's design.

    python examples/wait_comparison.py [--jobs 100] [--latency-ms 25] [--job-seconds 2]

Starts the embedded emulator with the given latency, queues the jobs (server builds),
then waits on them twice over identical batches: once with ``Requests.WaitUntilComplete``
(every pending job polled concurrently each round, return as soon as the last finishes)
and once with 2.51's loop (one status GET after another, then a fixed sleep, including
after the last round). Prints the wait time of each, the floor (the last job's completion
on the emulator) and the ratio.
"""

from __future__ import annotations

import argparse
import time

import clc
from clc.v2.queue import Requests


def wait_like_251(batch: Requests, poll_freq: float) -> int:
    """2.51's Requests.WaitUntilComplete: sequential polls each cycle, then always sleep."""
    while batch.requests:
        for req in list(batch.requests):
            status = req.Status()
            if status == "succeeded":
                batch.requests.remove(req)
                batch.success_requests.append(req)
            elif status in ("failed", "unknown"):
                batch.requests.remove(req)
                batch.error_requests.append(req)
        time.sleep(poll_freq)
    return len(batch.error_requests)


def queue(session: clc.Session, n: int) -> tuple[Requests, float]:
    dc = clc.v2.Datacenter(session=session)
    group = dc.Groups().Get("Default Group")
    template, network = dc.Templates().templates[0].id, dc.Networks().networks[0].id
    batch = sum(
        clc.v2.Server.Create(
            name="w", cpu=1, memory=1, group_id=group.id, template=template,
            network_id=network, session=session,
        )
        for _ in range(n)
    )  # fmt: skip
    assert isinstance(batch, Requests)
    return batch, time.monotonic()


def main() -> None:
    from clc.testing import Emulator

    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument("--latency-ms", type=float, default=25)
    parser.add_argument("--job-seconds", type=float, default=2.0)
    parser.add_argument("--poll", type=float, default=2.0)
    args = parser.parse_args()
    with (
        Emulator(job_seconds=args.job_seconds, latency_ms=args.latency_ms) as emu,
        clc.Session(emu.username, emu.password, base_url=emu.url) as session,
    ):
        results = {}
        for name in ("concurrent (this SDK)", "one after another (2.51)"):
            batch, queued_at = queue(session, args.jobs)
            # The floor: the last job was queued at queued_at and takes job_seconds.
            floor = args.job_seconds
            start = time.monotonic()
            if name.startswith("concurrent"):
                failed = batch.WaitUntilComplete(poll_freq=args.poll)
            else:
                failed = wait_like_251(batch, args.poll)
            took = time.monotonic() - start + (start - queued_at)
            results[name] = took
            print(f"{name:28s} {took:6.2f} s  (floor {floor:.2f} s, failed {failed})")
        a, b = results.values()
        print(f"2.51 design / concurrent = {b / a:.2f}x")


if __name__ == "__main__":
    main()
