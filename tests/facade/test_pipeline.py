"""Pipelined ``Server.Create``/``Server.Clone`` (``clc.Session(pipeline=True)``, an opt-in)
against the emulator over loopback.

A gate transport holds the build POSTs before they reach the emulator, so "the call
returned before its POST completed" is checked in the emulator's state, not by a clock.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import clc
from clc.testing import Emulator
from tests.facade.conftest import logins

POLL = 0.01


class Gate(httpx.BaseTransport):
    """Holds build POSTs until ``open`` is set; records what reached the network, in order."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.open = threading.Event()
        self.open.set()
        self.posted = threading.Event()
        self.lock = threading.Lock()
        self.log: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        build = request.method == "POST" and request.url.path.startswith("/v2/servers/")
        with self.lock:
            self.log.append(f"{request.method} {request.url.path}")
        if build:
            self.posted.set()
            assert self.open.wait(30), "the gate was never opened"
        response = self.inner.handle_request(request)
        if build:
            with self.lock:
                self.log.append("POST done")
        return response

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def gate() -> Gate:
    return Gate()


@pytest.fixture
def gsess(emu: Emulator, gate: Gate) -> Iterator[clc.Session]:
    with clc.Session(
        emu.username, emu.password, base_url=emu.url, use_env=False, transport=gate, pipeline=True
    ) as s:
        yield s


@pytest.fixture
def psess(emu: Emulator) -> Iterator[clc.Session]:
    """A pipelined session (no gate)."""
    with clc.Session(
        emu.username, emu.password, base_url=emu.url, use_env=False, pipeline=True
    ) as s:
        yield s


def world(s: clc.Session) -> tuple[str, str, str]:
    dc = clc.v2.Datacenter(session=s)
    return str(dc.root_group_id), dc.Templates().templates[0].id, dc.Networks().networks[0].id


def build(
    s: clc.Session, w: tuple[str, str, str], name: str = "pipe", **kw: Any
) -> clc.v2.Requests:
    group_id, template, network = w
    args: dict[str, Any] = {"cpu": 1, "memory": 1, "template": template, "network_id": network}
    args.update(kw)
    return clc.v2.Server.Create(name=name, group_id=group_id, session=s, **args)


def names_in_emulator(emu: Emulator, part: str) -> list[str]:
    with emu.state.lock:
        servers = emu.state.data["servers"].values()
        return [str(v["name"]) for v in servers if part.upper() in str(v["name"]).upper()]


def test_create_returns_before_its_post_completed(
    emu: Emulator, gsess: clc.Session, gate: Gate
) -> None:
    w = world(gsess)
    gate.open.clear()
    result = build(gsess, w, name="early")
    assert gate.posted.wait(10)  # the POST was sent in the background...
    assert names_in_emulator(emu, "early") == []  # ...and has not reached the API
    assert "submitting=1" in repr(result)  # repr never waits
    gate.open.set()
    assert len(result.requests) == 1  # first use waits for the POST
    assert len(names_in_emulator(emu, "early")) == 1
    assert result.WaitUntilComplete(poll_freq=POLL) == 0
    assert result.Server().name.upper().startswith("VA1DEMOEARLY")


def test_arguments_are_still_checked_at_the_call(emu: Emulator, gsess: clc.Session) -> None:
    w = world(gsess)
    with pytest.raises(clc.InvalidArgumentException):
        build(gsess, w, name="bad name!")
    with pytest.raises(clc.InvalidArgumentException):
        build(gsess, w, cpu=0)


def test_a_read_after_create_sees_the_server(emu: Emulator, gsess: clc.Session, gate: Gate) -> None:
    w = world(gsess)
    gate.open.clear()
    timer = threading.Timer(0.2, gate.open.set)  # only frees the POST; nothing is timed
    timer.start()
    try:
        build(gsess, w, name="ryw")
        servers = clc.v2.Group(w[0], session=gsess).Servers().servers
    finally:
        timer.cancel()
        gate.open.set()
    assert any("RYW" in s.name.upper() for s in servers)
    reads = [i for i, line in enumerate(gate.log) if line.startswith("GET /v2/groups/")]
    assert reads and gate.log.index("POST done") < reads[-1]


def test_the_catalog_loop_reads_nothing_between_creates(
    emu: Emulator, gsess: clc.Session, gate: Gate
) -> None:
    """The README's loop: Templates() and Networks() come from the data center's data."""
    dc = clc.v2.Datacenter(session=gsess)
    group = dc.RootGroup()
    gate.log.clear()
    requests = []
    for template in dc.Templates().templates[:5]:
        requests.append(
            clc.v2.Server.Create(
                name="CAT",
                cpu=2,
                memory=4,
                group_id=group.id,
                template=template.id,
                network_id=dc.Networks().networks[0].id,
                session=gsess,
            )
        )
    combined = sum(requests)
    assert isinstance(combined, clc.v2.Requests)
    assert combined.WaitUntilComplete(poll_freq=POLL) == 0
    sent = [line for line in gate.log if line != "POST done"]
    # One read of the capabilities (templates and networks), then only the five POSTs.
    assert sent[0].endswith("/deploymentCapabilities")
    assert sent[1:6] == [f"POST /v2/servers/{emu.alias}"] * 5
    assert not any(line.startswith("POST") for line in sent[6:])


