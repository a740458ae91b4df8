"""Queued work awaited on the event loop: 1,000 operations in one loop (one await, and
1,000 awaits gathered), no thread per job, progress, deadlines naming the pending ids,
no false failures, and cancellation that leaves no task or connection behind."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import clc
from clc.testing import Emulator
from clc_generated.api.datacenters import get_deployment_capabilities
from clc_generated.api.servers import create_server
from clc_generated.models import CreateServerRequest

from .conftest import run, session

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def slow_emu() -> Iterator[Emulator]:
    with Emulator(job_seconds=1.0) as running:
        yield running


DATA_CENTERS = ("VA1", "WA1", "CA3", "UC1")


async def build_many(s: clc.AsyncSession, emu: Emulator, count: int) -> list[clc.AsyncRequests]:
    """``count`` server builds, sent concurrently (spread over the emulator's data centers
    and networks, so that addresses last): ``count`` queued operations."""
    targets: list[tuple[str, str, str]] = []  # (group, template, network)
    for dc in DATA_CENTERS:
        caps = await s.call(
            get_deployment_capabilities.asyncio,
            account_alias=emu.alias,
            data_center=dc,
        )
        group = await root_group(s, emu, dc)
        template = str((caps.templates or [])[0].name)
        targets += [(group, template, str(n.network_id)) for n in caps.deployable_networks or []]
    limit = asyncio.Semaphore(s.max_concurrency)

    async def one(i: int) -> clc.AsyncRequests:
        group, template, network = targets[i % len(targets)]
        body = CreateServerRequest(
            name=f"w{i % 1000}", group_id=group, source_server_id=template, network_id=network,
            cpu=1, memory_gb=1, type_="standard",
        )  # fmt: skip
        async with limit:
            answer = await s.call(
                create_server.asyncio,
                account_alias=emu.alias,
                body=body,
            )
        return s.requests(answer)

    return list(await asyncio.gather(*(one(i) for i in range(count))))


async def root_group(s: clc.AsyncSession, emu: Emulator, data_center: str) -> str:
    from clc_generated.api.datacenters import get_datacenter

    dc = await s.call(
        get_datacenter.asyncio,
        account_alias=emu.alias,
        data_center=data_center,
        group_links=True,
    )
    return str(next(link.id for link in dc.links or [] if link.rel == "group"))


def active_servers(emu: Emulator) -> int:
    with emu.state.lock:
        return sum(1 for rec in emu.state.data["servers"].values() if rec["status"] == "active")


def test_1000_queued_operations_awaited_at_once_in_one_loop(slow_emu: Emulator) -> None:
    threads_during: list[int] = []
    progress: list[tuple[int, int]] = []

    def seen(done: int, total: int) -> None:
        progress.append((done, total))
        threads_during.append(threading.active_count())

    async def scenario() -> int:
        async with session(slow_emu) as s:
            batches = await build_many(s, slow_emu, 1000)
            threads_before = threading.active_count()
            failed = await sum(batches).wait(poll_freq=0.25, timeout=120, progress=seen)
            assert max(threads_during) == threads_before  # no thread per job, none at all
            return failed

    before = active_servers(slow_emu)
    assert run(scenario()) == 0
    assert progress[-1] == (1000, 1000)
    assert active_servers(slow_emu) - before == 1000


def test_1000_awaits_gathered(slow_emu: Emulator) -> None:
    async def scenario() -> list[int]:
        async with session(slow_emu) as s:
            batches = await build_many(s, slow_emu, 1000)
            return list(await asyncio.gather(*(b.wait(poll_freq=0.25) for b in batches)))

    assert run(scenario()) == [0] * 1000


def test_failed_counts_api_failures_and_timeout_names_pending_ids(emu: Emulator) -> None:
    async def scenario() -> None:
        async with session(emu) as s:
            emu.add_fault("fail_job,method=POST,path=/v2/servers/*,count=2")
            batches = await build_many(s, emu, 5)
            emu.clear_faults()
            assert await sum(batches).wait(poll_freq=0.02, timeout=30) == 2
            many = sum(await build_many(s, emu, 3))
            with pytest.raises(clc.RequestTimeoutException) as info:
                await many.wait(poll_freq=0.01, timeout=0.0)
            assert sorted(info.value.pending) == sorted(r.id for r in many.requests)

    run(scenario())


def test_a_token_only_session_whose_token_expires_is_unknown_not_failed(emu: Emulator) -> None:
    async def scenario() -> None:
        async with session(emu) as s:
            token = (await s.current_token()).reveal()
        async with clc.AsyncSession(
            token=token, alias=emu.alias, base_url=emu.url, use_env=False
        ) as bare:
            jobs = sum(await build_many(bare, emu, 1))
            emu.add_fault("expire_token,count=1")
            with pytest.raises(clc.RequestStatusUnknownException) as info:
                await jobs.wait(poll_freq=0.02, timeout=10)
            assert info.value.pending == [jobs.requests[0].id] and jobs.error_requests == []

    run(scenario())


def pool_of(s: clc.AsyncSession) -> Any:
    """The session's httpcore connection pool (the retrying transport wraps httpx's)."""
    return s.http._transport.inner._pool  # type: ignore[attr-defined]


@pytest.mark.parametrize("how", ["wait_for", "cancel"])
def test_cancelling_a_wait_leaves_no_task_or_connection(slow_emu: Emulator, how: str) -> None:
    slow_emu.add_fault("latency=3000,method=GET,path=/v2/operations/*/status/*")

    async def scenario() -> None:
        async with session(slow_emu) as s:
            jobs = sum(await build_many(s, slow_emu, 20))
            tasks_before = asyncio.all_tasks()
            if how == "wait_for":
                with pytest.raises(TimeoutError):
                    await asyncio.wait_for(jobs.wait(poll_freq=0.1), timeout=0.5)
            else:
                task = asyncio.create_task(jobs.wait(poll_freq=0.1))
                await asyncio.sleep(0.5)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
            assert asyncio.all_tasks() == tasks_before  # every poll task is gone
            # The polls in flight were cut: no connection is left busy with one.
            pool = pool_of(s)
            assert pool.connections and all(c.is_idle() or c.is_closed() for c in pool.connections)
            assert len(jobs.requests) == 20  # nothing settled by a cancelled wait
        assert pool.connections == []  # aclose() closed the rest

    run(scenario())
