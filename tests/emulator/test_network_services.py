"""Firewall policies, shared load balancers, site-to-site VPNs, webhooks and VM import.

Raw HTTP against a running emulator with spec validation on (the ``emu`` fixture), so
every request and answer here is also checked against the spec.
"""

from __future__ import annotations

from typing import Any

from clc.testing import Clock, Emulator

from .conftest import Api, status_href


def _violations(emu: Emulator) -> list[str]:
    return list(emu.app.validator.violations)


# -- firewall policies --------------------------------------------------------------------


def test_intra_dc_firewall_policy_lifecycle(api: Api, emu: Emulator) -> None:
    a = api.alias
    base = f"/v2-experimental/firewallPolicies/{a}/VA1"
    assert api.ok("GET", base) == []
    body = {
        "source": ["10.56.40.0/24"],
        "destination": ["10.56.41.0/24"],
        "ports": ["icmp", "tcp/123-125"],
    }
    created = api.ok("POST", base, 201, json=body)
    href = created["links"][0]["href"]
    assert created["links"][0]["rel"] == "self" and href.lower().startswith(base.lower())
    policy = api.ok("GET", href)
    assert policy["status"] == "active" and policy["enabled"] is True
    assert policy["destinationAccount"] == a.lower()
    assert policy["ports"] == ["icmp", "tcp/123-125"]
    assert [p["id"] for p in api.ok("GET", base)] == [policy["id"]]
    assert api.ok("GET", f"/v2-experimental/firewallPolicies/{a}/WA1") == []  # per data center
    assert api.ok("GET", base, params={"destinationAccount": "EMUL"}) == []

    api.ok("PUT", href, 204, json={"enabled": False, "ports": ["any"]})
    policy = api.ok("GET", href)
    assert policy["enabled"] is False and policy["ports"] == ["any"]
    assert policy["source"] == ["10.56.40.0/24"]  # untouched

    api.ok("DELETE", href, 204)
    api.ok("GET", href, 404)
    assert _violations(emu) == []


def test_firewall_policy_validation(api: Api) -> None:
    base = f"/v2-experimental/firewallPolicies/{api.alias}/VA1"
    bad = api.ok(
        "POST",
        base,
        400,
        json={"source": ["10.0.0.0/33"], "destination": ["10.1.0.0/24"], "ports": ["tcp/0"]},
    )
    assert set(bad["modelState"]) == {"body.source[0]", "body.ports[0]"}
    missing = api.ok("POST", base, 400, json={"source": ["10.0.0.0/24"]})
    assert {"body.destination", "body.ports"} <= set(missing["modelState"])
    unknown = {
        "source": ["10.0.0.0/24"],
        "destination": ["10.1.0.0/24"],
        "ports": ["any"],
        "destinationAccount": "NOPE",
    }
    assert "body.destinationAccount" in api.ok("POST", base, 400, json=unknown)["modelState"]
    api.ok("GET", f"/v2-experimental/firewallPolicies/{api.alias}/ZZ9", 404)
    api.ok("GET", "/v2-experimental/firewallPolicies/OTHER/VA1", 403)


def test_cross_dc_firewall_policy_turns_active(api: Api, clock: Clock) -> None:
    base = f"/v2-experimental/crossDcFirewallPolicies/{api.alias}/VA1"
    body = {
        "destinationAccountId": api.alias,
        "destinationLocationId": "UC1",
        "destinationCidr": "10.59.40.0/24",
        "enabled": True,
        "sourceCidr": "10.56.40.0/24",
    }
    created = api.ok("POST", base, 201, json=body)
    assert created["status"] == "pending"
    assert (created["sourceLocation"], created["destinationLocation"]) == ("va1", "uc1")
    href = created["links"][0]["href"]
    clock.advance(11)
    assert api.ok("GET", href)["status"] == "active"
    api.ok("PUT", href, 204, params={"enabled": "false"})
    assert api.ok("GET", href)["enabled"] is False
    assert len(api.ok("GET", base, params={"destinationAccountId": api.alias})) == 1
    same_dc = {**body, "destinationLocationId": "VA1"}
    api.ok("POST", base, 400, json=same_dc)
    api.ok("DELETE", href, 204)
    assert api.ok("GET", base) == []


# -- shared load balancers ----------------------------------------------------------------


