"""Errors in the real API's shapes: 400 with modelState, 401, 404, bad logins, form bodies."""

from __future__ import annotations

import httpx
import pytest

from clc.testing import Emulator

from .conftest import Api


def test_wrong_password_is_400_with_a_message(emu: Emulator) -> None:
    r = httpx.post(
        f"{emu.url}/v2/authentication/login", json={"username": "demo", "password": "nope"}
    )
    assert r.status_code == 400
    assert "username or password" in r.json()["message"]


def test_form_encoded_login_works(emu: Emulator) -> None:
    r = httpx.post(
        f"{emu.url}/v2/authentication/login",
        data={"username": emu.username, "password": emu.password},
    )
    assert r.status_code == 200 and r.json()["accountAlias"] == "DEMO"


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Basic abc"])
def test_missing_or_bad_token_is_401(emu: Emulator, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = httpx.get(f"{emu.url}/v2/accounts/DEMO", headers=headers)
    assert r.status_code == 401 and r.json()["message"]


def test_unknown_ids_are_404(api: Api) -> None:
    for url in (
        "/v2/servers/DEMO/VA1DEMONOPE01",
        "/v2/groups/DEMO/0123456789abcdef0123456789abcdef",
        "/v2/operations/DEMO/status/va1-1",
        "/v2/datacenters/DEMO/XX9",
        "/v2/nothing/here",
    ):
        r = api.get(url)
        assert r.status_code == 404, url
        assert isinstance(r.json()["message"], str)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"cpu": 17}, "body.cpu"),
        ({"cpu": 0}, "body.cpu"),
        ({"memoryGB": 129}, "body.memoryGB"),
        ({"name": "waytoolong"}, "body.name"),
        ({"name": "bad name"}, "body.name"),
        ({"sourceServerId": "NO-SUCH-TEMPLATE"}, "body.sourceServerId"),
        ({"groupId": "0" * 32}, "body.groupId"),
        ({"networkId": "f" * 32}, "body.networkId"),
        ({"type": "hyperscale", "storageType": "standard"}, "body.storageType"),
    ],
)
def test_create_server_business_rules(api: Api, change: dict[str, object], field: str) -> None:
    gid = api.group_named("Default Group")["id"]
    body = {
        "name": "web",
        "groupId": gid,
        "sourceServerId": "UBUNTU-14-64-TEMPLATE",
        "cpu": 2,
        "memoryGB": 4,
        **change,
    }
    r = api.post(f"/v2/servers/{api.alias}", json=body)
    assert r.status_code == 400, r.text
    error = r.json()
    assert error["message"] and field in error["modelState"], error
    assert all(isinstance(x, str) for x in error["modelState"][field])


def test_body_that_breaks_the_spec_is_400(api: Api) -> None:
    gid = api.group_named("Default Group")["id"]
    r = api.post(f"/v2/groups/{api.alias}", json={"name": 5, "parentGroupId": gid})
    assert r.status_code == 400 and "modelState" in r.json()
    r = api.post(
        f"/v2/groups/{api.alias}",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 400


def test_root_and_special_groups_cannot_be_deleted(api: Api) -> None:
    root = api.group_named("VA1 Hardware")
    archive = api.group_named("Archive")
    for g in (root, archive):
        r = api.http.delete(f"/v2/groups/{api.alias}/{g['id']}")
        assert r.status_code == 400 and r.json()["message"]


def test_form_encoded_group_create_and_snapshot(api: Api) -> None:
    """Older clients send dict payloads form-encoded; the API accepted them."""
    gid = api.group_named("Default Group")["id"]
    r = api.post(
        f"/v2/groups/{api.alias}",
        data={"name": "Form Group", "description": "made by form", "parentGroupId": gid},
    )
    assert r.status_code == 201 and r.json()["name"] == "Form Group"
    api.create_server(gid, name="snap")
    api.emu.clock.advance(10)
    r = api.post(
        f"/v2/operations/{api.alias}/servers/createSnapshot",
        data={"serverIds": "VA1DEMOSNAP01", "snapshotExpirationDays": "7"},
    )
    assert r.status_code == 200 and r.json()[0]["isQueued"] is True


def test_batch_operation_reports_each_server(api: Api) -> None:
    gid = api.group_named("Default Group")["id"]
    api.create_server(gid, name="one")
    api.emu.clock.advance(10)
    reply = api.ok(
        "POST", f"/v2/operations/{api.alias}/servers/pause", json=["VA1DEMOONE01", "VA1DEMOGHOST01"]
    )
    assert reply[0]["isQueued"] is True
    assert reply[1]["isQueued"] is False and "cannot be found" in reply[1]["errorMessage"]
