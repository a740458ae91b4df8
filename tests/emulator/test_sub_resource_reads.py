"""Reads of a server's and a group's sub-resources that the real API served.

Evidence: CenturyLinkCloud's Ansible module (clc_modify_server) reads a server's
anti-affinity policy with GET before changing it, takes a 404 to mean "none", and its
live-API integration test passes only if the GET names the attached policy; the
documentation's link definitions list GET for a server's alert policy mappings and
scheduled activities and a group's upcoming activities; every recorded server and group
carries links to them.
"""

from __future__ import annotations

from typing import Any

from clc.testing import Clock

from .conftest import Api

# Links that name an action (POST), not something to read.
_ACTIONS = {"archiveGroupAction", "restore", "delete"}
# Mappings answered 404 while nothing is attached (the API's answer too).
_MAPPINGS = {"horizontalAutoscalePolicyMapping"}


def _server(api: Api, clock: Clock, name: str = "aa") -> str:
    api.create_server(api.group_named("Default Group")["id"], name=name)
    clock.advance(11)
    return f"/v2/servers/{api.alias}/VA1{api.alias}{name.upper()}01"


def test_anti_affinity_policy_read_as_the_ansible_module_does(api: Api, clock: Clock) -> None:
    href = _server(api, clock)
    none = api.ok("GET", f"{href}/antiAffinityPolicy", 404)
    assert isinstance(none["message"], str)  # the API's error shape, not a 405
    policy = next(
        p for p in api.ok("GET", f"/v2/antiAffinityPolicies/{api.alias}")["items"]
        if p["location"] == "VA1"
    )  # fmt: skip
    api.ok("PUT", f"{href}/antiAffinityPolicy", json={"id": policy["id"]})
    # A re-run of the module reads the policy back and finds nothing to change.
    assert api.ok("GET", f"{href}/antiAffinityPolicy")["id"] == policy["id"]
    api.ok("DELETE", f"{href}/antiAffinityPolicy", 204)
    api.ok("GET", f"{href}/antiAffinityPolicy", 404)


def test_alert_policy_mappings_can_be_read(api: Api, clock: Clock) -> None:
    href = _server(api, clock)
    policies = api.ok("GET", f"/v2/alertPolicies/{api.alias}")["items"]
    attached, other = policies[0]["id"], policies[1]["id"]
    assert api.ok("GET", f"{href}/alertPolicies") == []
    api.ok("POST", f"{href}/alertPolicies", 201, json={"id": attached})
    listed = api.ok("GET", f"{href}/alertPolicies")
    assert [(p["id"], p["name"]) for p in listed] == [(attached, policies[0]["name"])]
    assert api.ok("GET", f"{href}/alertPolicies/{attached}")["id"] == attached
    api.ok("GET", f"{href}/alertPolicies/{other}", 404)


def test_scheduled_activities_of_a_server_by_its_own_links(api: Api, clock: Clock) -> None:
    href = _server(api, clock)
    links = {link["rel"]: link["href"] for link in api.ok("GET", href)["links"]}
    assert api.ok("GET", links["scheduledActivities"]) == []
    activity = {
        "status": "on", "type": "reboot", "beginDateUTC": "2100-01-01T00:00:00Z",
        "repeat": "weekly", "customWeeklyDays": ["mon"], "expire": "never",
        "timeZoneOffset": "+00:00",
    }  # fmt: skip
    made = api.ok("POST", links["scheduledActivities"], json=activity)
    assert [a["id"] for a in api.ok("GET", links["scheduledActivities"])] == [made["id"]]
    assert [a["id"] for a in api.ok("GET", links["upcomingScheduledActivities"])] == [made["id"]]


def _readable(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The links that say GET, or that name no verbs and are not actions."""

    def reads(link: dict[str, Any]) -> bool:
        return "GET" in link["verbs"] if "verbs" in link else link["rel"] not in _ACTIONS

    return [link for link in links if reads(link)]


def test_every_link_a_server_or_group_offers_for_reading_is_served(api: Api, clock: Clock) -> None:
    href = _server(api, clock, name="links")
    api.ok(
        "POST",
        f"{href}/publicIPAddresses",
        202,
        json={"ports": [{"protocol": "TCP", "port": 80}]},
    )
    clock.advance(11)
    server = api.ok("GET", href)
    group = api.group(server["groupId"])
    followed = 0
    for link in _readable(server["links"]) + _readable(group["links"]):
        want = 404 if link["rel"] in _MAPPINGS else 200
        api.ok("GET", link["href"], want)
        followed += 1
    assert followed >= 15