@pytest.mark.parametrize(
    "use",
    [
        lambda r: r.requests,
        lambda r: r.success_requests,
        lambda r: r.error_requests,
        lambda r: list(r),
        len,
        lambda r: r[0],
        lambda r: r.Server(),
        lambda r: r.WaitUntilComplete(poll_freq=POLL),
    ],
    ids=["requests", "success", "error", "iter", "len", "index", "Server", "Wait"],
)
def test_submission_error_raised_at_first_use_with_its_type(
    emu: Emulator, psess: clc.Session, use: Any
) -> None:
    w = world(psess)
    result = build(psess, ("no-such-group", w[1], w[2]))
    with pytest.raises(clc.BadRequestException, match="Unknown group") as info:
        use(result)
    assert any("no-such-group" in note for note in info.value.__notes__)
    # Once raised, the failure is an entry of error_requests: nothing lost, no second raise.
    assert [r.status for r in result.error_requests] == ["failed"]
    assert "BadRequestException" in (result.error_requests[0].reason or "")
    assert result.WaitUntilComplete(poll_freq=POLL) == 1


def test_transport_error_keeps_its_type(emu: Emulator) -> None:
    """Pipelined or not, a dropped POST raises the same exception type."""
    types = []
    for pipeline in (False, True):
        with clc.Session(
            emu.username, emu.password, base_url=emu.url, use_env=False, pipeline=pipeline
        ) as s:
            w = world(s)
            with emu.fault("drop,method=POST,path=/v2/servers/*,count=1"):
                try:
                    len(build(s, w, name="drop"))
                except clc.CLCException as exc:
                    types.append(type(exc))
    # A dropped build POST may have been applied: "outcome unknown", never re-sent.
    assert len(types) == 2 and types[0] is types[1]
    assert types[0].__name__ == "OutcomeUnknownError"


def test_combined_wait_settles_every_job_then_raises_with_notes(
    emu: Emulator, psess: clc.Session
) -> None:
    group_id, template, network = world(psess)
    good = [build(psess, (group_id, template, network), name=f"ok{i}") for i in range(3)]
    bad = [build(psess, (f"nogroup{i}", template, network), name="bad") for i in range(2)]
    combined = sum([good[0], bad[0], good[1], bad[1], good[2]])
    assert isinstance(combined, clc.v2.Requests)
    with pytest.raises(clc.BadRequestException, match="nogroup0") as info:
        combined.WaitUntilComplete(poll_freq=POLL)
    notes = info.value.__notes__
    assert any(n.startswith("also failed:") and "nogroup1" in n for n in notes)
    assert any("2 submission(s) failed; jobs 3 succeeded, 0 failed, 0 pending" in n for n in notes)
    # Every queued job was waited for before the raise.
    assert combined.requests == [] and len(combined.success_requests) == 3
    assert len(combined.error_requests) == 2


def test_unseen_error_is_raised_by_the_next_request_of_the_session(
    emu: Emulator, psess: clc.Session
) -> None:
    w = world(psess)
    result = build(psess, ("lost-group", w[1], w[2]), name="lost")
    del result  # nobody will ever look at it
    gc.collect()
    psess._pipeline._wait()  # the POST is answered: it is not counted below
    before = emu.app.requests_served
    with pytest.raises(clc.SubmissionFailedException, match="lost-group") as info:
        clc.v2.Group(w[0], session=psess)  # waits for the POST, then refuses to go ahead
    assert emu.app.requests_served == before  # the read was not made
    assert isinstance(info.value.__cause__, clc.BadRequestException)
    assert [label for label, _ in info.value.failures] == [
        f"Server.Create(name='lost', template={w[1]!r}, group_id='lost-group')"
    ]
    clc.v2.Group(w[0], session=psess)  # raised once: the session works again
    psess.close()


def test_seen_error_is_not_raised_again_by_the_session(emu: Emulator, psess: clc.Session) -> None:
    w = world(psess)
    result = build(psess, ("seen-group", w[1], w[2]), name="seen")
    with pytest.raises(clc.BadRequestException):
        len(result)
    clc.v2.Group(w[0], session=psess)
    psess.close()


def test_close_waits_for_submissions_then_raises_unseen_errors(emu: Emulator, gate: Gate) -> None:
    s = clc.Session(
        emu.username, emu.password, base_url=emu.url, use_env=False, transport=gate, pipeline=True
    )
    w = world(s)
    gate.open.clear()
    timer = threading.Timer(0.2, gate.open.set)
    timer.start()
    try:
        kept = build(s, w, name="clos")
        failing = build(s, ("close-group", w[1], w[2]), name="clos")
        with pytest.raises(clc.SubmissionFailedException, match="close-group"):
            s.close()
    finally:
        timer.cancel()
        gate.open.set()
    assert s.closed
    assert len(names_in_emulator(emu, "clos")) == 1  # the POST finished before close
    assert len(kept.requests) == 1  # the result is kept; no HTTP needed to read it
    with pytest.raises(clc.BadRequestException):
        len(failing)  # the result still raises its own error at its first use
    with pytest.raises(clc.SessionClosedException):
        build(s, w, name="after")


