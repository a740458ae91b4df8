"""Every public entry point refuses bad arguments before any request (issue 12, item 3).

Property: called in a running emulator with any mix of valid and invalid arguments (see
entry_points.py), an entry point given an invalid one raises ``InvalidArgumentException``
naming it, having made no HTTP request (counted at the emulator, the login included) and
changed nothing in the emulator's state; given only valid ones it is never refused by the
SDK; and nothing but a ``clc.CLCException`` ever escapes.

``CLC_ARGUMENT_EXAMPLES`` sets the examples per entry point (default 25).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import clc
from clc.session import SessionDict
from clc.testing import Emulator
from clc.v2 import default_session as session_mod
from tests.reliability.entry_points import World, build_world, entries, public_entry_points

EXAMPLES = int(os.environ.get("CLC_ARGUMENT_EXAMPLES", "25"))
ENTRY_POINTS = public_entry_points()


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    """One emulator and what the entry points act on; the default session and the module
    globals point at the emulator (a default session must never reach the public API)."""
    with pytest.MonkeyPatch.context() as mp, Emulator(job_seconds=0.01) as emu:
        for name in ("CLC_V2_API_USERNAME", "CLC_V2_API_PASSWD", "CLC_V2_API_TOKEN",
                     "CLC_ACCT_ALIAS", "CLC_V2_API_URL", "CLC_PIPELINE"):  # fmt: skip
            mp.delenv(name, raising=False)
        mp.setattr(clc.defaults, "ENDPOINT_URL_V2", emu.url)
        for name in ("V2_API_USERNAME", "V2_API_PASSWD", "_V2_ENABLED"):
            mp.setattr(clc.v2, name, getattr(clc.v2, name))
        for name in ("_LOGIN_TOKEN_V2", "ALIAS", "LOCATION"):
            mp.setattr(clc, name, getattr(clc, name))
        session_mod.reset_default_session()
        with clc.Session(**emu.session_kwargs(), use_env=False) as s:
            yield build_world(emu, s)
        session_mod.reset_default_session()


def snapshot(emu: Emulator) -> str:
    with emu.state.lock:
        return json.dumps(emu.state.data, sort_keys=True, default=str)


def argument_root(argument: str | None) -> str:
    """``additional_disks[0].sizeGB`` -> ``additional_disks``; ``timeout.read`` -> ``timeout``."""
    return re.split(r"[\[.]", argument or "")[0]


def close(result: Any) -> None:
    if isinstance(result, clc.Session):
        result.close()
    elif isinstance(result, SessionDict):
        result.session.close()


def test_every_entry_point_has_arguments_to_try(world: World) -> None:
    """The table of entry_points.py names exactly the entry points found by inspection."""
    table = entries(world)
    assert sorted(table) == sorted(ENTRY_POINTS)
    for name, entry in table.items():
        assert sorted(entry.args) == sorted(ENTRY_POINTS[name]), name


def test_readme_counts_the_entry_points() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    n = len(ENTRY_POINTS)
    assert f"| argument checks | {n} of {n} public entry points refuse" in readme


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_bad_arguments_are_refused_before_any_request(
    world: World, name: str, data: st.DataObject
) -> None:
    entry = entries(world)[name]
    emu = world.emu
    count = data.draw(st.sampled_from([0, 0, 1, 1, 1, 2]), label="invalid arguments")
    order = data.draw(st.permutations(sorted(entry.args)), label="order")
    bad = set(order[:count])
    kwargs = {
        arg: data.draw(spec.invalid if arg in bad else spec.valid, label=arg)
        for arg, spec in entry.args.items()
    }
    call = entry.target()
    served, state = emu.app.requests_served, snapshot(emu)
    try:
        result = call(**kwargs)
    except clc.InvalidArgumentException as exc:
        made = emu.app.requests_served - served
        assert made == 0, f"{name} refused {exc.argument} after {made} request(s)"
        assert snapshot(emu) == state, f"{name} changed the emulator before refusing"
        assert bad or entry.state_dependent, f"{name} refused valid arguments: {exc}"
        if bad:
            assert argument_root(exc.argument) in bad, f"{exc} names none of {sorted(bad)}"
        assert "allowed: " in str(exc)
    except clc.CLCException as exc:
        assert not bad, f"{name} let {sorted(bad)} through: {type(exc).__name__}: {exc}"
    except Exception as exc:  # the property: nothing else escapes
        pytest.fail(f"{name} raised {type(exc).__name__} (not a clc.CLCException): {exc}")
    else:
        assert not bad, f"{name} accepted {sorted(bad)} = {[kwargs[b] for b in bad]!r}"
        close(result)
    finally:
        world.close_fresh()


def create_kwargs(world: World, **changes: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "name": "web", "template": world.template, "group_id": world.group.id,
        "network_id": world.network, "cpu": 1, "memory": 1, "session": world.fresh(),
    }  # fmt: skip
    kwargs.update(changes)
    return kwargs


def create(**changes: Any) -> Any:
    """``Server.Create`` with valid arguments but ``changes``, on a fresh session."""
    return lambda w: clc.v2.Server.Create(**create_kwargs(w, **changes))


def session(**changes: Any) -> Any:
    return lambda w: clc.Session(**w.emu.session_kwargs(), **changes)


# The issue's examples: (what, call, the argument named).
ISSUE_EXAMPLES: list[tuple[str, Any, str]] = [
    ('cpu="+-5"', create(cpu="+-5"), "cpu"),
    ("cpu=99 on a fresh session", create(cpu=99), "cpu"),
    ('custom_fields=[{"foo": 1}]', create(custom_fields=[{"foo": 1}]), "custom_fields"),
    ("packages=[{}]", create(packages=[{}]), "packages"),
    ('additional_disks="x"', create(additional_disks="x"), "additional_disks"),
    ("a disk of 0 GB", create(additional_disks=[{"sizeGB": 0}]), "additional_disks"),
    ("a disk of 5000 GB", lambda w: w.server.Disks().Add(5000, "/data"), "size"),
    ('managed_os="false"', create(managed_os="false"), "managed_os"),
    ("group_id=5", create(group_id=5), "group_id"),
    ("template=5", create(template=5), "template"),
    ("network_id=5", create(network_id=5), "network_id"),
    ("description=5", create(description=5), "description"),
    ("password=5", create(password=5), "password"),
    ('password=""', create(password=""), "password"),
    ("Group.Create(None)", lambda w: w.group.Create(None), "name"),
    ('Group.Create("")', lambda w: w.group.Create(""), "name"),
    ("a group name of 300 characters", lambda w: w.group.Create("x" * 300), "name"),
    ('Session(timeout=float("inf"))', session(timeout=float("inf")), "timeout"),
    ("Session(timeout=1e12)", session(timeout=1e12), "timeout"),
    ('Session(timeout=float("nan"))', session(timeout=float("nan")), "timeout"),
]


@pytest.mark.parametrize(
    ("call", "argument"), [e[1:] for e in ISSUE_EXAMPLES], ids=[e[0] for e in ISSUE_EXAMPLES]
)
def test_the_issues_examples_are_refused_before_any_request(
    world: World, call: Any, argument: str
) -> None:
    served, state = world.emu.app.requests_served, snapshot(world.emu)
    try:
        with pytest.raises(clc.InvalidArgumentException) as info:
            call(world)
    finally:
        world.close_fresh()
    assert argument_root(info.value.argument) == argument
    assert world.emu.app.requests_served == served and snapshot(world.emu) == state


def test_a_name_too_long_with_the_alias_waits_only_for_the_login(world: World) -> None:
    """The one check that needs the account: 8 characters are a valid name, but not with the
    alias DEMO (10 in all). Without ``alias=`` it runs right after the login, before any other
    request; with ``alias=`` before any."""
    for alias, requests in ((None, 1), (world.emu.alias, 0)):
        served, state = world.emu.app.requests_served, snapshot(world.emu)
        with pytest.raises(clc.InvalidArgumentException, match="at most 10 in all"):
            clc.v2.Server.Create(**create_kwargs(world, name="abcdefgh", alias=alias))
        world.close_fresh()
        assert world.emu.app.requests_served - served == requests
        assert _without_tokens(snapshot(world.emu)) == _without_tokens(state)  # a login adds one


def _without_tokens(snap: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(snap)
    data.pop("tokens", None)
    return data
