"""JSON views of world records, shaped like the real API's responses.

The real API wrote the account alias in lower case inside most ``href`` values
and server ids in lower case with upper-case names; these views copy that.
"""

from __future__ import annotations

from typing import Any

from .clock import zulu
from .state import State

Rec = dict[str, Any]


def link(rel: str, href: str, *, id: str | None = None, verbs: list[str] | None = None) -> Rec:
    out: Rec = {"rel": rel, "href": href}
    if id is not None:
        out["id"] = id
    if verbs is not None:
        out["verbs"] = verbs
    return out


def status_link(state: State, jid: str) -> Rec:
    return link("status", f"/v2/operations/{state.alias_lower}/status/{jid}", id=jid)


def change_info(rec: Rec) -> Rec:
    return {
        "createdBy": rec["createdBy"],
        "createdDate": zulu(rec["createdDate"]),
        "modifiedBy": rec["modifiedBy"],
        "modifiedDate": zulu(rec["modifiedDate"]),
    }


def custom_fields(state: State, values: list[Rec]) -> list[Rec]:
    defs = {f["id"]: f for f in state.data["customFields"]}
    out = []
    for v in values:
        d = defs.get(v["id"])
        if d is None:
            continue
        shown = v["value"]
        if d["type"] == "option":
            shown = next((o["value"] for o in d["options"] if o["name"] == v["value"]), shown)
        out.append({"id": v["id"], "name": d["name"], "value": v["value"], "displayValue": shown})
    return out


# -- data centers ------------------------------------------------------------------------


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
            link("statistics", f"{g}/statistics"),
            link("upcomingScheduledActivities", f"{g}/upcomingScheduledActivities"),
            link(
                "horizontalAutoscalePolicyMapping",
                f"{g}/horizontalAutoscalePolicy",
                verbs=["GET", "PUT", "DELETE"],
            ),
            link("scheduledActivities", f"{g}/scheduledActivities", verbs=["GET", "POST"]),
        ]
    return {"id": loc, "name": dc["name"], "links": links}


def deployment_capabilities(state: State, dc: str) -> Rec:
    nets = [n for n in state.data["networks"].values() if n["locationId"] == dc and n["claimed"]]
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
            for n in nets
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


# -- groups ------------------------------------------------------------------------------


def group(
    state: State, g: Rec, *, detailed: bool = False, counts: dict[str, int] | None = None
) -> Rec:
    """A group with its whole subtree, as ``GET /v2/groups/{alias}/{id}`` returns it."""
    if counts is None:
        counts = state.server_counts(g["id"])
    groups = state.data["groups"]
    a = state.alias_lower
    href = f"/v2/groups/{a}/{g['id']}"
    special = g["type"] in ("archive", "templates")
    links: list[Rec] = []
    if not special:
        links += [
            link("createGroup", f"/v2/groups/{a}", verbs=["POST"]),
            link("createServer", f"/v2/servers/{a}", verbs=["POST"]),
        ]
    is_root = g["parentId"] is None
    links.append(
        link(
            "self",
            href,
            verbs=["GET", "PATCH"] if special or is_root else ["GET", "PATCH", "DELETE"],
        )
    )
    if not is_root:
        links.append(link("parentGroup", f"/v2/groups/{a}/{g['parentId']}", id=g["parentId"]))
    links += [
        link("defaults", f"{href}/defaults", verbs=["GET", "POST"]),
        link("billing", f"{href}/billing"),
    ]
    if not special:
        if not is_root:
            links.append(link("archiveGroupAction", f"{href}/archive"))
        links += [
            link("statistics", f"{href}/statistics"),
            link("upcomingScheduledActivities", f"{href}/upcomingScheduledActivities"),
            link(
                "horizontalAutoscalePolicyMapping",
                f"{href}/horizontalAutoscalePolicy",
                verbs=["GET", "PUT", "DELETE"],
            ),
            link("scheduledActivities", f"{href}/scheduledActivities", verbs=["GET", "POST"]),
        ]
    servers = [state.data["servers"][sid] for sid in g["servers"]]
    if not detailed:
        links += [link("server", f"/v2/servers/{a}/{s['id']}", id=s["name"]) for s in servers]
    out: Rec = {
        "id": g["id"],
        "name": g["name"],
        "description": g["description"],
        "locationId": g["locationId"],
        "type": g["type"],
        "status": g["status"],
        "serversCount": counts.get(g["id"], 0),
        "groups": [
            group(state, groups[c], detailed=detailed, counts=counts) for c in g["children"]
        ],
        "links": links,
        "changeInfo": change_info(g),
        "customFields": custom_fields(state, g["customFields"]),
    }
    if detailed:
        out["servers"] = [server(state, s) for s in servers]
    return out


# -- servers -----------------------------------------------------------------------------

