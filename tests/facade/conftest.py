"""Fixtures of the facade tests: an emulator on loopback and sessions pointed at it.

Every test that touches module-level state (the default session, ``clc.defaults``,
``clc.ALIAS``...) goes through ``default_creds``, which restores it afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import clc
from clc import session as session_mod
from clc.testing import Emulator


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(job_seconds=0.05) as running:
        yield running


@pytest.fixture
def sess(emu: Emulator) -> Iterator[clc.Session]:
    with clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s:
        yield s


@pytest.fixture(autouse=True)
def _clean_globals(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees credentials from the environment or another test's default session."""
    for name in (
        "CLC_V2_API_USERNAME",
        "CLC_V2_API_PASSWD",
        "CLC_V2_API_TOKEN",
        "CLC_ACCT_ALIAS",
        "CLC_V2_API_URL",
        "CLC_PIPELINE",
    ):
        monkeypatch.delenv(name, raising=False)
    import clc.v2

    for mod, name in (
        (clc, "_LOGIN_TOKEN_V2"),
        (clc, "ALIAS"),
        (clc, "LOCATION"),
        (clc, "_SSL_VERIFY"),
        (clc.defaults, "ENDPOINT_URL_V2"),
        (clc.v2, "V2_API_USERNAME"),
        (clc.v2, "V2_API_PASSWD"),
    ):
        monkeypatch.setattr(mod, name, getattr(mod, name))
    session_mod.reset_default_session()
    yield
    session_mod.reset_default_session()


@pytest.fixture
def default_creds(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    """2.51 style: the endpoint in clc.defaults and SetCredentials."""
    monkeypatch.setattr(clc.defaults, "ENDPOINT_URL_V2", emu.url)
    clc.v2.SetCredentials(emu.username, emu.password)
    return emu


def logins(emu: Emulator) -> int:
    """How many bearer tokens the emulator issued (one per login)."""
    with emu.state.lock:
        return len(emu.state.data["tokens"])
