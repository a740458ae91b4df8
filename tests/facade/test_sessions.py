"""Sessions: lazy login once under a race, one re-login on 401, several accounts side by
side, credentials from the environment, and 2.51's module-level names and session dicts."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

import clc
from clc.testing import Emulator

from .conftest import logins


def test_login_is_lazy_and_happens_once_under_a_20_thread_race(emu: Emulator) -> None:
    session = clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False)
    assert logins(emu) == 0  # nothing sent yet
    barrier = threading.Barrier(20)

    def first_call(_: int) -> str:
        barrier.wait()
        return clc.v2.Account(session=session).business_name or ""

    with ThreadPoolExecutor(20) as pool:
        names = list(pool.map(first_call, range(20)))
    assert names == ["Demo Company"] * 20
    assert logins(emu) == 1
    assert session.login_count == 1
    session.close()


def test_a_401_triggers_one_relogin_shared_by_all_threads(sess: clc.Session, emu: Emulator) -> None:
    clc.v2.Account(session=sess)
    assert logins(emu) == 1
    emu.expire_tokens()
    barrier = threading.Barrier(10)

    def call(_: int) -> str:
        barrier.wait()
        return str(clc.v2.Datacenter("VA1", session=sess))

    with ThreadPoolExecutor(10) as pool:
        assert list(pool.map(call, range(10))) == ["VA1"] * 10
    assert logins(emu) == 2
    assert sess.login_count == 2


def test_a_rejected_token_without_credentials_is_an_unauthorized_error(emu: Emulator) -> None:
    token = emu.login()
    with clc.Session(token=token, alias=emu.alias, base_url=emu.url, use_env=False) as s:
        assert clc.v2.Account(session=s).business_name == "Demo Company"
        emu.expire_tokens()
        with pytest.raises(clc.UnauthorizedException) as info:
            clc.v2.Account(session=s)
    assert token not in str(info.value)
    assert info.value.response_status_code == 401


def test_two_accounts_side_by_side_across_threads() -> None:
    with (
        Emulator(job_seconds=0.05) as one,
        Emulator(job_seconds=0.05, alias="ACME", username="acme", password="acme-pw") as two,
        clc.Session(one.username, one.password, base_url=one.url, use_env=False) as s1,
        clc.Session(two.username, two.password, base_url=two.url, use_env=False) as s2,
    ):

        def build(session: clc.Session) -> tuple[str, str, int]:
            dc = clc.v2.Datacenter(session=session)
            group = dc.Groups().Get("Default Group")
            reqs = clc.v2.Server.Create(
                name="par",
                cpu=1,
                memory=1,
                group_id=group.id,
                template=dc.Templates().templates[0].id,
                network_id=dc.Networks().networks[0].id,
                session=session,
            )
            failed = reqs.WaitUntilComplete(poll_freq=0.02)
            server = reqs.success_requests[0].Server()
            return clc.v2.Account.GetAlias(session=session), server.name, failed

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(build, [s1, s2, s1, s2]))
    assert [r[0] for r in results] == ["DEMO", "ACME", "DEMO", "ACME"]
    assert all(r[2] == 0 for r in results)
    assert "DEMO" in results[0][1] and "ACME" in results[1][1]


def test_credentials_and_endpoint_from_the_environment(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLC_V2_API_USERNAME", emu.username)
    monkeypatch.setenv("CLC_V2_API_PASSWD", emu.password)
    monkeypatch.setenv("CLC_V2_API_URL", emu.url)
    assert clc.v2.Account.GetAlias() == "DEMO"
    assert clc.v2.Account.GetLocation() == "VA1"


def test_token_and_alias_from_the_environment(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLC_V2_API_TOKEN", emu.login())
    monkeypatch.setenv("CLC_ACCT_ALIAS", "DEMO")
    monkeypatch.setenv("CLC_V2_API_URL", emu.url)
    # No login is possible; the location comes from the account (2.51 tried to log in).
    assert clc.v2.Account.GetLocation() == "VA1"
    assert str(clc.v2.Datacenter()) == "VA1"
    assert logins(emu) == 1  # only the token the test itself issued


def test_251_module_globals_drive_the_default_session(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What Ansible does: endpoint, token and alias through module-level names.
    monkeypatch.setattr(clc.defaults, "ENDPOINT_URL_V2", emu.url)
    clc._LOGIN_TOKEN_V2 = emu.login()
    clc.ALIAS = "DEMO"
    assert clc.v2.Account().business_name == "Demo Company"
    assert clc.v2.API.Call("GET", "accounts/DEMO")["accountAlias"] == "DEMO"


def test_login_is_mirrored_into_the_251_globals(default_creds: Emulator) -> None:
    clc.v2.Account()
    assert clc.ALIAS == "DEMO" and clc.LOCATION == "VA1"
    assert isinstance(clc._LOGIN_TOKEN_V2, str) and clc._LOGIN_TOKEN_V2


def test_get_session_dict_and_plain_http_session(default_creds: Emulator) -> None:
    emu = default_creds
    d = clc.v2.get_session(emu.username, emu.password, default_endpoints=clc.defaults)
    assert d["alias"] == "DEMO" and d["location"] == "VA1" and d["token"]
    assert d["token"] not in repr(d) and emu.password not in repr(d) and emu.password not in str(d)
    account = clc.v2.Account(session=d)
    assert account.session is d.session
    # A 2.51 hand-made dict with a token.
    assert clc.v2.Account(session={"token": d["token"], "alias": "DEMO"}).alias == "DEMO"
    # 2.44 style: a plain HTTP session means "transport only": default credentials apply.
    assert clc.v2.Account(session=httpx.Client()).business_name == "Demo Company"


def test_secrets_never_in_repr_str_or_errors(sess: clc.Session, emu: Emulator) -> None:
    token = sess.token
    for text in (repr(sess), str(sess), repr(sess.as_dict()), str(sess.as_dict())):
        assert token not in text and emu.password not in text
    with pytest.raises(clc.NotFoundException) as info:
        clc.v2.Server("NOPE", session=sess)
    assert token not in str(info.value) and token not in repr(info.value)


def test_closed_session_is_not_reopened(emu: Emulator) -> None:
    s = clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False)
    with s:
        clc.v2.Account(session=s)
    with pytest.raises(clc.SessionClosedException):
        clc.v2.Account(session=s)


def test_timeouts_are_never_off() -> None:
    s = clc.Session("u", "p", base_url="https://api.example.test", timeout=None, use_env=False)
    t = s.timeout
    assert None not in (t.connect, t.read, t.write, t.pool)
    with pytest.raises(clc.InvalidArgumentException):
        clc.Session("u", "p", base_url="https://x.test", timeout=httpx.Timeout(None), use_env=False)


def test_plain_http_refused_except_on_loopback() -> None:
    with pytest.raises(clc.InvalidArgumentException, match="plain http"):
        clc.Session("u", "p", base_url="http://api.example.test", use_env=False)
    clc.Session(
        "u", "p", base_url="http://api.example.test", allow_insecure_http=True, use_env=False
    )
