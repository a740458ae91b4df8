"""Refused builds cannot go unnoticed (issue 12, item 7), against the emulator over loopback.

By default ``Server.Create`` keeps clc-sdk 2.51's timing: it returns once the API accepted the
build and raises the API's refusal itself. Pipelining is an opt-in (``pipeline=True``,
``CLC_PIPELINE=1``); a failure it hides is raised at the next use of the result or of the
session, and one nobody looked at makes the process exit with status 1. The README's rows
for refused builds quote the figures measured here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import clc
from clc.testing import Emulator

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

SCRIPT = textwrap.dedent(
    """
    import clc

    dc = clc.v2.Datacenter()
    template = dc.Templates().templates[0].id
    clc.v2.Server.Create(
        name="web", template=template, group_id="nosuchgroup", network_id=None, cpu=1, memory=1
    )
    print("the script reached its end")
    """
)


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(job_seconds=0.01) as running:
        yield running


def servers_named(emu: Emulator, part: str) -> list[str]:
    with emu.state.lock:
        names = [str(s["name"]) for s in emu.state.data["servers"].values()]
    return sorted(n for n in names if part.upper() in n.upper())


def run_script(emu: Emulator, pipelined: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLC_")}
    env.update(
        CLC_V2_API_URL=emu.url, CLC_V2_API_USERNAME=emu.username, CLC_V2_API_PASSWD=emu.password
    )
    if pipelined:
        env["CLC_PIPELINE"] = "1"
    return subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )


def test_a_script_whose_build_is_refused_exits_1_in_2_51_timing(emu: Emulator) -> None:
    done = run_script(emu, pipelined=False)
    assert done.returncode == 1, done.stderr
    assert ROWS["2.51"][0] == "1"
    assert "BadRequestException" in done.stderr and "nosuchgroup" in done.stderr
    assert "reached its end" not in done.stdout  # raised by the Create itself


def test_a_script_whose_pipelined_build_is_refused_exits_1(emu: Emulator) -> None:
    done = run_script(emu, pipelined=True)
    assert done.returncode == 1, done.stderr
    assert ROWS["pipelined"][0] == "1"
    assert "reached its end" in done.stdout  # the Create returned before the API answered...
    # ...and the refusal nobody looked at is reported at exit, with what was refused.
    assert "1 pipelined submission(s) failed and nobody looked at the error" in done.stderr
    assert "nosuchgroup" in done.stderr and "exiting with status 1" in done.stderr


def builds(s: clc.Session, name: str, groups: list[str | None]) -> list[clc.v2.Requests]:
    """One ``Create`` per entry of ``groups`` (``None``: the data center's root group), in
    order; stops at the first that raises ``BadRequestException`` (re-raised)."""
    dc = clc.v2.Datacenter("VA1", session=s)
    root, template = dc.RootGroup().id, dc.Templates().templates[0].id
    return [
        clc.v2.Server.Create(
            name=name,
            template=template,
            group_id=group or root,
            network_id=None,
            cpu=1,
            memory=1,
            session=s,
        )
        for group in groups
    ]


FIVE = [None, None, "nosuchgroup", None, None]  # five builds, the third refused by the API


def test_five_builds_the_third_refused_in_2_51_timing(emu: Emulator) -> None:
    with (
        clc.Session(**emu.session_kwargs(), use_env=False) as s,
        pytest.raises(clc.BadRequestException, match="nosuchgroup"),
    ):
        builds(s, "sync", FIVE)  # raised by the third Create...
    assert len(servers_named(emu, "sync")) == 2  # ...so the loop built two, no more
    assert ROWS["2.51"][1:] == ("2", "the third `Create`")


def test_five_builds_the_third_refused_with_pipelining(emu: Emulator) -> None:
    s = clc.Session(**emu.session_kwargs(), use_env=False, pipeline=True)
    assert len(builds(s, "pipe", FIVE)) == 5  # every Create returned at once
    with pytest.raises(clc.SubmissionFailedException, match="nosuchgroup"):
        clc.v2.Account(session=s)  # the next use of the session raises it
    s.close()
    assert len(servers_named(emu, "pipe")) == 4
    assert ROWS["pipelined"][1:] == ("4", "the next use of the session or of its `Requests`")


def test_automatic_name_numbers_follow_call_order_by_default(emu: Emulator) -> None:
    with clc.Session(**emu.session_kwargs(), use_env=False) as s:
        names = []
        for build in builds(s, "ord", [None] * 5):
            assert build.WaitUntilComplete(poll_freq=0.01) == 0
            names.append(build.Server().name)
    assert [n[-2:] for n in names] == ["01", "02", "03", "04", "05"]


def _rows() -> dict[str, tuple[str, str, str]]:
    """The README's refused-build rows: timing -> (exit status, servers created of five, what
    raised the refusal)."""
    rows = {}
    for key, label in (("2.51", "2.51 timing (the default)"), ("pipelined", "opted-in pipelining")):
        line = next(
            ln for ln in README.splitlines() if ln.startswith(f"| refused build, {label} |")
        )
        found = re.search(
            r"exits with status (\d+)[^;]*; .*: (\d+) servers created, raised by (.*?) \|", line
        )
        assert found, line
        rows[key] = (found[1], found[2], found[3])
    return rows


ROWS = _rows()
