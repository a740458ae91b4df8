"""The emulator under hostile input: a 4xx in the API's error shape, never a 500, nothing kept.

Classes: JSON nested far deeper than any API body (100,000 levels, or 900 inside an alert
policy's settings), integers of thousands of digits (as JSON numbers, as strings, form
encoded), the non-JSON constants NaN and Infinity and numbers too large for a float, a
clock told to advance by NaN, and malformed or mistyped JSON sent to ``/_emulator/faults``.
The emulator of these tests validates every exchange and checks that a refused request left
the world as it was (a refused request that changed it answers 500).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from clc.testing import Clock, Emulator

from .conftest import Api

JSON = {"content-type": "application/json"}
DIGITS = "9" * 5000


def _world(emu: Emulator) -> str:
    with emu.state.lock:
        return json.dumps(emu.state.data, sort_keys=True)


def refused(r: httpx.Response) -> dict[str, Any]:
    """A 4xx with the API's error body."""
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert isinstance(body, dict) and isinstance(body["message"], str), body
    return body


def _create_body(api: Api, **overrides: Any) -> dict[str, Any]:
    return {
        "name": "host", "groupId": api.group_named("Default Group")["id"],
        "sourceServerId": "CENTOS-6-64-TEMPLATE", "cpu": 1, "memoryGB": 1, **overrides,
    }  # fmt: skip


def test_json_nested_100000_deep_is_a_400(api: Api, emu: Emulator) -> None:
    before = _world(emu)
    deep = "[" * 100_000 + "]" * 100_000
    for path in (f"/v2/groups/{api.alias}", f"/v2/operations/{api.alias}/servers/powerOn"):
        refused(api.http.post(path, content=deep, headers=JSON))
    nested_value = '{"name": "x", "parentGroupId": ' + '{"a":' * 100_000 + "1" + "}" * 100_000 + "}"
    refused(api.http.post(f"/v2/groups/{api.alias}", content=nested_value, headers=JSON))
    assert _world(emu) == before
    assert api.http.get(f"/v2/accounts/{api.alias}").status_code == 200


def test_an_alert_policy_nested_900_deep_is_refused_and_listings_keep_working(
    api: Api, emu: Emulator
) -> None:
    base = f"/v2/alertPolicies/{api.alias}"
    settings = '{"recipients": ["ops@example.com"], "x": ' + '{"a":' * 900 + "1" + "}" * 900 + "}"
    body = (
        '{"name": "deep", "actions": [{"action": "email", "settings": ' + settings + "}], "
        '"triggers": [{"metric": "cpu", "duration": "00:05:00", "threshold": 90}]}'
    )
    before = _world(emu)
    refused(api.http.post(base, content=body, headers=JSON))
    assert _world(emu) == before
    # A policy with extra (shallow) keys in its settings keeps only what the API keeps.
    shallow = json.loads(body.replace(settings, '{"recipients": ["ops@example.com"], "x": [1]}'))
    made = api.ok("POST", base, 201, json=shallow)
    assert made["actions"] == [{"action": "email", "settings": {"recipients": ["ops@example.com"]}}]
    assert len(api.ok("GET", base)["items"]) == 3


@pytest.mark.parametrize("field", ["cpu", "memoryGB", "sizeGB"])
def test_integers_of_thousands_of_digits_are_a_400(api: Api, emu: Emulator, field: str) -> None:
    before = _world(emu)
    path = f"/v2/servers/{api.alias}"

    def body(value: str) -> str:
        placeholder = "__VALUE__"
        if field == "sizeGB":
            fields = _create_body(api, additionalDisks=[{"sizeGB": placeholder, "type": "raw"}])
        else:
            fields = _create_body(api, **{field: placeholder})
        return json.dumps(fields).replace(f'"{placeholder}"', value)

    refused(api.http.post(path, content=body(DIGITS), headers=JSON))  # a JSON number
    refused(api.http.post(path, content=body(f'"{DIGITS}"'), headers=JSON))  # a string
    if field != "sizeGB":  # form-encoded: the binder reads the string, no spec check
        form = {k: str(v) for k, v in _create_body(api, **{field: DIGITS}).items()}
        named = refused(api.http.post(path, data=form))
        assert f"body.{field}" in named["modelState"]
    assert _world(emu) == before


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_nan_infinity_and_overflowing_numbers_are_a_400(
    api: Api, emu: Emulator, token: str
) -> None:
    before = _world(emu)
    policy = (
        '{"name": "p", "actions": [{"action": "email", "settings": {"recipients": []}}], '
        '"triggers": [{"metric": "cpu", "duration": "00:05:00", "threshold": ' + token + "}]}"
    )
    refused(api.http.post(f"/v2/alertPolicies/{api.alias}", content=policy, headers=JSON))
    server = json.dumps(_create_body(api, cpu="__N__")).replace('"__N__"', token)
    refused(api.http.post(f"/v2/servers/{api.alias}", content=server, headers=JSON))
    assert _world(emu) == before


def test_the_clock_advances_only_by_a_finite_number_of_seconds(
    api: Api, emu: Emulator, clock: Clock
) -> None:
    now = clock.now()
    for raw in ('{"advance": "nan"}', '{"advance": NaN}', '{"advance": 1e999}',
                '{"advance": -5}', '{"advance": true}', "[1]", "{nope"):  # fmt: skip
        refused(httpx.post(f"{emu.url}/_emulator/clock", content=raw, headers=JSON))
    assert clock.now() == now
    assert api.http.get(f"/v2/accounts/{api.alias}").status_code == 200  # tokens still valid
    stepped = httpx.post(f"{emu.url}/_emulator/clock", json={"advance": 5}).json()
    assert stepped["now"] == now + 5


def test_bad_fault_rules_are_a_400_on_a_connection_that_keeps_serving(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.url) as http:  # one keep-alive connection throughout
        for raw in ("{not json", '{"status": "abc"}', '{"status": 500, "path": 5}',
                    '{"latency_ms": 1e999}', '{"status": 500, "count": -1}',
                    '{"rule": "status=500,latency=nan"}', '{"bogus": 1}', "[" * 50_000,
                    '{"status": 500, "probability": NaN}'):  # fmt: skip
            refused(http.post("/_emulator/faults", content=raw, headers=JSON))
            listed = http.get("/_emulator/faults")
            assert listed.status_code == 200 and listed.json() == []
        assert http.post("/_emulator/faults", json={"status": 503, "count": 1}).status_code == 201
