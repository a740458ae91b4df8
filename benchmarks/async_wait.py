"""1,000 queued operations awaited on one event loop, against their floor.

    python -m benchmarks.async_wait [--count 1000] [--job-seconds 3] [--latency-ms 25]

Builds ``count`` servers through ``clc.AsyncSession`` (``count`` queued operations, each
with its own status id), then awaits them all with one ``await sum(batches).wait()``.
The floor of the wait is what a bare ``httpx.AsyncClient`` sees: the last job ends at its
start plus the job time (read from the emulator), and one round of ``count`` status reads
at the same concurrency (measured with the bare client) is needed to see it; a wait that
polls every ``poll_freq`` seconds may add up to one interval.
"""

from __future__ import annotations

import argparse
import asyncio
import time

import httpx

import clc
from clc.testing import Emulator


async def bare_round(emu: Emulator, token: str, ids: list[str], concurrency: int) -> float:
    """Seconds for one round of status reads of ``ids`` with a bare client."""
    limit = asyncio.Semaphore(concurrency)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=emu.url, headers=headers) as client:

        async def read(status_id: str) -> None:
            async with limit:
                response = await client.get(f"/v2/operations/{emu.alias}/status/{status_id}")
                response.raise_for_status()

        start = time.monotonic()
        await asyncio.gather(*(read(i) for i in ids))
        return time.monotonic() - start


async def measure(emu: Emulator, count: int, poll_freq: float) -> dict[str, float]:
    from tests.aio.test_async_waiting import build_many

    async with clc.AsyncSession(emu.username, emu.password, base_url=emu.url) as s:
        sent = time.monotonic()
        batches = await build_many(s, emu, count)
        queued = time.monotonic()
        jobs = sum(batches)
        ids = [r.id for r in jobs.requests]
        failed = await jobs.wait(poll_freq=poll_freq, timeout=600)
        done = time.monotonic()
        token = (await s.current_token()).reveal()
        # One more round of the same reads through the SDK (every job already done).
        again = clc.AsyncRequests(
            [clc.session.AsyncRequest(i, emu.alias, s) for i in ids[:-1]], session=s
        )
        start = time.monotonic()
        await again.wait(poll_freq=0)
        sdk_round = time.monotonic() - start
    assert failed == 0
    with emu.state.lock:
        last_end = max(j["start"] + j["duration"] for j in emu.state.data["jobs"].values())
    # The emulator's clock and time.monotonic() differ by an offset: anchor on "now".
    last_end_here = time.monotonic() - (emu.clock.now() - last_end)
    round_s = await bare_round(emu, token, ids, s.max_concurrency)
    floor = max(0.0, last_end_here - queued) + round_s
    return {
        "sending": queued - sent,
        "waiting": done - queued,
        "floor": floor,
        "floor_plus_interval": floor + poll_freq,
        "bare_round": round_s,
        "sdk_round": sdk_round,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--job-seconds", type=float, default=3.0)
    parser.add_argument("--latency-ms", type=float, default=25.0)
    parser.add_argument("--poll-freq", type=float, default=2.0)
    args = parser.parse_args()
    with Emulator(job_seconds=args.job_seconds, latency_ms=args.latency_ms) as emu:
        result = asyncio.run(measure(emu, args.count, args.poll_freq))
    for name, value in result.items():
        print(f"{name}: {value:.2f} s")


if __name__ == "__main__":
    main()
