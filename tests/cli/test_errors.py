"""Failures: the documented exit codes and one line on stderr, never a secret."""

from __future__ import annotations

import pytest

from clc.testing import Emulator

from .conftest import Clc, Run

SECRET = "Wr0ng-Secret-2816"


def one_line(run: Run) -> str:
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("clc: ")
    assert SECRET not in run.stdout + run.stderr
    return lines[0]


def test_wrong_password_is_an_authentication_error(clc: Clc) -> None:
    run = clc("server", "list", CLC_V2_API_PASSWD=SECRET)
    assert run.code == 4
    assert "Login refused" in one_line(run)
    assert run.stdout == ""


def test_login_with_a_wrong_password_writes_nothing(clc: Clc, clc_emulator: Emulator) -> None:
    run = clc("login", "--username", clc_emulator.username, "--password-stdin", stdin=SECRET)
    assert run.code == 4
    assert "POST /v2/authentication/login" in one_line(run)


def test_unknown_server(clc: Clc, clc_emulator: Emulator) -> None:
    line = one_line(run := clc("server", "get", "NOPE01"))
    assert run.code == 3
    assert "404" in line and f"GET {clc_emulator.url}/v2/servers/" in line and "NOPE01" in line
    generated = clc("servers", "get-server", "--server-id", "NOPE01")
    assert generated.code == 3
    assert "404" in one_line(generated)
    power = clc("server", "power-off", "NOPE01")
    assert power.code == 3


def test_unknown_names(clc: Clc) -> None:
    assert clc("group", "delete", "no-such-group").code == 3
    assert clc("server", "list", "-d", "XX9").code == 3
    run = clc("server", "create", "--name", "x", "--group", "Default Group", "-d", "VA1",
              "--template", "no-such-os", "--cpu", "1", "--memory", "1")  # fmt: skip
    assert run.code == 3
    assert "no template matches 'no-such-os' in VA1" in one_line(run)


@pytest.mark.parametrize(
    "args",
    [
        ["server", "get"],
        ["no-such-command"],
        ["server", "list", "--output", "yaml"],
        ["server", "list", "--filter", "no-equals-sign"],
        ["server", "list", "--query", "[?"],
        ["servers", "create-server"],
        ["power-operations", "power-off-servers", "--body", "{not json"],
    ],
)
def test_usage_errors(clc: Clc, args: list[str]) -> None:
    run = clc(*args)
    assert run.code == 2
    one_line(run)


def test_no_credentials(offline_clc: Clc) -> None:
    run = offline_clc("server", "list")
    assert run.code == 4
    assert "no credentials" in one_line(run)


@pytest.mark.clc_emulator(
    job_seconds=0.1, faults=["fail_job,path=/v2/operations/*/servers/powerOff"]
)
def test_failed_job(clc: Clc) -> None:
    name = _build(clc)
    run = clc("server", "power-off", name, "--wait", "--poll-interval", "0.05")
    assert run.code == 5
    assert "jobs failed" in run.stderr.splitlines()[-1]
    assert run.json()[0]["status"] == "failed"


@pytest.mark.clc_emulator(job_seconds=0.1)
def test_timeout(clc: Clc, clc_emulator: Emulator) -> None:
    name = _build(clc)
    clc_emulator.state.job_seconds = 60
    run = clc("server", "power-off", name, "--wait", "--timeout", "0.3", "--poll-interval", "0.05")
    assert run.code == 6
    assert run.stderr.splitlines()[-1].startswith("clc: ")


def _build(clc: Clc) -> str:
    run = clc("server", "create", "--name", "t", "--group", "Default Group", "-d", "VA1",
              "--template", "ubuntu-14", "--cpu", "1", "--memory", "1", "--wait",
              "--poll-interval", "0.05")  # fmt: skip
    assert run.code == 0, run.stderr
    return str(run.json()["name"])
