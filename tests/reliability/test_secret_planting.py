"""Plant known fake secrets, run a full scenario with DEBUG logging everywhere, and search every log
record, repr(), str() and exception text for them."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest

import clc
from clc.testing import Emulator

ACCOUNT_PASSWORD = "Planted-Acct-Pw-6f1c!"
SERVER_PASSWORD = "Planted-Srv-Pw-93ab!"
NEW_SERVER_PASSWORD = "Planted-New-Pw-04de!"


class Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> Iterator[str]:
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        for record in self.records:
            yield formatter.format(record)
            yield repr(record.args)
            yield repr(record.__dict__)


@pytest.fixture
def debug_everything() -> Iterator[Everything]:
    handler = Everything()
    root = logging.getLogger()
    old = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old)


def test_planted_secrets_never_leak(debug_everything: Everything) -> None:
    seen: list[str] = []  # every repr, str and exception text produced along the way

    def look(obj: Any) -> Any:
        seen.extend([repr(obj), str(obj)])
        return obj

    with Emulator(job_seconds=0.05, password=ACCOUNT_PASSWORD, fault_seed=3) as emu:
        # A wrong password: the error must not quote what was sent.
        with clc.Session(
            emu.username, ACCOUNT_PASSWORD + "x", base_url=emu.url, use_env=False
        ) as wrong:
            with pytest.raises(clc.AccountLoginException) as bad_login:
                wrong.login()
            look(bad_login.value)
            look(wrong)

        with clc.Session(
            emu.username, ACCOUNT_PASSWORD, base_url=emu.url, use_env=False, log_bodies=True
        ) as s:
            token = s.token
            secrets = [ACCOUNT_PASSWORD, SERVER_PASSWORD, NEW_SERVER_PASSWORD, token]
            for obj in (s, s.as_dict(), s.http, s.client, s.http_logger, s.retry, s.retry_budget):
                look(obj)
            emu.add_fault("status=503,retry_after=0,count=2,method=GET")
            emu.add_fault("drop,method=GET,path=/v2/groups/*,count=1")
            dc = look(clc.v2.Datacenter("VA1", session=s))
            group = look(dc.Groups().Get("Default Group"))
            build = clc.v2.Server.Create(
                name="sec",
                template=dc.Templates().templates[0].id,
                group_id=group.id,
                network_id=dc.Networks().networks[0].id,
                cpu=1,
                memory=1,
                password=SERVER_PASSWORD,
                session=s,
            )
            look(build)
            assert build.WaitUntilComplete(poll_freq=0.02) == 0
            server = look(build.requests[0].Server() if build.requests else None) or look(
                build.success_requests[0].Server()
            )
            creds = server.Credentials()
            assert creds["password"] == SERVER_PASSWORD  # the API did hand it over...
            look(server.SetPassword(NEW_SERVER_PASSWORD)).WaitUntilComplete(poll_freq=0.02)
            # Errors from the API, from the transport and from validation.
            for failing in (
                lambda: clc.v2.Server("VA1DEMONOPE01", session=s),
                lambda: server.SetCPU(99),
            ):
                try:
                    failing()
                except clc.CLCException as exc:
                    look(exc)
                    seen.append(repr(exc.__dict__))
            emu.add_fault("status=500,method=POST,count=1")
            try:
                server.PowerOff()
            except clc.CLCException as exc:
                look(exc)
            # Expire the token mid-run: the re-login must not log the password either.
            emu.expire_tokens()
            look(clc.v2.Server(server.id, session=s))
            secrets.append(s.token)
            look(s)

    assert debug_everything.records, "DEBUG logging produced nothing: the test proves nothing"
    haystack = list(debug_everything.texts()) + seen
    for secret in secrets:
        leaks = [text for text in haystack if secret in text]
        assert not leaks, f"a planted secret leaked into: {leaks[:3]}"
    # ...and the scenario really exercised logging of requests, retries and the login.
    joined = "\n".join(haystack)
    assert "/v2/authentication/login" in joined and "retrying GET" in joined
    assert '"password":"***"' in joined  # bodies were logged, with the password masked
