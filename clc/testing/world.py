"""The seeded world: what a fresh emulator account looks like.

Everything here is plain JSON-able data so that ``--state`` can persist it. Seed
ids are derived from names (uuid5), so two fresh emulators agree on every id.
"""

from __future__ import annotations

import uuid
from typing import Any

Rec = dict[str, Any]

_NS = uuid.UUID("6b0e2c1e-3f57-4a8e-9d5c-5c1c6a0e7a11")

# (id, friendly name) of the seeded data centers; the first is the primary one.
DATACENTERS: list[tuple[str, str]] = [
    ("VA1", "VA1 - US East (Sterling)"),
    ("WA1", "WA1 - US West (Seattle)"),
    ("CA3", "CA3 - Canada (Toronto)"),
    ("UC1", "UC1 - US West (Santa Clara)"),
]

_LINUX_PATHS = [
    "bin", "boot", "build", "cdrom", "compat", "dist", "dev", "entropy", "etc", "home",
    "initrd.img", "lib", "lib64", "libexec", "lost+found", "media", "mnt", "opt", "proc",
    "root", "sbin", "selinux", "srv", "sys", "tmp", "usr", "var", "vmlinuz",
]  # fmt: skip
_WINDOWS_PATHS = ["a", "b", "c", "d"]

# name, osType, description, storage GB, capabilities: as the real API listed them.
_TEMPLATES: list[tuple[str, str, str, int, list[str]]] = [
    ("CENTOS-6-64-TEMPLATE", "centOS6_64Bit", "CentOS 6 | 64-bit", 17, ["cpuAutoscale"]),
    ("CENTOS-7-64-TEMPLATE", "centOS7_64Bit", "CentOS 7 | 64-bit", 17, ["cpuAutoscale"]),
    ("DEBIAN-7-64-TEMPLATE", "debian7_64Bit", "Debian 7 | 64-bit", 17, []),
    ("RHEL-6-64-TEMPLATE", "redHat6_64Bit", "RedHat Enterprise Linux 6 | 64-bit", 17,
     ["cpuAutoscale", "importVM"]),
    ("RHEL-7-64-TEMPLATE", "redHat7_64Bit", "RedHat Enterprise Linux 7 | 64-bit", 16,
     ["cpuAutoscale"]),
    ("UBUNTU-12-64-TEMPLATE", "ubuntu12_64Bit", "Ubuntu 12 | 64-bit", 17, ["cpuAutoscale"]),
    ("UBUNTU-14-64-TEMPLATE", "ubuntu14_64Bit", "Ubuntu 14 | 64-bit", 17, ["cpuAutoscale"]),
    ("WIN2008R2DTC-64", "windows2008R2DataCenter_64bit",
     "Windows 2008 R2 Datacenter Edition | 64-bit", 60, ["importVM"]),
    ("WIN2012DTC-64", "windows2012DataCenter_64Bit", "Windows 2012 Datacenter Edition | 64-bit",
     60, ["cpuAutoscale"]),
    ("WIN2012R2DTC-64", "windows2012R2DataCenter_64Bit",
     "Windows 2012 R2 Datacenter Edition | 64-bit", 60, ["cpuAutoscale", "importVM"]),
]  # fmt: skip

ARCHIVE_DESCRIPTION = (
    "Pay only for the storage consumed by the archived server. "
    "No compute or licensing costs are incurred."
)
TEMPLATES_DESCRIPTION = (
    "Custom templates provide a set of hardware/software settings that can be used "
    "repeatedly to create servers configured with the same settings."
)
DEFAULT_DESCRIPTION = "The default location for new servers created in your account"

# Collections keyed by id that a fresh world starts empty (a state file saved by an older
# emulator gets the missing ones when it loads).
COLLECTIONS = (
    "crossDcFirewallPolicies",
    "firewallPolicies",
    "horizontalAutoscalePolicies",
    "loadBalancers",
    "vpns",
    "webhooks",
)

