"""Waiting polls jobs, not requests: shared status ids once, the newest job first."""

from __future__ import annotations

import pytest

import clc

from .test_waiting import FakeClock, Scripted, batch


class Counted(Scripted):
    polls: dict[str, int] = {}  # noqa: RUF012 - reset by the fixture, shared on purpose

    def poll_status(self) -> str:
        Counted.polls[self.id] = Counted.polls.get(self.id, 0) + 1
        return super().poll_status()


@pytest.fixture
def clock() -> FakeClock:
    Counted.polls = {}
    return FakeClock()


def test_requests_sharing_a_status_id_are_polled_once_per_round(clock: FakeClock) -> None:
    # A batch power operation gives all its servers one status id, as the API did.
    shared = [Counted("va1-81461", "executing", "succeeded") for _ in range(200)]
    b = batch(*shared)

    assert b.WaitUntilComplete(poll_freq=2, clock=clock, sleep=clock.sleep) == 0

    assert Counted.polls == {"va1-81461": 2}
    assert len(b.success_requests) == 200 and b.requests == []


def test_older_jobs_are_not_polled_while_the_newest_runs(clock: FakeClock) -> None:
    older = [Counted(f"va1-{i}", "succeeded") for i in range(9)]
    newest = Counted("va1-9", "notStarted", "executing", "succeeded")

    failed = batch(*older, newest).WaitUntilComplete(poll_freq=2, clock=clock, sleep=clock.sleep)

    assert failed == 0
    assert Counted.polls["va1-9"] == 3
    assert all(Counted.polls[r.id] == 1 for r in older)  # once, after the newest finished
    assert clock.sleeps == [2, 2]


def test_a_job_that_outlives_the_newest_is_still_followed(clock: FakeClock) -> None:
    slow = Counted("va1-1", "executing", "executing", "executing", "failed")
    newest = Counted("va1-2", "succeeded")
    b = batch(slow, newest)

    assert b.WaitUntilComplete(poll_freq=1, clock=clock, sleep=clock.sleep) == 1

    assert [r.id for r in b.error_requests] == ["va1-1"]
    assert Counted.polls == {"va1-2": 1, "va1-1": 4}


def test_a_timeout_reports_only_jobs_really_pending(clock: FakeClock) -> None:
    b = batch(Counted("va1-done", "succeeded"), Counted("va1-slow", "executing"))

    with pytest.raises(clc.RequestTimeoutException) as info:
        b.WaitUntilComplete(poll_freq=2, timeout=3, clock=clock, sleep=clock.sleep)

    assert info.value.pending == ["va1-slow"]
    assert [r.id for r in b.success_requests] == ["va1-done"]


def test_the_same_id_in_two_accounts_is_two_jobs(clock: FakeClock) -> None:
    mine = Counted("va1-7", "succeeded")
    theirs = Counted("va1-7", "succeeded")
    theirs.alias = "OTHER"
    b = batch(mine, theirs)

    assert b.WaitUntilComplete(poll_freq=0, clock=clock, sleep=clock.sleep) == 0
    assert Counted.polls == {"va1-7": 2}
    assert len(b.success_requests) == 2
