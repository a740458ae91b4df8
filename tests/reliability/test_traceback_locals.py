"""Secrets stay out of traceback locals (``pytest -l``, ``capture_locals=True``, rich's
``show_locals``): the password, the login body's password, a create body's server
password and the bearer token are held in a type whose repr is masked until written
to the wire.

Every error is rendered with the locals of every frame of its whole chain (causes and
contexts), and the planted values are searched for.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator

import pytest

import clc
from clc.testing import Emulator

ACCOUNT_PASSWORD = "Planted-Acct-Pw-7e21!"
SERVER_PASSWORD = "Planted-Srv-Pw-55c0!"

pytestmark = pytest.mark.timeout(120)


def rendered(fn: Callable[[], object]) -> str:
    """The traceback of what ``fn`` raises, with every frame's locals."""
    with pytest.raises(Exception) as info:
        fn()
    exc = info.value
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format())


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(job_seconds=0.05, password=ACCOUNT_PASSWORD) as running:
        yield running


def session(emu: Emulator, password: str = ACCOUNT_PASSWORD, **kw: object) -> clc.Session:
    return clc.Session(emu.username, password, base_url=emu.url, use_env=False, **kw)  # type: ignore[arg-type]


def create(s: clc.Session, group_id: str) -> object:
    dc = clc.v2.Datacenter("VA1", session=s)
    return clc.v2.Server.Create(
        name="tb",
        cpu=1,
        memory=1,
        group_id=group_id,
        template=dc.Templates().templates[0].id,
        network_id=dc.Networks().networks[0].id,
        password=SERVER_PASSWORD,
        session=s,
    )


def assert_clean(text: str, *secrets: str) -> None:
    assert "Traceback" in text
    for value in secrets:
        assert value not in text


def test_refused_login(emu: Emulator) -> None:
    wrong = ACCOUNT_PASSWORD + "-wrong"
    with session(emu, wrong) as s:
        text = rendered(lambda: clc.v2.Account(session=s))
    assert "AccountLoginException" in text
    assert_clean(text, wrong, ACCOUNT_PASSWORD)


def test_login_that_cannot_reach_the_api(emu: Emulator) -> None:
    emu.add_fault("drop,method=POST,path=/v2/authentication/login")
    with session(emu, retry=None) as s:
        text = rendered(lambda: clc.v2.Account(session=s))
    assert "TransportException" in text
    assert_clean(text, ACCOUNT_PASSWORD)


def test_refused_create_with_a_server_password(emu: Emulator) -> None:
    with session(emu, pipeline=False) as s:
        token = s.token
        text = rendered(lambda: create(s, "no-such-group"))
    assert "APIFailedResponse" in text or "Exception" in text
    assert_clean(text, SERVER_PASSWORD, ACCOUNT_PASSWORD, token)


def test_create_whose_connection_drops(emu: Emulator) -> None:
    with session(emu, pipeline=False) as s:
        token = s.token
        group = clc.v2.Datacenter("VA1", session=s).RootGroup().id
        emu.add_fault("drop,method=POST,path=/v2/servers/*")
        text = rendered(lambda: create(s, group))
    assert "OutcomeUnknownError" in text
    assert_clean(text, SERVER_PASSWORD, ACCOUNT_PASSWORD, token)


def test_a_refused_read_after_login(emu: Emulator) -> None:
    with session(emu) as s:
        token = s.token
        text = rendered(lambda: clc.v2.Server("NO-SUCH-SERVER", session=s))
    assert_clean(text, ACCOUNT_PASSWORD, token)


def test_a_session_refused_at_construction() -> None:
    text = rendered(lambda: clc.Session("u", ACCOUNT_PASSWORD, base_url="ftp://x", use_env=False))
    assert_clean(text, ACCOUNT_PASSWORD)


def test_repr_of_a_half_built_account(emu: Emulator) -> None:
    with session(emu, ACCOUNT_PASSWORD + "-wrong") as s:
        half = clc.v2.Account.__new__(clc.v2.Account)
        half.session = s
        assert repr(half) == "<clc.Account (incomplete)>"
        # The constructor's frame (self = the half-built account) renders too.
        text = rendered(lambda: clc.v2.Account(session=s))
    assert "<clc.Account (incomplete)>" in text
