"""Data centers, their deployment capabilities and importable images."""

from __future__ import annotations

from ..state import State
from .common import Rec, link
from .groups import activity_links


def datacenter(state: State, dc: Rec, *, group_links: bool) -> Rec:
    a = state.alias_lower
    loc = dc["id"].lower()
    links = [
        link("self", f"/v2/datacenters/{a}/{loc}"),
        link("deploymentCapabilities", f"/v2/datacenters/{a}/{loc}/deploymentCapabilities"),
        link("loadBalancers", f"/v2/sharedLoadBalancers/{a}/{loc}", verbs=["GET", "POST"]),
        link("computeLimits", f"/v2/datacenters/{a}/{loc}/computeLimits", verbs=["GET", "POST"]),
        link("networkLimits", f"/v2/datacenters/{a}/{loc}/networkLimits", verbs=["GET"]),
        link("availableOvfs", f"/v2/vmImport/{a}/{loc}/available", verbs=["GET"]),
    ]
    if group_links:
        root = state.group(dc["rootGroupId"])
        g = f"/v2/groups/{a}/{root['id']}"
        links += [
            {"rel": "group", "href": g, "id": root["id"], "name": root["name"]},
            link("createGroup", f"/v2/groups/{a}", verbs=["POST"]),
            link("createServer", f"/v2/servers/{a}", verbs=["POST"]),
            link("defaults", f"{g}/defaults", verbs=["GET", "POST"]),
            link("billing", f"{g}/billing"),
            *activity_links(g),
        ]
    return {"id": loc, "name": dc["name"], "links": links}


def deployment_capabilities(state: State, dc: str, networks: list[Rec]) -> Rec:
    return {
        "dataCenterEnabled": True,
        "importVMEnabled": True,
        "supportsPremiumStorage": dc != "CA3",
        "supportsSharedLoadBalancer": True,
        "supportsBareMetalServers": False,
        "deployableNetworks": [
            {
                "name": n["name"],
                "networkId": n["id"],
                "type": n["type"],
                "accountID": state.alias,
            }
            for n in networks
        ],
        "templates": [
            {k: v for k, v in t.items() if k != "visibility"} for t in state.templates(dc)
        ],
        "importableOSTypes": [
            {
                "id": 38,
                "description": "RedHat Enterprise Linux 6 64-bit",
                "labProductCode": "SOFT-LAB-REDHAT-CPU",
                "premiumProductCode": "SOFT-PREM-REDHAT-CPU",
                "type": "RedHat6_64Bit",
            }
        ],
    }