_BUILDING = ("underConstruction", "queuedForDelete")


def os_label(template_description: str) -> str:
    """``CentOS 6 | 64-bit`` -> ``CentOS 6 64-bit``, the server ``osType`` spelling."""
    return template_description.replace(" | ", " ")


def ip_addresses(s: Rec) -> list[Rec]:
    out: list[Rec] = [{"internal": s["primaryIP"]}] if s.get("primaryIP") else []
    for ip, body in s["publicIPs"].items():
        out.append({"public": ip, "internal": body["internalIPAddress"]})
    return out


def server(state: State, s: Rec) -> Rec:
    a = state.alias_lower
    sid = s["id"]
    href = f"/v2/servers/{a}/{sid}"
    building = s["status"] in _BUILDING
    out: Rec = {
        "id": sid,
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
        archived = s["status"] == "archived"
        details: Rec = {
            "ipAddresses": ip_addresses(s),
            "secondaryIPAddresses": [{"internal": n["internal"]} for n in s["secondaryNetworks"]],
            "alertPolicies": [
                {
                    "id": pid,
                    "name": state.data["alertPolicies"][pid]["name"],
                    "links": [link("self", f"/v2/alertPolicies/{a}/{pid}")],
                }
                for pid in s["alertPolicies"]
                if pid in state.data["alertPolicies"]
            ],
        }
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
        storage = sum(d["sizeGB"] for d in s["disks"])
        details.update(
            cpu=0 if archived else s["cpu"],
            diskCount=len(s["disks"]),
            hostName=sid,
            inMaintenanceMode=s["inMaintenanceMode"],
            memoryMB=0 if archived else s["memoryMB"],
            powerState=s["powerState"],
            storageGB=storage,
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
        out["details"] = details
    out["type"] = s["type"]
    out["storageType"] = s["storageType"]
    out["changeInfo"] = change_info(s)
    links = [
        link(
            "self", href, id=sid, verbs=["GET", "PATCH"] if building else ["GET", "PATCH", "DELETE"]
        ),
        link("group", f"/v2/groups/{a}/{s['groupId']}", id=s["groupId"]),
        link("account", f"/v2/accounts/{a}", id=a),
        link("billing", f"/v2/billing/{a}/serverPricing/{sid}"),
    ]
    if not building:
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
            link(
                "antiAffinityPolicyMapping", f"{href}/antiAffinityPolicy", verbs=["PUT", "DELETE"]
            ),
            link(
                "cpuAutoscalePolicyMapping", f"{href}/cpuAutoscalePolicy", verbs=["PUT", "DELETE"]
            ),
        ]
        for ip in s["publicIPs"]:
            links.append(
                link(
                    "publicIPAddress",
                    f"{href}/publicIPAddresses/{ip}",
                    id=ip,
                    verbs=["GET", "PUT", "DELETE"],
                )
            )
    out["links"] = links
    return out


# -- networks ----------------------------------------------------------------------------


def network(state: State, n: Rec, *, ip_filter: str | None = None) -> Rec:
    a = state.alias_lower
    dc = n["locationId"].lower()
    href = f"/v2-experimental/networks/{a}/{dc}/{n['id']}"
    out: Rec = {
        "id": n["id"],
        "cidr": n["cidr"],
        "description": n["description"],
        "gateway": n["gateway"],
        "name": n["name"],
        "netmask": n["netmask"],
        "type": n["type"],
        "vlan": n["vlan"],
    }
    if ip_filter:
        out["ipAddresses"] = ip_list(state, n, ip_filter)
    out["links"] = [
        link("self", href, verbs=["GET", "PUT"]),
        link("ipAddresses", f"{href}/ipAddresses", verbs=["GET"]),
        link("release", f"{href}/release", verbs=["POST"]),
    ]
    return out


def ip_list(state: State, n: Rec, kind: str) -> list[Rec]:
    """IP addresses of a network: ``claimed``, ``free`` or ``all``."""
    primaries = {s["primaryIP"] for s in state.data["servers"].values() if s.get("primaryIP")}
    out: list[Rec] = []
    if kind in ("claimed", "all"):
        for addr, who in sorted(n["addresses"].items(), key=lambda kv: _ip_key(kv[0])):
            out.append(
                {
                    "address": addr,
                    "claimed": True,
                    "primary": addr in primaries,
                    "server": who,
                    "type": "private",
                }
            )
    if kind in ("free", "all"):
        base = n["cidr"].rsplit(".", 1)[0]
        for last in range(12, 255):
            addr = f"{base}.{last}"
            if addr not in n["addresses"]:
                out.append({"address": addr, "claimed": False, "type": "private"})
    return out


def _ip_key(addr: str) -> tuple[int, ...]:
    return tuple(int(p) for p in addr.split("."))
