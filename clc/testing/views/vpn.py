"""Site-to-site VPNs: the pre-shared key is never echoed back."""

from __future__ import annotations

import copy

from ..state import State
from .common import Rec, change_info, link


def vpn(state: State, v: Rec, pending_task: str) -> Rec:
    dc = state.data["datacenters"].get(v["local"]["locationAlias"], {})
    return {
        "id": v["id"],
        "pendingTaskId": pending_task,
        "accountAlias": state.alias,
        "changeInfo": change_info(v),
        "local": {
            "address": v["local"]["address"],
            "locationAlias": v["local"]["locationAlias"],
            "locationDescription": dc.get("name", ""),
            "subnets": list(v["local"]["subnets"]),
        },
        "remote": copy.deepcopy(v["remote"]),
        "ike": {k: val for k, val in v["ike"].items() if k != "preSharedKey"},
        "ipsec": dict(v["ipsec"]),
        "links": [link("self", f"/v2/siteToSiteVpn/{v['id']}?account={state.alias}")],
    }