SEED_TIME = 1_420_070_400.0  # 2015-01-01T00:00:00Z: seeded objects were "created" then


def seed_id(*parts: str) -> str:
    return uuid.uuid5(_NS, "/".join(parts)).hex


def template(name: str, os_type: str, description: str, storage: int, caps: list[str]) -> Rec:
    rec: Rec = {
        "name": name,
        "osType": os_type,
        "description": description,
        "storageSizeGB": storage,
        "capabilities": list(caps),
        "reservedDrivePaths": list(
            _WINDOWS_PATHS if os_type.startswith("windows") else _LINUX_PATHS
        ),
    }
    if os_type.startswith("windows"):
        rec["drivePathLength"] = 1
    return rec


def _group(
    gid: str, name: str, description: str, dc: str, gtype: str, parent: str | None, user: str
) -> Rec:
    return {
        "id": gid,
        "name": name,
        "description": description,
        "locationId": dc,
        "type": gtype,
        "status": "active",
        "parentId": parent,
        "children": [],
        "servers": [],
        "customFields": [],
        "defaults": {},
        "createdBy": user,
        "createdDate": SEED_TIME,
        "modifiedBy": user,
        "modifiedDate": SEED_TIME,
    }


# Seeded networks take third octets 40-99 of their data center's 10.x range; claimed
# ones take 100 and up (backend/networks.py).
MAX_NETWORKS_PER_DC = 30


