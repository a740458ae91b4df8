"""Fault rules: status codes, latency, dropped connections, failed jobs, token expiry."""

from __future__ import annotations

import time

import httpx
import pytest

from clc.testing import Clock, Emulator, FaultRule, parse_rule

from .conftest import Api, status_href


def test_rule_text_round_trip() -> None:
    rule = parse_rule("status=429,retry_after=3,path=/v2/servers/*,method=GET|POST,count=2")
    assert rule.status == 429 and rule.retry_after == 3 and rule.count == 2
    assert rule.selects("post", "/v2/servers/DEMO/x") and not rule.selects(
        "DELETE", "/v2/servers/x"
    )
    assert parse_rule("drop,count=1").drop
    for bad in ("status=418", "latency=5,drop", "count=3", "bogus=1"):
        with pytest.raises(ValueError):
            parse_rule(bad)


def test_status_fault_with_count_then_recovers(api: Api, emu: Emulator) -> None:
    rule = emu.add_fault("status=503,method=GET,path=/v2/accounts/*,count=2,retry_after=4")
    for _ in range(2):
        r = api.get("/v2/accounts/DEMO")
        assert r.status_code == 503 and r.headers["retry-after"] == "4"
    assert api.get("/v2/accounts/DEMO").status_code == 200
    assert rule.fired == 2 and rule.exhausted
    assert api.get("/v2/datacenters/DEMO").status_code == 200  # other paths untouched


@pytest.mark.parametrize("status", [500, 502, 429])
def test_each_status(api: Api, emu: Emulator, status: int) -> None:
    with emu.fault(status=status, path="/v2/datacenters/*"):
        r = api.get("/v2/datacenters/DEMO")
        assert r.status_code == status and r.json()["message"]
        if status == 429:
            assert int(r.headers["retry-after"]) >= 1
    assert api.get("/v2/datacenters/DEMO").status_code == 200


def test_probability_is_seeded_and_roughly_right(clock: Clock) -> None:
    with (
        Emulator(clock=clock, fault_seed=7, faults=["status=500,probability=0.3"]) as emu,
        httpx.Client(base_url=emu.url) as http,
    ):
        hits = sum(http.get("/v2/nothing").status_code == 500 for _ in range(200))
    assert 35 <= hits <= 85


def test_after_skips_first_matches(api: Api, emu: Emulator) -> None:
    emu.add_fault(FaultRule(status=500, path="/v2/accounts/*", after=2, count=1))
    codes = [api.get("/v2/accounts/DEMO").status_code for _ in range(4)]
    assert codes == [200, 200, 500, 200]


def test_latency(api: Api, emu: Emulator) -> None:
    with emu.fault("latency=200,path=/v2/accounts/*"):
        start = time.perf_counter()
        assert api.get("/v2/accounts/DEMO").status_code == 200
        assert time.perf_counter() - start >= 0.19


def test_dropped_connection(api: Api, emu: Emulator) -> None:
    emu.add_fault("drop,path=/v2/accounts/*,count=1")
    with pytest.raises(httpx.TransportError):
        api.get("/v2/accounts/DEMO")
    assert api.get("/v2/accounts/DEMO").status_code == 200


def test_failed_create_job_leaves_no_server(api: Api, emu: Emulator, clock: Clock) -> None:
    gid = api.group_named("Default Group")["id"]
    emu.add_fault("fail_job,method=POST,path=/v2/servers/*,count=1")
    reply = api.create_server(gid, name="doomed")
    assert api.group(gid)["serversCount"] == 1
    clock.advance(10)
    assert api.status(status_href(reply)) == "failed"
    assert api.group(gid)["serversCount"] == 0
    assert api.get("/v2/servers/DEMO/VA1DEMODOOMED01").status_code == 404


def test_failed_power_job_changes_nothing(api: Api, emu: Emulator, clock: Clock) -> None:
    gid = api.group_named("Default Group")["id"]
    api.create_server(gid, name="pw")
    clock.advance(10)
    emu.add_fault("fail_job,path=/v2/operations/*/servers/powerOff")
    reply = api.ok("POST", "/v2/operations/DEMO/servers/powerOff", json=["VA1DEMOPW01"])
    clock.advance(10)
    assert api.status(status_href(reply)) == "failed"
    assert api.ok("GET", "/v2/servers/DEMO/VA1DEMOPW01")["details"]["powerState"] == "started"


def test_token_expiry_rule_and_relogin(api: Api, emu: Emulator) -> None:
    emu.add_fault("expire_token,path=/v2/datacenters/*,count=1")
    assert api.get("/v2/datacenters/DEMO").status_code == 401
    assert api.get("/v2/accounts/DEMO").status_code == 401  # the token stays expired
    fresh = Api(emu)
    assert fresh.get("/v2/accounts/DEMO").status_code == 200


def test_token_ttl_follows_the_clock(clock: Clock) -> None:
    with Emulator(clock=clock, token_ttl=60) as emu:
        api = Api(emu)
        assert api.get("/v2/accounts/DEMO").status_code == 200
        clock.advance(61)
        assert api.get("/v2/accounts/DEMO").status_code == 401


def test_admin_endpoint_manages_faults_and_clock(emu: Emulator, clock: Clock) -> None:
    base = f"{emu.url}/_emulator"
    r = httpx.post(f"{base}/faults", json={"rule": "status=502,path=/v2/accounts/*,count=1"})
    assert r.status_code == 201 and r.json()["action"] == "status"
    api = Api(emu)
    assert api.get("/v2/accounts/DEMO").status_code == 502
    assert httpx.get(f"{base}/faults").json()[0]["fired"] == 1
    assert httpx.delete(f"{base}/faults").status_code == 204 and not emu.faults.rules
    assert httpx.post(f"{base}/faults", json={"rule": "teapot"}).status_code == 400
    before = clock.now()
    assert httpx.post(f"{base}/clock", json={"advance": 30}).json()["now"] == before + 30
    assert httpx.post(f"{base}/tokens/expire").status_code == 204
    assert api.get("/v2/accounts/DEMO").status_code == 401


def test_cli_fault_flag_rejects_bad_rules() -> None:
    from clc.testing.__main__ import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args(["--fault", "status=999"])
    args = build_parser().parse_args(["--fault", "status=503,count=1", "--fault", "drop"])
    assert args.fault == ["status=503,count=1", "drop"]
