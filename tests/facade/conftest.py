"""Fixtures of the facade tests: an emulator on loopback and sessions pointed at it.

Every test that touches module-level state (the default session, ``clc.defaults``,
``clc.ALIAS``...) goes through ``default_creds``, which restores it afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import httpx
import pytest

import clc
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
def _clean_globals(clean_clc_state: None) -> None:
    """No test sees credentials from the environment or another test's default session."""


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


class Counting(httpx.BaseTransport):
    """Records ``METHOD path?query`` of each request on its way to loopback."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.seen: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        query = request.url.query.decode()
        self.seen.append(f"{request.method} {request.url.path}" + (f"?{query}" if query else ""))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@contextmanager
def counting_session(emu: Emulator) -> Iterator[tuple[clc.Session, Counting]]:
    """A new session (it logs in) whose requests a :class:`Counting` transport records."""
    counter = Counting()
    with clc.Session(
        emu.username, emu.password, base_url=emu.url, transport=counter, use_env=False
    ) as s:
        yield s, counter


def build_servers(
    session: clc.Session, groups: Sequence[clc.v2.Group], name: str
) -> clc.v2.Requests:
    """One server in each of ``groups`` (a group may appear several times), built and done."""
    dc = clc.v2.Datacenter("VA1", session=session)
    template, network = dc.Templates().templates[0].id, dc.Networks().networks[0].id
    reqs = sum(
        clc.v2.Server.Create(
            name=name, cpu=1, memory=2, group_id=g.id, template=template,
            network_id=network, session=session,
        )
        for g in groups
    )  # fmt: skip
    assert isinstance(reqs, clc.v2.Requests)
    assert reqs.WaitUntilComplete(poll_freq=0.02) == 0
    return reqs
