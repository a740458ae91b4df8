"""Servers, their credentials-free details, public IPs and policy mappings."""

from __future__ import annotations

from ..backend.servers import BUILDING
from ..state import State
from .common import Rec, change_info, custom_fields, link


def ip_addresses(s: Rec) -> list[Rec]:
    out: list[Rec] = [{"internal": s["primaryIP"]}] if s.get("primaryIP") else []
    for ip, body in s["publicIPs"].items():
        out.append({"public": ip, "internal": body["internalIPAddress"]})
    return out


def _details(state: State, s: Rec, href: str) -> Rec:
    a = state.alias_lower
    archived = s["status"] == "archived"
    details: Rec = {"ipAddresses": ip_addresses(s)}
    if s["secondaryNetworks"]:  # the real API left the key out when there were none
        details["secondaryIPAddresses"] = [
            {"internal": n["internal"]} for n in s["secondaryNetworks"]
        ]
    details["alertPolicies"] = [
        {
            "id": pid,
            "name": state.data["alertPolicies"][pid]["name"],
            "links": [link("self", f"/v2/alertPolicies/{a}/{pid}")],
        }
        for pid in s["alertPolicies"]
        if pid in state.data["alertPolicies"]
    ]
    aff = state.data["antiAffinityPolicies"].get(s.get("antiAffinityPolicyId") or "")
    if aff is not None:
        details["antiAffinityPolicy"] = {
            "id": aff["id"],
            "name": aff["name"],
            "links": [link("self", f"/v2/antiAffinityPolicies/{a}/{aff['id']}")],
        }
    pol = s.get("cpuAutoscalePolicyId")
    if pol:
        details["cpuAutoscalePolicy"] = {
            "id": pol,
            "links": [link("self", f"/v2/autoscalePolicies/{a}/{pol}")],
        }
    details.update(
        cpu=0 if archived else s["cpu"],
        diskCount=len(s["disks"]),
        hostName=s["id"],
        inMaintenanceMode=s["inMaintenanceMode"],
        memoryMB=0 if archived else s["memoryMB"],
        powerState=s["powerState"],
        storageGB=sum(d["sizeGB"] for d in s["disks"]),
        disks=[dict(d) for d in s["disks"]],
        partitions=[dict(p) for p in s["partitions"]],
        snapshots=[
            {
                "name": snap["name"],
                "links": [
                    link("self", f"{href}/snapshots/{snap['id']}"),
                    link("delete", f"{href}/snapshots/{snap['id']}"),
                    link("restore", f"{href}/snapshots/{snap['id']}/restore"),
                ],
            }
            for snap in s["snapshots"]
        ],
        customFields=custom_fields(state, s["customFields"]),
    )
    return details


def _links(state: State, s: Rec, href: str, building: bool) -> list[Rec]:
    a = state.alias_lower
    sid = s["id"]
    links = [
        link(
            "self", href, id=sid, verbs=["GET", "PATCH"] if building else ["GET", "PATCH", "DELETE"]
        ),
        link("group", f"/v2/groups/{a}/{s['groupId']}", id=s["groupId"]),
        link("account", f"/v2/accounts/{a}", id=a),
        link("billing", f"/v2/billing/{a}/serverPricing/{sid}"),
    ]
    if building:
        return links
    u = s["uuid"]
    links += [
        link("publicIPAddresses", f"{href}/publicIPAddresses", verbs=["POST"]),
        link("credentials", f"{href}/credentials"),
        link("statistics", f"{href}/statistics"),
        link("upcomingScheduledActivities", f"/v2/servers/{a}/{u}/upcomingScheduledActivities"),
        link(
            "scheduledActivities",
            f"/v2/servers/{a}/{u}/scheduledActivities",
            verbs=["GET", "POST"],
        ),
        link("capabilities", f"{href}/capabilities"),
        link("alertPolicyMappings", f"{href}/alertPolicies", verbs=["POST"]),
        link("antiAffinityPolicyMapping", f"{href}/antiAffinityPolicy", verbs=["PUT", "DELETE"]),
        link("cpuAutoscalePolicyMapping", f"{href}/cpuAutoscalePolicy", verbs=["PUT", "DELETE"]),
    ]
    links += [
        link(
            "publicIPAddress",
            f"{href}/publicIPAddresses/{ip}",
            id=ip,
            verbs=["GET", "PUT", "DELETE"],
        )
        for ip in s["publicIPs"]
    ]
    return links


def server(state: State, s: Rec) -> Rec:
    href = f"/v2/servers/{state.alias_lower}/{s['id']}"
    building = s["status"] in BUILDING
    out: Rec = {
        "id": s["id"],
        "name": s["name"],
        "description": s["description"],
        "groupId": s["groupId"],
        "isTemplate": s["isTemplate"],
        "locationId": s["locationId"],
        "osType": s["osType"],
        "os": s["os"],
        "status": s["status"],
    }
    if s.get("isManagedOS"):
        out["isManagedOS"] = True
    if not building:
        out["details"] = _details(state, s, href)
    out["type"] = s["type"]
    out["storageType"] = s["storageType"]
    out["changeInfo"] = change_info(s)
    out["links"] = _links(state, s, href, building)
    return out


def queued_build(state: State, name: str, s: Rec, jid: str) -> Rec:
    """The answer to a create, clone or import: queued, with the status and uuid links."""
    uuid = s["uuid"]
    return {
        "server": name,
        "isQueued": True,
        "links": [
            link("status", f"/v2/operations/{state.alias_lower}/status/{jid}", id=jid),
            link("self", f"/v2/servers/{state.alias}/{uuid}?uuid=True", id=uuid, verbs=["GET"]),
        ],
    }


def queued_delete(state: State, s: Rec, jid: str) -> Rec:
    return {
        "server": s["id"],
        "isQueued": True,
        "links": [link("status", f"/v2/operations/{state.alias_lower}/status/{jid}", id=jid)],
    }


def public_ip(body: Rec) -> Rec:
    return {
        "internalIPAddress": body["internalIPAddress"],
        "ports": [dict(p) for p in body["ports"]],
        "sourceRestrictions": [dict(r) for r in body["sourceRestrictions"]],
    }


def policy_mapping(state: State, s: Rec, kind: str, pid: str) -> Rec:
    """A CPU autoscale or anti-affinity mapping: the policy id and the mapping's link."""
    return {"id": pid, "links": [link("self", f"/v2/servers/{state.alias}/{s['name']}/{kind}")]}


def alert_mapping(state: State, s: Rec, policy: Rec) -> Rec:
    a = state.alias_lower
    return {
        "id": policy["id"],
        "links": [link("self", f"/v2/servers/{a}/{s['id']}/alertPolicies/{policy['id']}")],
    }


def alert_mapping_listed(state: State, s: Rec, policy: Rec) -> Rec:
    """A server's alert policy as its listing shows it (as in the server's details)."""
    a = state.alias_lower
    return {
        "id": policy["id"],
        "name": policy["name"],
        "links": [
            link("self", f"/v2/alertPolicies/{a}/{policy['id']}"),
            link(
                "alertPolicyMap",
                f"/v2/servers/{a}/{s['id']}/alertPolicies/{policy['id']}",
                verbs=["GET", "DELETE"],
            ),
        ],
    }


def capabilities(values: Rec) -> Rec:
    return dict(values)


def credentials(values: Rec) -> Rec:
    return dict(values)