def test_leaving_a_with_block_raises_unseen_errors(emu: Emulator) -> None:
    with (
        pytest.raises(clc.SubmissionFailedException, match="with-group"),
        clc.Session(**emu.session_kwargs(), use_env=False, pipeline=True) as s,
    ):
        w = world(s)
        build(s, ("with-group", w[1], w[2]), name="with")


def test_an_error_already_leaving_a_with_block_keeps_its_type(emu: Emulator) -> None:
    with (
        pytest.raises(KeyError) as info,
        clc.Session(**emu.session_kwargs(), use_env=False, pipeline=True) as s,
    ):
        w = world(s)
        build(s, ("note-group", w[1], w[2]), name="note")
        raise KeyError("the caller's own error")
    assert any("note-group" in note for note in info.value.__notes__)


def test_builds_keep_2_51_timing_unless_pipelining_is_asked_for(emu: Emulator) -> None:
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
        assert s.pipeline is False
        w = world(s)
        result = build(s, w, name="sync")
        assert len(names_in_emulator(emu, "sync")) == 1  # accepted before the call returned
        assert "submitting" not in repr(result)
        with pytest.raises(clc.BadRequestException):
            build(s, ("sync-group", w[1], w[2]), name="sync")
        assert result.WaitUntilComplete(poll_freq=POLL) == 0


@pytest.mark.parametrize(
    ("value", "pipelined"),
    [(None, False), ("", False), ("0", False), ("off", False), ("1", True), ("Yes", True)],
)
def test_env_var_opts_the_default_session_in(
    default_creds: Emulator, monkeypatch: pytest.MonkeyPatch, value: str | None, pipelined: bool
) -> None:
    from clc.v2 import default_session as session_mod

    if value is not None:
        monkeypatch.setenv("CLC_PIPELINE", value)
    session_mod.reset_default_session()
    assert session_mod.default_session().pipeline is pipelined


def test_env_var_with_another_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLC_PIPELINE", "maybe")
    with pytest.raises(clc.InvalidArgumentException, match="CLC_PIPELINE"):
        clc.Session("user", "password", base_url="http://127.0.0.1:9")


def test_clone_is_pipelined(emu: Emulator, gsess: clc.Session, gate: Gate) -> None:
    w = world(gsess)
    source = build(gsess, w, name="src")
    assert source.WaitUntilComplete(poll_freq=POLL) == 0
    server = source.Server()
    gate.open.clear()
    clones = server.Clone(network_id=w[2], name="cln", count=2)
    assert gate.posted.wait(10)
    assert names_in_emulator(emu, "cln") == []
    gate.open.set()
    assert clones.WaitUntilComplete(poll_freq=POLL) == 0
    assert len(names_in_emulator(emu, "cln")) == 2


def test_threads_share_one_login(emu: Emulator, sess: clc.Session) -> None:
    w = world(sess)  # logs in: the threads below must not log in again
    with clc.Session(
        emu.username, emu.password, base_url=emu.url, use_env=False, pipeline=True
    ) as fresh:
        results: list[clc.v2.Requests] = []
        lock = threading.Lock()

        def worker(k: int) -> None:
            for _ in range(5):
                r = build(fresh, w, name=f"t{k}")
                with lock:
                    results.append(r)

        before = logins(emu)
        threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        combined = sum(results)
        assert isinstance(combined, clc.v2.Requests)
        assert combined.WaitUntilComplete(poll_freq=POLL) == 0
        assert len(combined.success_requests) == 20
        assert logins(emu) == before + 1


def test_hundred_creates_with_mixed_outcomes_nothing_dropped(
    emu: Emulator, psess: clc.Session
) -> None:
    group_id, template, network = world(psess)
    requests = []
    with emu.fault("fail_job,method=POST,path=/v2/servers/*,count=5"):
        for i in range(90):
            requests.append(build(psess, (group_id, template, network), name=f"m{i % 9}"))
        clc.v2.Group(group_id, session=psess)  # the barrier: every POST sent under the fault
    for i in range(10):
        requests.append(build(psess, (f"missing{i}", template, network), name="m"))
    combined = sum(requests)
    assert isinstance(combined, clc.v2.Requests)
    with pytest.raises(clc.BadRequestException) as info:
        combined.WaitUntilComplete(poll_freq=POLL)
    also = [n for n in info.value.__notes__ if n.startswith("also failed:")]
    assert len(also) == 9
    assert combined.requests == []
    assert len(combined.success_requests) == 85
    assert len(combined.error_requests) == 15
    not_submitted = [r for r in combined.error_requests if r.id.startswith("not-submitted:")]
    assert len(not_submitted) == 10
    assert len(combined) == 100
