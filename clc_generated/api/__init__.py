# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions, one package per tag of the spec.

``TAGS`` names those packages; each one's ``OPERATIONS`` describes its endpoints
(method, path, summary, parameters, body fields) so that tools such as the ``clc``
command line can list them without importing the endpoint modules.
"""

TAGS: tuple[str, ...] = (
    "accounts",
    "alert_policies",
    "anti_affinity_policies",
    "authentication",
    "autoscale_policies",
    "billing",
    "datacenters",
    "firewall_policies",
    "groups",
    "horizontal_autoscale_policies",
    "networks",
    "power_operations",
    "public_ips",
    "queue",
    "server_actions",
    "servers",
    "shared_load_balancers",
    "site_to_site_vpn",
    "vm_import",
    "webhooks",
)