def test_load_balancer_pools_and_nodes(api: Api, emu: Emulator) -> None:
    base = f"/v2/sharedLoadBalancers/{api.alias}/VA1"
    lb = api.ok("POST", base, json={"name": "Balancer", "description": "Test Balancer"})
    assert lb["status"] == "enabled" and lb["pools"] == [] and lb["ipAddress"]
    rels = {link["rel"]: link["href"] for link in lb["links"]}
    assert set(rels) == {"self", "pools"}
    api.ok("PUT", rels["self"], 204, json={"name": "B2", "description": "d", "status": "disabled"})
    assert api.ok("GET", rels["self"])["status"] == "disabled"

    pool = api.ok(
        "POST", rels["pools"], json={"port": 80, "method": "roundRobin", "persistence": "sticky"}
    )
    api.ok("POST", rels["pools"], 400, json={"port": 80})  # one pool per port
    api.ok("POST", rels["pools"], 400, json={"port": 8080})  # 80 or 443 only
    prels = {link["rel"]: link["href"] for link in pool["links"]}
    nodes = [
        {"status": "enabled", "ipAddress": "10.56.40.12", "privatePort": 8080},
        {"status": "disabled", "ipAddress": "10.56.40.13", "privatePort": 8080},
    ]
    api.ok("PUT", prels["nodes"], 204, json=nodes)
    assert api.ok("GET", prels["nodes"]) == nodes
    assert api.ok("GET", rels["self"])["pools"][0]["nodes"] == nodes
    api.ok("PUT", prels["nodes"], 204, json=[{**nodes[0], "status": "deleted"}, nodes[1]])
    assert api.ok("GET", prels["nodes"]) == [nodes[1]]
    bad = api.ok("PUT", prels["nodes"], 400, json=[{"ipAddress": "nope", "privatePort": 80}])
    assert "body[0].ipAddress" in bad["modelState"]
    bad = api.ok("PUT", prels["nodes"], 400, json=[{"ipAddress": "10.0.0.1", "privatePort": 0}])
    assert any("privatePort" in field for field in bad["modelState"])  # the spec's Port limit

    api.ok("PUT", prels["self"], 204, json={"method": "leastConnection", "persistence": "standard"})
    assert api.ok("GET", prels["self"])["method"] == "leastConnection"
    assert len(api.ok("GET", rels["pools"])) == 1
    api.ok("DELETE", prels["self"], 204)
    assert api.ok("GET", rels["pools"]) == []
    assert [x["id"] for x in api.ok("GET", base)] == [lb["id"]]
    assert api.ok("GET", f"/v2/sharedLoadBalancers/{api.alias}/WA1") == []
    api.ok("DELETE", rels["self"], 204)
    api.ok("GET", rels["self"], 404)
    assert _violations(emu) == []


# -- site-to-site VPN -----------------------------------------------------------------------


def _vpn_body() -> dict[str, Any]:
    return {
        "local": {"locationAlias": "WA1", "subnets": ["10.57.40.0/24"]},
        "remote": {
            "siteName": "Office",
            "deviceType": "SRX",
            "address": "1.2.3.4",
            "subnets": ["10.1.1.0/24"],
        },
        "ike": {
            "encryption": "aes128",
            "hashing": "sha1_96",
            "diffieHelmanGroup": "group2",
            "preSharedKey": "Password123",
            "lifetime": 28800,
            "mode": "main",
            "deadPeerDetection": False,
            "natTraversal": False,
            "remoteIdentity": None,
        },
        "ipsec": {
            "encryption": "aes128",
            "hashing": "sha1_96",
            "protocol": "esp",
            "pfs": "group2",
            "lifetime": 3600,
        },
    }


def test_site_to_site_vpn_lifecycle(api: Api, clock: Clock, emu: Emulator) -> None:
    q = {"account": api.alias}
    vpn = api.ok("POST", "/v2/siteToSiteVpn", 201, params=q, json=_vpn_body())
    assert vpn["pendingTaskId"]
    assert vpn["ike"]["diffieHellmanGroup"] == "group2" and "preSharedKey" not in vpn["ike"]
    assert vpn["local"]["locationDescription"].startswith("WA1") and vpn["local"]["address"]
    href = vpn["links"][0]["href"]
    clock.advance(11)
    assert api.ok("GET", href)["pendingTaskId"] == ""
    updated = api.ok(
        "PUT",
        f"/v2/siteToSiteVpn/{vpn['id']}",
        params=q,
        json={"ike": {"preSharedKey": "321drowssaP"}, "remote": {"siteName": "HQ"}},
    )
    assert updated["remote"]["siteName"] == "HQ" and updated["remote"]["address"] == "1.2.3.4"
    assert [v["id"] for v in api.ok("GET", "/v2/siteToSiteVpn", params=q)] == [vpn["id"]]

    task = api.ok("DELETE", f"/v2/siteToSiteVpn/{vpn['id']}", params=q)
    assert isinstance(task, str)
    assert api.status(f"/v2/operations/{api.alias}/status/{task}") != "succeeded"
    clock.advance(11)
    assert api.status(f"/v2/operations/{api.alias}/status/{task}") == "succeeded"
    api.ok("GET", f"/v2/siteToSiteVpn/{vpn['id']}", 404, params=q)
    assert _violations(emu) == []


