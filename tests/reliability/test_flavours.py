"""The fault matrix on both I/O flavours: the same fault sequences, the same decisions.

Each row of tests/reliability/test_fault_matrix.py is replayed through the session layer
(generated operations) twice, with ``clc.Session`` and with ``clc.AsyncSession``, each
against its own emulator seeded identically (same world, same fault seed, same request
order). For every row both flavours must make the same decisions: the same outcome for
every operation (success or the same error class), the same number of retries and
re-logins, and no duplicate or lost result. The async rows join the printed fault matrix.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import clc
from clc.testing import Emulator
from clc.v2.queue import Requests
from clc_generated.api.power_operations import pause_servers, power_off_servers
from clc_generated.api.servers import create_server, get_server
from clc_generated.models import CreateServerRequest

from .conftest import FAULT_MATRIX

pytestmark = pytest.mark.timeout(300)

SERVERS = 70
TIMEOUT = httpx.Timeout(5.0, read=0.5)


@dataclass
class World:
    emu: Emulator
    group: str
    template: str
    network: str
    ids: list[str]


@dataclass
class Record:
    """What one flavour decided in one row."""

    outcomes: list[str] = field(default_factory=list)
    items: int = 0  # servers or reads the operations acted on
    failed: int = 0  # of which failed with a clear error (or the API reported failed)
    retries: int = 0
    relogins: int = 0
    duplicates: int = 0
    lost: int = 0
    seconds: float = 0.0


class Ops:
    """The operations of the rows, in one flavour (sync calls run inline in the loop)."""

    def __init__(self, session: clc.Session | clc.AsyncSession, world: World) -> None:
        self.session = session
        self.world = world
        self.alias = world.emu.alias

    async def _call(self, module: Any, **kw: Any) -> Any:
        """One generated operation: ``module.asyncio`` or ``module.sync``, by flavour."""
        if isinstance(self.session, clc.AsyncSession):
            return await self.session.call(module.asyncio, **kw)
        return self.session.call(module.sync, **kw)

    async def _wait(self, result: Any) -> int:
        if isinstance(self.session, clc.AsyncSession):
            return await self.session.requests(result, alias=self.alias).wait(poll_freq=0.02)
        batch = Requests._from_generated(result, self.alias, self.session)
        return batch.WaitUntilComplete(poll_freq=0.02)

    async def read(self, sid: str) -> None:
        await self._call(get_server, account_alias=self.alias, server_id=sid)

    async def power_off(self, sids: list[str]) -> int:
        result = await self._call(power_off_servers, account_alias=self.alias, body=sids)
        return await self._wait(result)

    async def pause(self, sids: list[str]) -> int:
        result = await self._call(pause_servers, account_alias=self.alias, body=sids)
        return await self._wait(result)

    async def create(self, name: str) -> None:
        w = self.world
        body = CreateServerRequest(
            name=name, group_id=w.group, source_server_id=w.template, network_id=w.network,
            cpu=1, memory_gb=1, type_="standard",
        )  # fmt: skip
        await self._call(create_server, account_alias=self.alias, body=body)


async def attempt(record: Record, op: Awaitable[Any], size: int = 1) -> Any:
    """Run one operation on ``size`` items; record its outcome (a wait's is its failed count)."""
    record.items += size
    try:
        result = await op
    except clc.CLCException as exc:
        assert str(exc) and "Bearer" not in str(exc)
        record.outcomes.append(type(exc).__name__)
        record.failed += size
        return exc
    record.outcomes.append(f"ok {result}" if isinstance(result, int) else "ok")
    record.failed += result if isinstance(result, int) else 0
    return result


def jobs_for(emu: Emulator, sid: str, state: str) -> int:
    with emu.state.lock:
        return sum(
            1
            for job in emu.state.data["jobs"].values()
            for effect in job["effects"]
            if effect[0] == "server.set" and effect[1] == sid
            and effect[2].get("powerState") == state
        )  # fmt: skip


def power_state(emu: Emulator, sid: str) -> str:
    with emu.state.lock:
        return str(emu.state.data["servers"][sid]["powerState"])


def named(emu: Emulator, part: str) -> int:
    with emu.state.lock:
        return sum(1 for s in emu.state.data["servers"].values() if part in s["name"])


# --- the rows (the fault matrix's, in order) ----------------------------------------------------
async def reads(ops: Ops, r: Record, n: int) -> None:
    for sid in ops.world.ids[:n]:
        await attempt(r, ops.read(sid))


async def row_500s(ops: Ops, r: Record) -> None:
    ops.world.emu.add_fault("status=500,method=GET,path=/v2/servers/*,probability=0.3")
    await reads(ops, r, 30)


async def row_503_burst(ops: Ops, r: Record) -> None:
    ops.world.emu.add_fault("status=503,method=GET,path=/v2/servers/*,count=4,retry_after=0")
    await reads(ops, r, 10)


async def row_429(ops: Ops, r: Record) -> None:
    emu, targets = ops.world.emu, ops.world.ids[0:4]
    emu.add_fault("status=429,count=2,retry_after=1")
    for sid in targets:
        await attempt(r, ops.read(sid))
        await attempt(r, ops.power_off([sid]))
    r.duplicates = sum(max(0, jobs_for(emu, sid, "stopped") - 1) for sid in targets)
    r.lost = sum(power_state(emu, sid) != "stopped" for sid in targets)


async def row_latency_reads(ops: Ops, r: Record) -> None:
    ops.world.emu.add_fault("latency=800,method=GET,path=/v2/servers/*,count=2")
    await reads(ops, r, 10)


async def row_latency_create(ops: Ops, r: Record) -> None:
    ops.world.emu.add_fault("latency=800,method=POST,path=/v2/servers/*,count=1")
    for _ in range(3):
        await attempt(r, ops.create("lt"))
    built = named(ops.world.emu, "LT")
    r.duplicates, r.lost = max(0, built - 3), 3 - built


async def row_drop_reads(ops: Ops, r: Record) -> None:
    ops.world.emu.add_fault("drop,method=GET,path=/v2/servers/*,probability=0.3")
    await reads(ops, r, 20)


async def row_drop_power(ops: Ops, r: Record) -> None:
    emu, targets = ops.world.emu, ops.world.ids[4:10]
    emu.add_fault("drop,method=POST,path=/v2/operations/*,count=2")
    for sid in targets:
        await attempt(r, ops.power_off([sid]))
    emu.clear_faults()
    for sid in targets:  # the hint: a server still started with nothing queued gets it again
        if power_state(emu, sid) == "started" and jobs_for(emu, sid, "stopped") == 0:
            await ops.power_off([sid])
    r.duplicates = sum(max(0, jobs_for(emu, sid, "stopped") - 1) for sid in targets)
    r.lost = sum(power_state(emu, sid) != "stopped" for sid in targets)


async def row_token(ops: Ops, r: Record) -> None:
    ops.world.emu.add_fault("expire_token,count=1,after=5")
    await reads(ops, r, 15)


async def row_failed_jobs(ops: Ops, r: Record) -> None:
    emu, targets = ops.world.emu, ops.world.ids[10:18]
    emu.add_fault("fail_job,method=POST,path=/v2/operations/*/servers/powerOff,count=3")
    for sid in targets:
        await attempt(r, ops.power_off([sid]))
    stopped = sum(power_state(emu, sid) == "stopped" for sid in targets)
    r.duplicates = sum(max(0, jobs_for(emu, sid, "stopped") - 1) for sid in targets)
    r.lost = len(targets) - stopped - 3


async def row_batch(ops: Ops, r: Record) -> None:
    emu, targets = ops.world.emu, ops.world.ids[20:70]
    with emu.state.lock:
        for sid in targets[::10]:
            emu.state.data["servers"][sid]["status"] = "archived"
    emu.add_fault("status=503,retry_after=0,count=1,path=/v2/operations/*/servers/pause")
    await attempt(r, ops.pause(targets), size=len(targets))
    paused = sum(power_state(emu, sid) == "paused" for sid in targets)
    r.duplicates = sum(max(0, jobs_for(emu, sid, "paused") - 1) for sid in targets)
    r.lost = len(targets) - paused - 5


ROWS: list[tuple[str, Callable[[Ops, Record], Awaitable[None]]]] = [
    ("500s on 30% of reads", row_500s),
    ("503 burst, 4 in a row (Retry-After 0)", row_503_burst),
    ("429 with Retry-After 1s (GET and POST)", row_429),
    ("latency 800ms past a 0.5s read timeout (GET)", row_latency_reads),
    ("latency 800ms on a create POST (outcome unknown)", row_latency_create),
    ("dropped connection on 30% of reads", row_drop_reads),
    ("dropped connection on power-off POSTs", row_drop_power),
    ("token expires mid-run (one re-login)", row_token),
    ("queued jobs fail (3 of 8 power-offs)", row_failed_jobs),
    ("batch of 50 pauses, 5 not queueable, one 503", row_batch),
]


# --- running a flavour --------------------------------------------------------------------------
class RetryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += record.getMessage().startswith("retrying ")


@pytest.fixture
def retry_log() -> Iterator[RetryCounter]:
    counter, logger = RetryCounter(), logging.getLogger("clc.retry")
    old = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(counter)
    yield counter
    logger.removeHandler(counter)
    logger.setLevel(old)


def seeded_world() -> tuple[Emulator, World]:
    emu = Emulator(job_seconds=0.05, fault_seed=7).start()
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
        dc = clc.v2.Datacenter("VA1", session=s)
        group = dc.RootGroup().Create("Flavours")
        template, network = dc.Templates().templates[0].id, dc.Networks().networks[0].id
        builds = [
            clc.v2.Server.Create(
                name="fm", template=template, group_id=group.id, network_id=network,
                cpu=1, memory=1, session=s,
            )
            for _ in range(SERVERS)
        ]  # fmt: skip
        assert sum(builds).WaitUntilComplete(poll_freq=0.02) == 0
    with emu.state.lock:
        ids = sorted(
            sid for sid, rec in emu.state.data["servers"].items() if rec["groupId"] == group.id
        )
    return emu, World(emu, group.id, template, network, ids)


def run_flavour(flavour: str, counter: RetryCounter) -> list[Record]:
    emu, world = seeded_world()
    records: list[Record] = []
    try:
        for _, row in ROWS:
            record = Record()
            kw: dict[str, Any] = {"base_url": emu.url, "use_env": False, "timeout": TIMEOUT}
            counter.count = 0
            start = time.monotonic()
            if flavour == "sync":
                with clc.Session(emu.username, emu.password, **kw) as s:
                    s.login()
                    asyncio.run(row(Ops(s, world), record))
                    record.relogins = s.login_count - 1
            else:

                async def run_async(
                    rec: Record = record, step: Any = row, kw: dict[str, Any] = kw
                ) -> None:
                    async with clc.AsyncSession(emu.username, emu.password, **kw) as a:
                        await a.login()
                        await step(Ops(a, world), rec)
                        rec.relogins = a.login_count - 1

                asyncio.run(run_async())
            record.seconds = round(time.monotonic() - start, 2)
            record.retries = counter.count
            emu.clear_faults()
            records.append(record)
    finally:
        emu.stop()
    return records


def test_both_flavours_make_the_same_decisions(retry_log: RetryCounter) -> None:
    sync_records = run_flavour("sync", retry_log)
    async_records = run_flavour("async", retry_log)
    for order, ((name, _), s, a) in enumerate(
        zip(ROWS, sync_records, async_records, strict=True), start=1
    ):
        FAULT_MATRIX.append(
            {
                "fault": f"async: {name}",
                "order": 100 + order,
                "attempted": a.items,
                "succeeded": a.items - a.failed,
                "retried": a.retries + a.relogins,
                "failed_clear": a.failed,
                "duplicates": a.duplicates,
                "lost": a.lost,
                "seconds": a.seconds,
            }
        )
        assert (s.duplicates, s.lost, a.duplicates, a.lost) == (0, 0, 0, 0), name
        decisions = (s.outcomes, s.retries, s.relogins), (a.outcomes, a.retries, a.relogins)
        assert decisions[0] == decisions[1], name
