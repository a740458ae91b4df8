"""Property-based tests of the facade against the emulator: random arguments to Server.Create and to
server changes either succeed or raise a documented clc.CLCException, never a KeyError, TypeError
or raw httpx error; and the facade/emulator verdict agrees with clc.core.validation's."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import clc
from clc.core import validation
from clc.errors import InvalidArgumentException
from clc.testing import Emulator


@pytest.fixture(scope="module")
def env() -> Iterator[tuple[clc.Session, str, str, str]]:
    with (
        Emulator(job_seconds=0.01) as emu,
        clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s,
    ):
        dc = clc.v2.Datacenter("VA1", session=s)
        group = dc.Groups().Get("Default Group")
        yield s, group.id, dc.Templates().templates[0].id, dc.Networks().networks[0].id


names = st.one_of(
    st.from_regex(r"[A-Za-z0-9-]{1,8}", fullmatch=True),
    st.text(max_size=10),
)
numbers: st.SearchStrategy[Any] = st.one_of(
    st.integers(-2, 140), st.sampled_from([None, "2", 2.0, 2.5, True])
)
types = st.sampled_from(["standard", "hyperscale", "bareMetal", "bogus"])
storages = st.sampled_from(["standard", "premium", "hyperscale", "bogus"])


def create(
    env: tuple[clc.Session, str, str, str],
    name: Any,
    cpu: Any,
    memory: Any,
    type_: str,
    storage: str,
) -> None:
    """Server.Create with these arguments in the Default Group; what the API refused is raised
    by the call (on a pipelined session, at the first use of the result: ``len``)."""
    s, group_id, template, network = env
    len(
        clc.v2.Server.Create(
            name=name,
            template=template,
            group_id=group_id,
            network_id=network,
            cpu=cpu,
            memory=memory,
            type=type_,
            storage_type=storage,
            session=s,
        )
    )


def our_verdict(name: Any, cpu: Any, memory: Any, type_: str, storage: str) -> bool:
    try:
        validation.check_server_name(name, "DEMO")
        validation.check_cpu(cpu)
        validation.check_memory_gb(memory)
        validation.check_storage_type(storage, type_)
    except InvalidArgumentException:
        return False
    return validation.check_server_type(type_) != "bareMetal"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=names, cpu=numbers, memory=numbers, type_=types, storage=storages)
def test_create_server_accepts_or_raises_documented_errors(
    env: tuple[clc.Session, str, str, str],
    name: Any,
    cpu: Any,
    memory: Any,
    type_: str,
    storage: str,
) -> None:
    try:
        create(env, name, cpu, memory, type_, storage)
    except clc.CLCException as exc:
        assert str(exc)


AGREEMENT_CASES = [
    *[(n, 1, 1, "standard", "standard") for n in ("web", "abcdef", "web_1", "wé", "", "abcdefghi")],
    *[("w", c, 1, "standard", "premium") for c in (0, 1, 16, 17, "2", 2.0)],
    *[("w", 1, m, "standard", "standard") for m in (0, 128, 129, "4", 4.0)],
    *[
        ("w", 1, 1, t, st)
        for t in ("standard", "hyperscale", "bareMetal", "bogus")
        for st in ("standard", "premium", "hyperscale", "bogus")
    ],
    # Floats with a fraction and bools are refused, not truncated (2.5 -> 2, True -> 1).
    ("w", 2.5, 1, "standard", "standard"),
    ("w", True, 1, "standard", "standard"),
    ("w", 1, 2.5, "standard", "standard"),
    ("w", 1, True, "standard", "standard"),
]


@pytest.mark.parametrize(("name", "cpu", "memory", "type_", "storage"), AGREEMENT_CASES)
def test_facade_and_emulator_agree_with_validation(
    env: tuple[clc.Session, str, str, str],
    name: Any,
    cpu: Any,
    memory: Any,
    type_: str,
    storage: str,
) -> None:
    """What the facade and the emulator accept is exactly what clc.core.validation accepts."""
    try:
        create(env, name, cpu, memory, type_, storage)
        accepted = True
    except clc.CLCException:
        accepted = False
    assert accepted == our_verdict(name, cpu, memory, type_, storage)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cpu=st.integers(-3, 20) | st.just(None),
    memory=st.integers(-3, 140) | st.just(None),
    days=st.integers(-2, 12),
)
def test_server_changes_accept_or_raise_documented_errors(
    env: tuple[clc.Session, str, str, str], cpu: Any, memory: Any, days: int
) -> None:
    s, group_id, template, network = env
    server = getattr(test_server_changes_accept_or_raise_documented_errors, "server", None)
    if server is None:
        build = clc.v2.Server.Create(
            name="prop",
            template=template,
            group_id=group_id,
            network_id=network,
            cpu=1,
            memory=1,
            session=s,
        )
        assert build.WaitUntilComplete(poll_freq=0.01) == 0
        server = build.success_requests[0].Server()
        test_server_changes_accept_or_raise_documented_errors.server = server  # type: ignore[attr-defined]
    for change in (
        lambda: server.Change(cpu=cpu, memory=memory),
        lambda: server.CreateSnapshot(expiration_days=days),
    ):
        try:
            change()
        except clc.CLCException as exc:
            assert str(exc)
