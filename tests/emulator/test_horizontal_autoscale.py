"""Account-level horizontal autoscale policies over loopback HTTP (validation mode on)."""

from __future__ import annotations

from typing import Any

from .conftest import Api

POLICY: dict[str, Any] = {
    "id": None,  # a live-API client sent this on create
    "name": "API tier",
    "minimumServerCount": 2,
    "thresholdPeriod": "00:05:00",
    "coolDownPeriod": "00:20:00",
    "scaleOut": {"cpuPercentThreshold": 75, "memoryPercentThreshold": 80, "scaleBy": 2},
    "scaleIn": {"cpuPercentThreshold": 25, "scaleBy": 1},
}


def base(api: Api) -> str:
    return f"/v2/horizontalAutoscalePolicies/{api.alias}"


def test_seeded_list_has_items_and_self_links(api: Api) -> None:
    listing = api.ok("GET", base(api))
    assert listing["items"], "the world seeds one policy"
    for p in listing["items"]:
        self_link = next(lk for lk in p["links"] if lk["rel"] == "self")
        assert self_link["href"].endswith(f"/{p['id']}")
        assert p["scaleOut"]["scaleBy"] in (1, 2, 4)


def test_create_get_update_delete(api: Api) -> None:
    created = api.ok("POST", base(api), 201, json=POLICY)
    pid = created["id"]
    assert created["name"] == "API tier" and created["scaleIn"] == {
        "cpuPercentThreshold": 25,
        "scaleBy": 1,
    }
    assert api.ok("GET", f"{base(api)}/{pid}")["minimumServerCount"] == 2
    assert pid in [p["id"] for p in api.ok("GET", base(api))["items"]]

    changed = dict(POLICY, name="API tier v2", minimumServerCount=3)
    updated = api.ok("PUT", f"{base(api)}/{pid}", json=changed)
    assert (updated["name"], updated["minimumServerCount"]) == ("API tier v2", 3)
    assert api.ok("GET", f"{base(api)}/{pid}")["name"] == "API tier v2"

    assert api.http.delete(f"{base(api)}/{pid}").status_code == 204
    assert api.get(f"{base(api)}/{pid}").status_code == 404
    assert pid not in [p["id"] for p in api.ok("GET", base(api))["items"]]


def test_defaults_fill_optional_fields(api: Api) -> None:
    body = {"name": "Minimal", "scaleOut": {"cpuPercentThreshold": 90, "scaleBy": 1}}
    body["scaleIn"] = {"cpuPercentThreshold": 10, "scaleBy": 1}
    p = api.ok("POST", base(api), 201, json=body)
    assert (p["minimumServerCount"], p["thresholdPeriod"], p["coolDownPeriod"]) == (
        1,
        "00:15:00",
        "00:15:00",
    )


def test_invalid_bodies_answer_400_with_model_state(api: Api) -> None:
    cases = {
        "body.name": dict(POLICY, name=""),
        "body.scaleOut.scaleBy": dict(POLICY, scaleOut={"cpuPercentThreshold": 80, "scaleBy": 3}),
        "body.thresholdPeriod": dict(POLICY, thresholdPeriod="00:07:00"),
        "body.coolDownPeriod": dict(POLICY, coolDownPeriod="1 hour"),
        "body.minimumServerCount": dict(POLICY, minimumServerCount=0),
        "body.scaleIn.cpuPercentThreshold": dict(
            POLICY, scaleIn={"cpuPercentThreshold": 90, "scaleBy": 1}
        ),
        "body.scaleOut.memoryPercentThreshold": dict(
            POLICY, scaleOut={"memoryPercentThreshold": 140, "scaleBy": 1}
        ),
        "body.scaleIn": {k: v for k, v in POLICY.items() if k != "scaleIn"},
    }
    for field, body in cases.items():
        r = api.post(base(api), json=body)
        assert r.status_code == 400, (field, r.status_code, r.text)
        assert field in r.json()["modelState"], (field, r.json())


def test_policy_in_use_by_a_group_cannot_be_deleted(api: Api) -> None:
    pid = api.ok("POST", base(api), 201, json=POLICY)["id"]
    group = api.group_named("Default Group")
    mapping_url = f"/v2/groups/{api.alias}/{group['id']}/horizontalAutoscalePolicy"
    mapping = api.ok("PUT", mapping_url, json={"policyId": pid})
    assert mapping["policyId"] == pid
    r = api.http.delete(f"{base(api)}/{pid}")
    assert r.status_code == 400 and "body.policyId" in r.json()["modelState"]
    assert api.http.delete(mapping_url).status_code == 204
    assert api.http.delete(f"{base(api)}/{pid}").status_code == 204


def test_applying_an_unknown_policy_to_a_group_is_refused(api: Api) -> None:
    group = api.group_named("Default Group")
    r = api.http.put(
        f"/v2/groups/{api.alias}/{group['id']}/horizontalAutoscalePolicy",
        json={"policyId": "0" * 32},
    )
    assert r.status_code == 400 and "body.policyId" in r.json()["modelState"]


def test_unknown_policy_is_404_and_foreign_alias_403(api: Api) -> None:
    assert api.get(f"{base(api)}/{'f' * 32}").status_code == 404
    assert api.get("/v2/horizontalAutoscalePolicies/OTHER").status_code == 403
    assert (
        api.http.put(f"/v2/horizontalAutoscalePolicies/OTHER/{'f' * 32}", json=POLICY).status_code
        == 403
    )


def test_accounts_answer_403_for_an_alias_that_is_not_ours(api: Api) -> None:
    """Like every other route: not 404, which would say whether the alias exists."""
    assert api.get(f"/v2/accounts/{api.alias}").status_code == 200
    parent = api.ok("GET", f"/v2/accounts/{api.alias}")["parentAlias"]
    assert api.get(f"/v2/accounts/{parent}").status_code == 200  # ParentAccount() still works
    for other in ("OTHER", "ZZZZ"):
        r = api.get(f"/v2/accounts/{other}")
        assert r.status_code == 403, (other, r.status_code, r.text)
        assert api.get(f"/v2/antiAffinityPolicies/{other}").status_code == 403