def test_site_to_site_vpn_validation(api: Api) -> None:
    q = {"account": api.alias}
    api.ok("GET", "/v2/siteToSiteVpn", 400)  # account is required
    api.ok("GET", "/v2/siteToSiteVpn", 403, params={"account": "OTHER"})
    body = _vpn_body()
    body["ike"]["encryption"] = "rot13"
    del body["ipsec"]
    bad = api.ok("POST", "/v2/siteToSiteVpn", 400, params=q, json=body)
    assert {"body.ike.encryption", "body.ipsec"} <= set(bad["modelState"])


# -- webhooks -------------------------------------------------------------------------------


def test_webhooks(api: Api, emu: Emulator) -> None:
    a = api.alias
    listed = api.ok("GET", f"/v2/webhooks/{a}")["items"]
    assert "Server.Created" in [w["name"] for w in listed]
    assert all("configuration" not in w for w in listed)
    conf = f"/v2/webhooks/{a}/Server.Created/configuration"
    api.ok(
        "PUT",
        conf,
        204,
        json={"recursive": True, "targetUris": [{"targetUri": "https://hooks.example/a"}]},
    )
    api.ok("POST", f"{conf}/targetUris", 204, json={"targetUri": "https://hooks.example/b"})
    api.ok("POST", f"{conf}/targetUris", 400, json={"targetUri": "https://hooks.example/b"})
    api.ok("POST", f"{conf}/targetUris", 400, json={"targetUri": "not a uri"})
    item = next(
        w for w in api.ok("GET", f"/v2/webhooks/{a}")["items"] if w["name"] == "Server.Created"
    )
    assert item["configuration"] == {
        "recursive": True,
        "targetUris": [
            {"targetUri": "https://hooks.example/a"},
            {"targetUri": "https://hooks.example/b"},
        ],
    }
    api.ok("DELETE", f"{conf}/targetUris", 204, params={"targetUri": "https://hooks.example/a"})
    api.ok("DELETE", f"{conf}/targetUris", 404, params={"targetUri": "https://hooks.example/a"})
    api.ok("DELETE", conf, 204)
    item = next(
        w for w in api.ok("GET", f"/v2/webhooks/{a}")["items"] if w["name"] == "Server.Created"
    )
    assert "configuration" not in item
    api.ok("PUT", f"/v2/webhooks/{a}/No.Such/configuration", 404, json={"recursive": False})
    api.ok("PUT", conf, 400, json={"targetUris": []})  # recursive is required
    assert _violations(emu) == []


# -- VM import ------------------------------------------------------------------------------


def test_vm_import_builds_a_server(api: Api, clock: Clock, emu: Emulator) -> None:
    a = api.alias
    images = api.ok("GET", f"/v2/vmImport/{a}/VA1/available")
    assert images and all(i["id"].startswith(f"{a}/") for i in images)
    group = api.group_named("Default Group")
    body = {
        "name": "import",
        "groupId": group["id"],
        "password": "P@ssw0rd1",
        "cpu": 2,
        "memoryGB": 4,
        "ovfId": images[0]["id"],
        "ovfOsType": "redHat6_64Bit",
        "primaryDns": "172.17.1.26",
        "type": "standard",
        "storageType": "standard",
    }
    queued = api.ok("POST", f"/v2/vmImport/{a}", 202, json=body)
    assert queued["isQueued"] is True and queued["server"] == "import"
    self_href = next(link["href"] for link in queued["links"] if link["rel"] == "self")
    assert api.ok("GET", self_href)["status"] == "underConstruction"
    clock.advance(11)
    assert api.status(status_href(queued)) == "succeeded"
    server = api.ok("GET", self_href)
    assert server["name"] == f"VA1{a}IMPORT01" and server["status"] == "active"
    assert server["details"]["cpu"] == 2 and server["details"]["memoryMB"] == 4096
    assert server["details"]["storageGB"] == images[0]["storageSizeGB"]
    assert api.group(group["id"])["serversCount"] == 1
    assert api.ok("GET", f"/v2/servers/{a}/{server['id']}/credentials")["password"] == "P@ssw0rd1"

    bad = api.ok("POST", f"/v2/vmImport/{a}", 400, json={**body, "ovfId": "NOPE/X"})
    assert "body.ovfId" in bad["modelState"]
    bad = api.ok("POST", f"/v2/vmImport/{a}", 400, json={**body, "ovfOsType": "ubuntu14_64Bit"})
    assert "body.ovfOsType" in bad["modelState"]
    missing = str(api.ok("POST", f"/v2/vmImport/{a}", 400, json={"name": "x"})["modelState"])
    assert "groupId" in missing and "ovfId" in missing
    assert _violations(emu) == []
