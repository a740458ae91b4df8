"""AsyncSession against the emulator: the same rules as the sync Session (login once
under concurrent first use, 401 re-login, errors, never re-sending a POST of unknown
outcome, redaction, deadlines), on the event loop."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from reliability.misbehaving import misbehaving

import clc
from clc.errors import (
    AccountLoginException,
    CLCException,
    HTTPTimeoutException,
    NotFoundException,
    OutcomeUnknownError,
    SessionClosedException,
    UnauthorizedException,
)
from clc.testing import Emulator
from clc_generated.api.accounts import get_account
from clc_generated.api.groups import create_group
from clc_generated.api.servers import get_server
from clc_generated.models import Account, CreateGroupRequest

from .conftest import run, session


def tokens_issued(emu: Emulator) -> int:
    with emu.state.lock:
        return len(emu.state.data["tokens"])


def test_one_login_under_concurrent_first_use(emu: Emulator) -> None:
    async def scenario() -> list[Account]:
        async with session(emu) as s:
            alias = emu.alias
            calls = [s.call(get_account.asyncio, account_alias=alias) for _ in range(50)]
            results = await asyncio.gather(*calls)
            assert s.login_count == 1
            return results

    accounts = run(scenario())
    assert {a.account_alias for a in accounts} == {emu.alias}
    assert tokens_issued(emu) == 1


def test_credentials_and_endpoint_from_the_environment(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLC_V2_API_USERNAME", emu.username)
    monkeypatch.setenv("CLC_V2_API_PASSWD", emu.password)
    monkeypatch.setenv("CLC_V2_API_URL", emu.url)

    async def scenario() -> str:
        async with clc.AsyncSession() as s:
            return await s.get_alias()

    assert run(scenario()) == emu.alias


def test_a_401_logs_in_again_once(emu: Emulator) -> None:
    async def scenario() -> None:
        async with session(emu) as s:
            await s.login()
            emu.add_fault("expire_token,count=1")
            account = await s.call(get_account.asyncio, account_alias=emu.alias)
            assert account.account_alias == emu.alias and s.login_count == 2

    run(scenario())


def test_a_token_only_session_cannot_log_in_again(emu: Emulator) -> None:
    async def scenario() -> None:
        async with session(emu) as s:
            token = await s.current_token()
        async with clc.AsyncSession(
            token=token.reveal(), alias=emu.alias, base_url=emu.url, use_env=False
        ) as bare:
            emu.add_fault("expire_token,count=1")
            with pytest.raises(UnauthorizedException):
                await bare.call(get_account.asyncio, account_alias=emu.alias)

    run(scenario())


def test_errors_are_the_tree_with_method_and_url(emu: Emulator) -> None:
    async def scenario() -> None:
        async with session(emu) as s:
            with pytest.raises(NotFoundException) as info:
                await s.call(get_server.asyncio, account_alias=emu.alias, server_id="NOPE")
            assert "GET " in str(info.value) and "/v2/servers/" in str(info.value)
        async with clc.AsyncSession(
            emu.username, "wrong", base_url=emu.url, use_env=False
        ) as refused:
            with pytest.raises(AccountLoginException):
                await refused.login()

    run(scenario())


def test_a_post_of_unknown_outcome_is_never_sent_again(emu: Emulator) -> None:
    async def scenario() -> None:
        async with session(emu) as s:
            root = await _root_group(s, emu)
            emu.add_fault("drop,method=POST,path=/v2/groups/*,count=1")
            body = CreateGroupRequest(name="once", parent_group_id=root)
            with pytest.raises(OutcomeUnknownError) as info:
                await s.call(create_group.asyncio, account_alias=emu.alias, body=body)
            assert "Group.Subgroups()" in str(info.value)

    run(scenario())
    with emu.state.lock:
        named = [g for g in emu.state.data["groups"].values() if g["name"] == "once"]
    # The connection was dropped before the emulator acted (count=1): had the POST been
    # sent again, the second one would have created the group.
    assert named == []


async def _root_group(s: clc.AsyncSession, emu: Emulator) -> str:
    from clc_generated.api.datacenters import get_datacenter

    dc = await s.call(
        get_datacenter.asyncio,
        account_alias=emu.alias,
        data_center="VA1",
        group_links=True,
    )
    return str(next(link.id for link in dc.links or [] if link.rel == "group"))


def test_logs_name_requests_and_never_secrets(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> str:
        async with session(emu, log_bodies=True) as s:
            await s.call(get_account.asyncio, account_alias=emu.alias)
            return (await s.current_token()).reveal()

    with caplog.at_level(logging.DEBUG, logger="clc.http"):
        token = run(scenario())
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert f"GET {emu.url}/v2/accounts/{emu.alias}" in text
    assert token not in text and emu.password not in text and "body=<not logged>" in text


def test_async_with_and_aclose(emu: Emulator) -> None:
    async def scenario() -> None:
        s = session(emu)
        async with s:
            await s.login()
            assert "logged in" in repr(s) and emu.password not in repr(s)
        assert s.closed
        with pytest.raises(SessionClosedException):
            s.client  # noqa: B018
        await s.aclose()  # idempotent

    run(scenario())


def test_each_client_refuses_the_other_flavour_clearly(emu: Emulator) -> None:
    async def scenario() -> None:
        async with session(emu) as s:
            with pytest.raises(CLCException, match=r"clc\.Session"):
                get_account.sync_detailed(emu.alias, client=s.client)

    run(scenario())
    with (
        clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as sync,
        pytest.raises(CLCException, match=r"clc\.AsyncSession"),
    ):
        run(get_account.asyncio_detailed(emu.alias, client=sync.client))


@pytest.mark.parametrize("mode", ["hang", "trickle", "drop"])
def test_a_call_ends_within_the_session_timeout(mode: str) -> None:
    async def scenario(url: str) -> float:
        async with clc.AsyncSession(
            token="t", alias="DEMO", base_url=url, use_env=False, timeout=1.0
        ) as s:
            start = time.monotonic()
            with pytest.raises(clc.TransportException) as info:
                await s.call(get_account.asyncio, account_alias="DEMO")
            if mode != "drop":
                assert isinstance(info.value, HTTPTimeoutException)
            assert "GET " in str(info.value) and "attempt" in str(info.value)
            return time.monotonic() - start

    with misbehaving(mode, interval=0.2) as server:
        elapsed = run(scenario(server.url))
    assert elapsed <= 1.0 + clc.defaults.DEADLINE_MARGIN