def build(alias: str, username: str, templates_per_dc: int = 0, networks_per_dc: int = 2) -> Rec:
    """Return the initial world for one account.

    ``templates_per_dc`` pads each data center's catalog with custom templates
    (named like the API named them, ``VA1DEMOCUST01``) up to that many entries.
    ``networks_per_dc`` /24 networks (about 240 servers each) are claimed in every
    data center; more than the default two make room for fleets of thousands.
    """
    if not 1 <= networks_per_dc <= MAX_NETWORKS_PER_DC:
        raise ValueError(
            f"networks_per_dc: must be between 1 and {MAX_NETWORKS_PER_DC}, got {networks_per_dc}"
        )
    alias = alias.upper()
    world: Rec = {
        "alias": alias,
        "accounts": {
            alias: {
                "accountAlias": alias,
                "parentAlias": "EMUL",
                "businessName": "Demo Company",
                "addressLine1": "1 Emulator Way",
                "addressLine2": "Suite 200",
                "city": "Seattle",
                "stateProvince": "WA",
                "postalCode": "98101",
                "country": "USA",
                "telephone": "206-555-0100",
                "fax": "",
                "timeZone": "Pacific Standard Time",
                "status": "Active",
                "primaryDataCenter": DATACENTERS[0][0],
                "isManaged": False,
                "isManagedWithSecurity": False,
            },
            "EMUL": {
                "accountAlias": "EMUL",
                "parentAlias": None,
                "businessName": "Emulated Reseller",
                "addressLine1": "1 Emulator Way",
                "addressLine2": "",
                "city": "Seattle",
                "stateProvince": "WA",
                "postalCode": "98101",
                "country": "USA",
                "telephone": "206-555-0199",
                "fax": "",
                "timeZone": "Pacific Standard Time",
                "status": "Active",
                "primaryDataCenter": DATACENTERS[0][0],
                "isManaged": False,
                "isManagedWithSecurity": False,
            },
        },
        "datacenters": {},
        "templates": {},
        "groups": {},
        "servers": {},
        "networks": {},
        "jobs": {},
        "alertPolicies": {},
        "antiAffinityPolicies": {},
        "autoscalePolicies": {},
        "customFields": [],
        "tokens": {},
        "seq": {"job": 100000, "ip": 0},
        **{name: {} for name in COLLECTIONS},
    }
    user = username
    for n, (dc, friendly) in enumerate(DATACENTERS):
        root = seed_id(alias, dc, "root")
        world["datacenters"][dc] = {"id": dc, "name": friendly, "rootGroupId": root}
        groups = world["groups"]
        groups[root] = _group(root, f"{dc} Hardware", f"{dc} Hardware", dc, "default", None, user)
        for name, desc, gtype in (
            ("Default Group", DEFAULT_DESCRIPTION, "default"),
            ("Archive", ARCHIVE_DESCRIPTION, "archive"),
            ("Templates", TEMPLATES_DESCRIPTION, "templates"),
        ):
            gid = seed_id(alias, dc, name)
            groups[gid] = _group(gid, name, desc, dc, gtype, root, user)
            groups[root]["children"].append(gid)
        cat = [template(*t) for t in _TEMPLATES]
        for i in range(len(cat), templates_per_dc):
            cat.append(
                template(
                    f"{dc}{alias}CUST{i + 1:02d}", "centOS6_64Bit", f"Custom template {i + 1}", 17,
                    ["cpuAutoscale"],
                )
            )  # fmt: skip
        world["templates"][dc] = cat
        for k in range(networks_per_dc):
            vlan = 100 + 10 * n + k
            third = 40 + 10 * n + k
            cidr_base = f"10.{56 + n}.{third}"
            nid = seed_id(alias, dc, "net", str(vlan))
            world["networks"][nid] = {
                "id": nid,
                "locationId": dc,
                "cidr": f"{cidr_base}.0/24",
                "description": f"vlan_{vlan}_{cidr_base}",
                "gateway": f"{cidr_base}.1",
                "name": f"vlan_{vlan}_{cidr_base}",
                "netmask": "255.255.255.0",
                "type": "private",
                "vlan": vlan,
                "claimed": True,
                "addresses": {},  # address -> server name holding it
            }
        aid = seed_id(alias, dc, "anti-affinity")
        world["antiAffinityPolicies"][aid] = {
            "id": aid,
            "name": f"{dc} spread web tier",
            "location": dc,
            "servers": [],
        }
    for name, metric, threshold in (("High CPU", "cpu", 90.0), ("Disk almost full", "disk", 85.0)):
        pid = seed_id(alias, "alert", name)
        world["alertPolicies"][pid] = {
            "id": pid,
            "name": name,
            "actions": [{"action": "email", "settings": {"recipients": ["ops@example.com"]}}],
            "triggers": [{"metric": metric, "duration": "00:05:00", "threshold": threshold}],
        }
    for name, lo, hi in (("Scale 1 to 4 CPUs", 1, 4), ("Scale 2 to 8 CPUs", 2, 8)):
        pid = seed_id(alias, "autoscale", name)
        world["autoscalePolicies"][pid] = {
            "id": pid,
            "name": name,
            "resourceType": "cpu",
            "thresholdPeriodMinutes": 5,
            "scaleUpIncrement": 1,
            "range": {"max": hi, "min": lo},
            "scaleUpThreshold": 85,
            "scaleDownThreshold": 15,
            "scaleDownWindow": {"start": "02:00", "end": "04:00"},
        }
    pid = seed_id(alias, "horizontal-autoscale", "Web tier")
    world["horizontalAutoscalePolicies"] = {
        pid: {
            "id": pid,
            "name": "Web tier 2+ servers",
            "minimumServerCount": 2,
            "thresholdPeriod": "00:10:00",
            "coolDownPeriod": "00:15:00",
            "scaleOut": {"cpuPercentThreshold": 80, "memoryPercentThreshold": 80, "scaleBy": 1},
            "scaleIn": {"cpuPercentThreshold": 20, "memoryPercentThreshold": 20, "scaleBy": 1},
        }
    }
    world["customFields"] = [
        {
            "id": seed_id(alias, "field", "Approved by"),
            "name": "Approved by",
            "isRequired": False,
            "type": "text",
            "options": [],
        },
        {
            "id": seed_id(alias, "field", "Tier"),
            "name": "Tier",
            "isRequired": False,
            "type": "option",
            "options": [{"name": "0", "value": "Standard"}, {"name": "1", "value": "Premium"}],
        },
    ]
    return world
