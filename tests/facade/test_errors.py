"""Each error class raised from a real emulator response (or failure), with its details."""

from __future__ import annotations

import json

import httpx
import pytest

import clc
from clc.testing import Emulator


def test_bad_request_carries_status_message_model_state_method_and_url(sess: clc.Session) -> None:
    dc = clc.v2.Datacenter("VA1", session=sess)
    with pytest.raises(clc.BadRequestException) as info:
        # Well-formed arguments the API refuses: the group does not exist.
        clc.v2.Server.Create(
            name="web",
            template=dc.Templates().templates[0].id,
            group_id="nosuchgroup",
            network_id=None,
            cpu=1,
            memory=1,
            session=sess,
        )
    err = info.value
    assert isinstance(err, clc.APIFailedResponse) and isinstance(err, clc.CLCException)
    assert err.response_status_code == 400
    assert err.method == "POST" and err.url is not None and "/v2/servers/DEMO" in err.url
    assert err.model_state and any("groupid" in k.lower() for k in err.model_state)
    assert isinstance(err.response_json, dict) and err.response_text
    assert "Response code 400" in str(err) and "POST" in str(err)


def test_forbidden(sess: clc.Session) -> None:
    with pytest.raises(clc.ForbiddenException) as info:
        clc.v2.Datacenter("VA1", alias="OTHER", session=sess)
    assert info.value.response_status_code == 403
    assert "OTHER" in info.value.message


def test_not_found(sess: clc.Session) -> None:
    with pytest.raises(clc.NotFoundException) as info:
        clc.v2.Server("VA1DEMONOPE01", session=sess)
    assert info.value.response_status_code == 404 and info.value.method == "GET"


def test_unauthorized_after_the_one_relogin(emu: Emulator) -> None:
    s = clc.Session(token="not-a-token", alias="DEMO", base_url=emu.url, use_env=False)
    with s, pytest.raises(clc.UnauthorizedException) as info:
        clc.v2.Account(session=s)
    assert "not-a-token" not in str(info.value)


def test_wrong_password_is_a_login_error_with_the_api_message(emu: Emulator) -> None:
    s = clc.Session(emu.username, "wrong-pw", base_url=emu.url, use_env=False)
    with s, pytest.raises(clc.AccountLoginException) as info:
        clc.v2.Account(session=s)
    assert "wrong-pw" not in str(info.value)
    assert "Login refused" in str(info.value)


def test_no_credentials(emu: Emulator) -> None:
    with clc.Session(base_url=emu.url, use_env=False) as s, pytest.raises(clc.APIV2NotEnabled):
        clc.v2.Account(session=s)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (429, clc.RateLimitedException),
        (500, clc.ServerErrorException),
        (503, clc.ServerErrorException),
    ],
)
def test_fault_statuses(
    sess: clc.Session, emu: Emulator, status: int, cls: type[clc.APIFailedResponse]
) -> None:
    clc.v2.Account(session=sess)
    with emu.fault(f"status={status},path=/v2/accounts/*"), pytest.raises(cls) as info:
        clc.v2.Account(session=sess)
    assert info.value.response_status_code == status


def test_dropped_connection_is_a_transport_error(sess: clc.Session, emu: Emulator) -> None:
    clc.v2.Account(session=sess)
    with emu.fault("drop,path=/v2/accounts/*"), pytest.raises(clc.TransportException) as info:
        clc.v2.Account(session=sess)
    assert isinstance(info.value.__cause__, httpx.HTTPError)


def test_read_timeout(emu: Emulator) -> None:
    with clc.Session(emu.username, emu.password, base_url=emu.url, timeout=0.3, use_env=False) as s:
        clc.v2.Account(session=s)
        with emu.fault("latency=2000,path=/v2/accounts/*"), pytest.raises(clc.HTTPTimeoutException):
            clc.v2.Account(session=s)


def test_wait_timeout_and_failed_job() -> None:
    with (
        Emulator(job_seconds=30) as emu,
        clc.Session(emu.username, emu.password, base_url=emu.url, use_env=False) as s,
    ):
        build = _one_build(s)
        emu.clock.advance(31)  # finish the build instantly
        emu.settle()
        server_ops = clc.v2.Servers([build.Server().id], alias="DEMO", session=s)
        slow = server_ops.PowerOff()
        assert len(slow.requests) == 1
        with pytest.raises(clc.RequestTimeoutException) as info:
            slow.WaitUntilComplete(poll_freq=0.05, timeout=0.2)
        assert info.value.pending == [slow.requests[0].id]
        emu.add_fault("fail_job,path=/v2/operations/*/servers/powerOn")
        emu.clock.advance(31)
        on = server_ops.PowerOn()
        emu.clock.advance(31)
        with pytest.raises(clc.RequestFailedException) as failed:
            on.requests[0].WaitUntilComplete(poll_freq=0.05)
        assert failed.value.failed[0][1] == "failed"


def _one_build(s: clc.Session) -> clc.v2.Request:
    # The seeded world has no servers: queue one build (the caller advances the clock).
    dc = clc.v2.Datacenter("VA1", session=s)
    group = dc.Groups().Get("Default Group")
    build = clc.v2.Server.Create(
        name="t", cpu=1, memory=1, group_id=group.id,
        template=dc.Templates().templates[0].id, network_id=dc.Networks().networks[0].id,
        session=s,
    )  # fmt: skip
    return build.requests[0]


def test_invalid_argument_before_any_request(sess: clc.Session) -> None:
    with pytest.raises(clc.InvalidArgumentException, match="storage_type"):
        clc.v2.Server.Create(
            name="x", template="t", group_id="g", network_id="n", cpu=1, memory=1,
            type="hyperscale", storage_type="standard", session=sess,
        )  # fmt: skip
    assert sess.login_count == 0


def test_invalid_api_response() -> None:
    # The emulator never sends a malformed body, so this one path uses a mock transport.
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            body = {"bearerToken": "t", "accountAlias": "DEMO", "locationAlias": "VA1"}
            return httpx.Response(200, json=body)
        return httpx.Response(200, content=json.dumps(["not", "an", "account"]).encode())

    with clc.Session(
        "u", "p", base_url="https://api.example.test", transport=httpx.MockTransport(handler),
        use_env=False,
    ) as s, pytest.raises(clc.InvalidAPIResponseException):  # fmt: skip
        clc.v2.Account(session=s)
