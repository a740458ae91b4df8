"""No false failures: a status the SDK could not read is not a failed job.

Each case builds a real server on the emulator, so that the truth (the server exists and
is active) can be compared with what the wait reports. ``failed`` counts only jobs the
API reported failed; everything else either keeps polling within the deadline or raises
``RequestStatusUnknownException`` naming the ids and how to check them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import clc
from clc.testing import Emulator

from .misbehaving import closed_port

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(job_seconds=0.3) as running:
        yield running


def build(session: clc.Session) -> clc.v2.Requests:
    dc = clc.v2.Datacenter("VA1", session=session)
    return clc.v2.Server.Create(
        name="ff",
        cpu=1,
        memory=1,
        group_id=dc.RootGroup().id,
        template=dc.Templates().templates[0].id,
        network_id=dc.Networks().networks[0].id,
        session=session,
    )


def active_servers(emu: Emulator) -> list[str]:
    with emu.state.lock:
        return [
            sid
            for sid, rec in emu.state.data["servers"].items()
            if rec["name"].upper().find("FF") >= 0 and rec["status"] == "active"
        ]


def test_token_only_session_whose_token_expires_mid_wait(emu: Emulator) -> None:
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as login:
        token, alias = login.token, login.alias
    with clc.Session(token=token, alias=alias, base_url=emu.url, use_env=False) as s:
        requests = build(s)
        assert len(requests) == 1
        emu.add_fault("expire_token,count=1")  # the next request's token is refused: 401
        with pytest.raises(clc.RequestStatusUnknownException) as info:
            requests.WaitUntilComplete(poll_freq=0.05, timeout=10)
    status_id = requests.requests[0].id
    assert info.value.pending == [status_id] and status_id in str(info.value)
    assert "Status()" in info.value.how_to_check
    assert requests.error_requests == []  # not failed: the server was built
    emu.clear_faults()
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as check:
        assert clc.v2.Request(status_id, alias=alias, session=check).WaitUntilComplete(0.05) is None
    assert len(active_servers(emu)) == 1


def test_status_polls_that_keep_failing_for_a_while_then_heal(emu: Emulator) -> None:
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
        requests = build(s)
        assert len(requests) == 1
        # Many rounds of dropped status reads (each retried by the transport, then again
        # next round): more than the three failed polls that used to count as a failure.
        emu.add_fault("drop,method=GET,path=/v2/operations/*/status/*,count=15")
        assert requests.WaitUntilComplete(poll_freq=0.05, timeout=30) == 0
    assert len(requests.success_requests) == 1 and requests.error_requests == []
    assert len(active_servers(emu)) == 1


def test_refused_connections_until_the_deadline_are_unknown_not_failed(emu: Emulator) -> None:
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
        requests = build(s)
        status_id = requests.requests[0].id
    with clc.Session(token="t", alias=emu.alias, base_url=closed_port(), use_env=False) as dead:
        stale = clc.v2.Request(status_id, alias=emu.alias, session=dead)
        batch = clc.v2.Requests([], alias=emu.alias, session=dead)
        batch.requests.append(stale)
        with pytest.raises(clc.RequestStatusUnknownException) as info:
            batch.WaitUntilComplete(poll_freq=0.2, timeout=1.5)
    assert info.value.unknown[0][0] == status_id
    assert "refused" in info.value.unknown[0][1].lower()
    assert batch.error_requests == [] and batch.requests == [stale]


def test_failed_counts_only_jobs_the_api_reported_failed(emu: Emulator) -> None:
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
        emu.add_fault("fail_job,method=POST,path=/v2/servers/*,count=1")
        failing = build(s)
        assert len(failing) == 1
        emu.clear_faults()
        ok = build(s)
        emu.add_fault("status=503,method=GET,path=/v2/operations/*/status/*,count=6")
        both = failing + ok
        assert both.WaitUntilComplete(poll_freq=0.05, timeout=30) == 1
    assert [r.reason for r in both.error_requests] == ["the API reports the job failed"]
