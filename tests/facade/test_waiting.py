"""Waiting: every request accounted for, concurrent bounded polling, no trailing sleep,
honest timeouts, progress; unit tests on a fake clock, then 100 real jobs on the emulator."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

import clc
from clc.errors import NotFoundException, ServerErrorException
from clc.testing import Emulator
from clc.v2.queue import Request, Requests

OFFLINE = clc.Session("u", "p", alias="DEMO", base_url="https://api.example.test", use_env=False)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Scripted(Request):
    """A request whose successive polls return (or raise) the scripted outcomes."""

    active = 0
    peak = 0
    lock = threading.Lock()

    def __init__(self, rid: str, *outcomes: str | Exception) -> None:
        super().__init__(rid, alias="DEMO", session=OFFLINE)
        self.outcomes = list(outcomes)

    def poll_status(self) -> str:
        with Scripted.lock:
            Scripted.active += 1
            Scripted.peak = max(Scripted.peak, Scripted.active)
        try:
            time.sleep(0.001)
            outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        finally:
            with Scripted.lock:
                Scripted.active -= 1


def batch(*reqs: Request) -> Requests:
    out = Requests([], alias="DEMO", session=OFFLINE)
    out.requests.extend(reqs)
    return out


def err500() -> ServerErrorException:
    return ServerErrorException("boom", status_code=500)


def err404() -> NotFoundException:
    return NotFoundException("gone", status_code=404)


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    Scripted.peak = 0
    yield FakeClock()


def test_100_requests_with_mixed_outcomes_none_dropped(clock: FakeClock) -> None:
    reqs: list[Request] = []
    reqs += [Scripted(f"ok-{i}", "notStarted", "executing", "succeeded") for i in range(40)]
    reqs += [Scripted(f"failed-{i}", "executing", "failed") for i in range(20)]
    reqs += [Scripted(f"unknown-{i}", "unknown") for i in range(10)]
    reqs += [Scripted(f"odd-{i}", "bogus") for i in range(10)]
    reqs += [Scripted(f"flaky-{i}", err500(), err500(), "succeeded") for i in range(5)]
    reqs += [Scripted(f"dead-{i}", err500()) for i in range(5)]
    reqs += [Scripted(f"404-{i}", err404()) for i in range(10)]
    progress: list[tuple[int, int]] = []
    b = batch(*reqs)

    with pytest.raises(clc.RequestStatusUnknownException) as info:
        b.WaitUntilComplete(
            poll_freq=2, clock=clock, sleep=clock.sleep, max_workers=8,
            progress=lambda done, total: progress.append((done, total)),
        )  # fmt: skip

    # Only the API's "failed" is a failure; statuses that could not be read, "unknown" and
    # unrecognised ones leave the outcome unknown: raised, still pending, not failed.
    assert len(b.error_requests) == 20 and len(b.success_requests) == 45
    assert all(r.id.startswith("failed-") for r in b.error_requests)
    kinds = ("unknown-", "odd-", "dead-", "404-")
    assert sorted(r.id for r in b.requests) == sorted(r.id for r in reqs if r.id.startswith(kinds))
    assert sorted(i for i, _ in info.value.unknown) == sorted(r.id for r in b.requests)
    reasons = {i.split("-")[0]: why for i, why in info.value.unknown}
    assert "'unknown'" in reasons["unknown"] and "'bogus'" in reasons["odd"]
    assert "60s" in reasons["dead"] and "cannot be read" in reasons["404"]
    assert "Status()" in str(info.value) and "nothing was marked failed" in str(info.value)
    # A status that could not be read is read again until the patience (60 s) runs out.
    assert clock.now >= 60 and set(clock.sleeps) == {2}
    assert progress[-1] == (65, 100) and [p[0] for p in progress] == sorted(p[0] for p in progress)
    assert 1 < Scripted.peak <= 8


def test_returns_without_sleeping_when_everything_is_done(clock: FakeClock) -> None:
    b = batch(Scripted("a", "succeeded"), Scripted("b", "succeeded"))
    assert b.WaitUntilComplete(clock=clock, sleep=clock.sleep) == 0
    assert clock.sleeps == []


def test_timeout_names_the_pending_ids_and_keeps_them(clock: FakeClock) -> None:
    b = batch(
        Scripted("done", "succeeded"), Scripted("slow-1", "executing"), Scripted("slow-2", "queued")
    )
    with pytest.raises(clc.RequestTimeoutException) as info:
        b.WaitUntilComplete(poll_freq=2, timeout=5, clock=clock, sleep=clock.sleep)
    assert info.value.pending == ["slow-1", "slow-2"]
    assert "slow-1" in str(info.value) and info.value.status == "executing"
    assert clock.now == 5  # the last sleep is cut to the deadline
    assert [r.id for r in b.requests] == ["slow-1", "slow-2"]
    assert [r.id for r in b.success_requests] == ["done"]


def test_single_request_wait_raises_on_failure_and_unknown() -> None:
    with pytest.raises(clc.RequestFailedException) as info:
        Scripted("x", "executing", "failed").WaitUntilComplete(poll_freq=0)
    assert info.value.failed[0][:2] == ("x", "failed")
    with pytest.raises(clc.RequestStatusUnknownException) as unknown:
        Scripted("u", "unknown").WaitUntilComplete(poll_freq=0)  # 2.51 looped forever
    assert unknown.value.pending == ["u"]
    with pytest.raises(clc.RequestTimeoutException):
        Scripted("n", "notStarted").WaitUntilComplete(poll_freq=0.01, timeout=0.05)
    assert Scripted("ok", "succeeded").WaitUntilComplete(poll_freq=0) is None


def test_sum_and_empty_batches() -> None:
    a, b = batch(Scripted("a", "succeeded")), batch(Scripted("b", "succeeded"))
    total = sum([a, b])
    assert isinstance(total, Requests) and [r.id for r in total.requests] == ["a", "b"]
    empty = Requests([], alias="DEMO", session=OFFLINE)
    assert empty.WaitUntilComplete() == 0


def test_refused_items_are_counted_not_dropped() -> None:
    not_valid = "cannot be found or it is not in a valid state."
    raw = [
        {"server": "S1", "isQueued": True, "links": [{"rel": "status", "id": "va1-1"}]},
        {"server": "S2", "isQueued": False, "errorMessage": "The server already in desired state."},
        {"server": "S3", "isQueued": False, "errorMessage": not_valid},
        {"server": "S4", "isQueued": False},
    ]  # fmt: skip
    b = Requests(raw, alias="DEMO", session=OFFLINE)
    assert [r.id for r in b.requests] == ["va1-1"]
    assert [r.context_val for r in b.success_requests] == ["S2"]
    assert [r.context_val for r in b.error_requests] == ["S3", "S4"]
    assert "valid state" in (b.error_requests[0].reason or "")


@pytest.mark.timeout(120)
def test_100_jobs_on_the_emulator_with_failures_and_flaky_polls(
    sess: clc.Session, emu: Emulator
) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    group = dc.RootGroup().Create("hundred")
    template, network = dc.Templates().templates[0].id, dc.Networks().networks[0].id
    emu.add_fault("fail_job,method=POST,path=/v2/servers/*,probability=0.3")
    builds = [
        clc.v2.Server.Create(
            name="w", cpu=1, memory=1, group_id=group.id, template=template, network_id=network,
            session=sess,
        )
        for _ in range(100)
    ]  # fmt: skip
    total = sum(builds)
    assert len(total) == 100  # the pipelined POSTs are all sent before the fault is cleared
    emu.clear_faults()
    # 30 status reads fail once each: retried on the next round, never counted as failures.
    emu.add_fault("status=503,method=GET,path=/v2/operations/*/status/*,count=30")
    failed = total.WaitUntilComplete(poll_freq=0.05, timeout=60)
    emu.clear_faults()
    assert len(total.success_requests) + len(total.error_requests) == 100
    assert total.requests == []
    with emu.state.lock:
        jobs = emu.state.data["jobs"].values()
        failed_jobs = sum(1 for j in jobs if j.get("fail"))
    assert failed == failed_jobs > 0
    built = [s for s in emu.state.data["servers"].values() if s["groupId"] == group.id]
    assert len(built) == 100 - failed
