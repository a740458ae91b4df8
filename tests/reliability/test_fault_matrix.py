"""The fault matrix of issue 5: the facade against the emulator's fault injection.

Each test injects one kind of fault, runs a batch of facade operations through a session with
the default retry policy, and records a row: operations attempted, succeeded, retried, failed with
a clear (documented) error, duplicates created, results lost, total time. The rows are printed as a
table at the end of the run (see conftest.py). Every test asserts duplicates == 0 and lost == 0,
and that every failure is a ``clc.CLCException`` whose message says what happened.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import clc
from clc.errors import OutcomeUnknownError
from clc.testing import Emulator

from .conftest import FAULT_MATRIX

pytestmark = pytest.mark.timeout(240)

SERVERS = 70
READ_TIMEOUT = 0.5


@dataclass
class Row:
    fault: str
    order: int
    attempted: int = 0
    succeeded: int = 0
    retried: int = 0
    failed_clear: int = 0
    duplicates: int = 0
    lost: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    # bookkeeping of measure()/finish()
    started: float = 0.0
    counter: Any = None
    logins_before: int = 0
    session: Any = None


ROW_FIELDS = (
    "fault",
    "order",
    "attempted",
    "succeeded",
    "retried",
    "failed_clear",
    "duplicates",
    "lost",
    "seconds",
)


class RetryCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("retrying "):
            self.count += 1


@dataclass
class World:
    emu: Emulator
    session: clc.Session
    group_id: str
    template: str
    network: str
    server_ids: list[str]


def new_session(emu: Emulator) -> clc.Session:
    """A session with the default retry policy (and so a fresh retry budget)."""
    timeout = httpx.Timeout(5.0, read=READ_TIMEOUT)
    return clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False, timeout=timeout)


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[Emulator, str, str, str, list[str]]]:
    with Emulator(job_seconds=0.05, fault_seed=7) as emu, new_session(emu) as s:
        dc = clc.v2.Datacenter("VA1", session=s)
        group = dc.RootGroup().Create("FaultMatrix")
        template = dc.Templates().templates[0].id
        network = dc.Networks().networks[0].id
        builds = [
            clc.v2.Server.Create(
                name="fm",
                template=template,
                group_id=group.id,
                network_id=network,
                cpu=1,
                memory=1,
                session=s,
            )
            for _ in range(SERVERS)
        ]
        assert sum(builds).WaitUntilComplete(poll_freq=0.02) == 0
        with emu.state.lock:
            ids = sorted(
                sid for sid, rec in emu.state.data["servers"].items() if rec["groupId"] == group.id
            )
        assert len(ids) == SERVERS
        yield emu, group.id, template, network, ids


@pytest.fixture
def world(seeded: tuple[Emulator, str, str, str, list[str]]) -> Iterator[World]:
    emu, group_id, template, network, ids = seeded
    with new_session(emu) as s:
        s.token  # noqa: B018 - log in before any fault is injected
        yield World(emu, s, group_id, template, network, ids)
    emu.clear_faults()


@pytest.fixture
def measure(world: World) -> Iterator[Callable[[str, int], Row]]:
    """Start a row; :func:`finish` closes it (retries from clc.core.retry's DEBUG records)."""
    counter = RetryCounter()
    retry_log = logging.getLogger("clc.retry")
    old_level = retry_log.level
    retry_log.setLevel(logging.DEBUG)
    retry_log.addHandler(counter)
    logins_before = world.session.login_count

    def start(fault: str, order: int) -> Row:
        row = Row(fault, order)
        row.started = time.monotonic()
        row.counter = counter
        row.logins_before = logins_before
        row.session = world.session
        return row

    yield start
    retry_log.removeHandler(counter)
    retry_log.setLevel(old_level)


def finish(row: Row) -> None:
    """Close the row: time, retries (transport retries + re-logins); record and check it."""
    row.seconds = round(time.monotonic() - row.started, 2)
    row.retried = row.counter.count + (row.session.login_count - row.logins_before)
    FAULT_MATRIX.append({k: getattr(row, k) for k in ROW_FIELDS})
    assert row.duplicates == 0, row
    assert row.lost == 0, row
    assert row.attempted == row.succeeded + row.failed_clear, row


def run(row: Row, op: Callable[[], Any]) -> Any:
    """One operation: count success, or a documented error with a readable message."""
    row.attempted += 1
    try:
        result = op()
    except clc.CLCException as exc:
        text = str(exc)
        assert text and "Bearer" not in text
        row.failed_clear += 1
        row.errors.append(f"{type(exc).__name__}: {text}")
        return exc
    row.succeeded += 1
    return result


def jobs_for(world: World, sid: str, power_state: str) -> int:
    """How many queued jobs set ``sid``'s power state to ``power_state``."""
    with world.emu.state.lock:
        return sum(
            1
            for job in world.emu.state.data["jobs"].values()
            for effect in job["effects"]
            if effect[0] == "server.set"
            and effect[1] == sid
            and effect[2].get("powerState") == power_state
        )


def power_state(world: World, sid: str) -> str:
    with world.emu.state.lock:
        return str(world.emu.state.data["servers"][sid]["powerState"])


def get_server(world: World, sid: str) -> Callable[[], Any]:
    return lambda: clc.v2.Server(sid, session=world.session)


# --- reads --------------------------------------------------------------------------------------


def test_500_burst_on_reads(world: World, measure: Callable[[str, int], Row]) -> None:
    row = measure("500s on 30% of reads (GET /v2/servers/*)", 1)
    world.emu.add_fault("status=500,method=GET,path=/v2/servers/*,probability=0.3")
    for sid in world.server_ids[:30]:
        run(row, get_server(world, sid))
    finish(row)
    assert row.retried > 0
    # Each failure is the API's 500 after 3 attempts, or the retry budget stopping early.
    assert all("Response code 500" in e or "retry budget" in e for e in row.errors)


def test_503_burst_on_reads(world: World, measure: Callable[[str, int], Row]) -> None:
    row = measure("503 burst, 4 in a row (GET, Retry-After 0)", 2)
    world.emu.add_fault("status=503,method=GET,path=/v2/servers/*,count=4,retry_after=0")
    for sid in world.server_ids[:10]:
        run(row, get_server(world, sid))
    finish(row)
    assert row.retried == 3 and row.failed_clear == 1  # one read fails its 3 attempts


def test_429_retry_after_on_all_methods(world: World, measure: Callable[[str, int], Row]) -> None:
    row = measure("429 with Retry-After 1s (GET and POST)", 3)
    world.emu.add_fault("status=429,count=2,retry_after=1")
    targets = world.server_ids[0:4]
    for sid in targets:
        run(row, get_server(world, sid))
        server = clc.v2.Server(sid, session=world.session)
        run(row, lambda server=server: server.PowerOff().WaitUntilComplete(poll_freq=0.02))
    row.duplicates = sum(max(0, jobs_for(world, sid, "stopped") - 1) for sid in targets)
    row.lost = sum(power_state(world, sid) != "stopped" for sid in targets)
    finish(row)
    assert row.retried == 2 and row.failed_clear == 0 and row.seconds >= 2.0


def test_latency_past_read_timeout_on_reads(
    world: World, measure: Callable[[str, int], Row]
) -> None:
    row = measure(f"latency 800ms > read timeout {READ_TIMEOUT}s (GET x2)", 4)
    world.emu.add_fault("latency=800,method=GET,path=/v2/servers/*,count=2")
    for sid in world.server_ids[:10]:
        run(row, get_server(world, sid))
    finish(row)
    assert row.retried == 2 and row.failed_clear == 0


def test_latency_past_read_timeout_on_create(
    world: World, measure: Callable[[str, int], Row]
) -> None:
    """The server is built but the answer comes too late: never re-sent; the caller checks."""
    row = measure("latency 800ms on a create POST (outcome unknown)", 5)
    world.emu.add_fault("latency=800,method=POST,path=/v2/servers/*,count=1")
    for _ in range(3):
        result = run(
            row,
            lambda: len(
                clc.v2.Server.Create(
                    name="lt",
                    template=world.template,
                    group_id=world.group_id,
                    network_id=world.network,
                    cpu=1,
                    memory=1,
                    session=world.session,
                )
            ),  # raised by Create itself (on a pipelined session: at the first use)
        )
        if isinstance(result, OutcomeUnknownError):
            assert "Group.Servers()" in str(result)
            # Follow the hint: look in the group; the build did happen, so do not send it again.
            names = [s.name for s in clc.v2.Group(world.group_id, session=world.session).Servers()]
            assert any("LT" in n.upper() for n in names)
    with world.emu.state.lock:
        built = [s for s in world.emu.state.data["servers"].values() if "LT" in s["name"]]
    row.duplicates = max(0, len(built) - 3)
    row.lost = 3 - len(built)
    finish(row)
    assert row.failed_clear == 1 and row.retried == 0


# --- dropped connections ------------------------------------------------------------------------


def test_dropped_connections_on_reads(world: World, measure: Callable[[str, int], Row]) -> None:
    row = measure("dropped connection on 30% of reads", 6)
    world.emu.add_fault("drop,method=GET,path=/v2/servers/*,probability=0.3")
    for sid in world.server_ids[:20]:
        run(row, get_server(world, sid))
    finish(row)
    assert row.retried > 0 and row.failed_clear == 0


def test_dropped_connections_on_power_posts(
    world: World, measure: Callable[[str, int], Row]
) -> None:
    row = measure("dropped connection on power-off POSTs (x2)", 7)
    world.emu.add_fault("drop,method=POST,path=/v2/operations/*,count=2")
    targets = world.server_ids[4:10]
    unknown: list[Any] = []
    for sid in targets:
        server = clc.v2.Server(sid, session=world.session)
        result = run(row, lambda server=server: server.PowerOff().WaitUntilComplete(poll_freq=0.02))
        if isinstance(result, OutcomeUnknownError):
            assert "power state" in str(result)
            unknown.append(server)
    # Follow the hint: a server still started, with nothing queued, gets the operation again.
    for server in unknown:
        server.Refresh()
        if server.power_state == "started" and jobs_for(world, server.id, "stopped") == 0:
            server.PowerOff().WaitUntilComplete(poll_freq=0.02)
    row.duplicates = sum(max(0, jobs_for(world, sid, "stopped") - 1) for sid in targets)
    row.lost = sum(power_state(world, sid) != "stopped" for sid in targets)
    finish(row)
    assert row.failed_clear == 2 and row.retried == 0


# --- tokens and the queue -----------------------------------------------------------------------


def test_token_expires_mid_run(world: World, measure: Callable[[str, int], Row]) -> None:
    row = measure("token expires mid-run (401, one re-login)", 8)
    world.emu.add_fault("expire_token,count=1,after=5")
    logins = world.session.login_count
    for sid in world.server_ids[:15]:
        run(row, get_server(world, sid))
    assert world.session.login_count == logins + 1
    finish(row)
    assert row.failed_clear == 0 and row.retried == 1


def test_queued_jobs_fail(world: World, measure: Callable[[str, int], Row]) -> None:
    row = measure("queued jobs fail (3 of 8 power-offs)", 9)
    world.emu.add_fault("fail_job,method=POST,path=/v2/operations/*/servers/powerOff,count=3")
    targets = world.server_ids[10:18]
    batch = sum(clc.v2.Server(sid, session=world.session).PowerOff() for sid in targets)
    failed = batch.WaitUntilComplete(poll_freq=0.02)
    row.attempted = len(targets)
    row.succeeded = len(batch.success_requests)
    row.failed_clear = len(batch.error_requests)
    assert failed == 3 == row.failed_clear
    assert all(r.reason for r in batch.error_requests)
    row.duplicates = sum(max(0, jobs_for(world, sid, "stopped") - 1) for sid in targets)
    stopped = sum(power_state(world, sid) == "stopped" for sid in targets)
    row.lost = len(targets) - stopped - row.failed_clear
    finish(row)


def test_batch_of_50_power_operations(world: World, measure: Callable[[str, int], Row]) -> None:
    row = measure("batch of 50 pauses, 5 not queueable, one 503", 10)
    targets = world.server_ids[20:70]
    refused = targets[::10]
    with world.emu.state.lock:
        for sid in refused:
            world.emu.state.data["servers"][sid]["status"] = "archived"
    world.emu.add_fault("status=503,retry_after=0,count=1,path=/v2/operations/*/servers/pause")
    batch = clc.v2.Servers(targets, session=world.session).Pause()
    failed = batch.WaitUntilComplete(poll_freq=0.02)
    row.attempted = len(targets)
    row.succeeded = len(batch.success_requests)
    row.failed_clear = len(batch.error_requests)
    assert failed == len(refused) == row.failed_clear
    assert all(r.reason and "cannot be queued" in r.reason for r in batch.error_requests)
    row.duplicates = sum(max(0, jobs_for(world, sid, "paused") - 1) for sid in targets)
    paused = sum(power_state(world, sid) == "paused" for sid in targets)
    row.lost = len(targets) - paused - row.failed_clear
    finish(row)
    assert row.retried == 1
