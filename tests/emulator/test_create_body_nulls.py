"""The create-server body clc-sdk 2.51 sends is accepted in validation mode.

2.51 sends every option its caller left out as null and spells the DNS fields
primaryDNS/secondaryDNS; the spec marks those optional fields nullable and the
emulator, like the API's binder, matches names case-insensitively.
"""

from __future__ import annotations

from clc.testing import Clock, Emulator

from .conftest import Api


def test_clc_sdk_251_create_body(api: Api, clock: Clock, emu: Emulator) -> None:
    group = api.group_named("Default Group")
    body = {
        "name": "nul", "description": None, "groupId": group["id"],
        "sourceServerId": "CENTOS-6-64-TEMPLATE", "isManagedOS": False,
        "primaryDNS": "8.8.8.8", "secondaryDNS": None, "networkId": None, "ipAddress": None,
        "password": None, "sourceServerPassword": None, "cpu": 1,
        "cpuAutoscalePolicyId": None, "memoryGB": 1, "type": "standard",
        "storageType": "standard", "antiAffinityPolicyId": None, "customFields": None,
        "additionalDisks": None, "ttl": None, "packages": None,
    }  # fmt: skip
    queued = api.ok("POST", f"/v2/servers/{api.alias}", 202, json=body)
    assert queued["isQueued"] is True
    clock.advance(11)
    server = api.ok("GET", f"/v2/servers/{api.alias}/VA1{api.alias}NUL01")
    assert server["status"] == "active" and server["description"] == ""
    assert emu.app.state.server(server["id"])["primaryDns"] == "8.8.8.8"
    assert emu.app.validator.violations == []
