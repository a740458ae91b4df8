# Generated from spec/clc-v2.yaml by `python -m generator` — do not edit.
"""Endpoint functions, one package per tag of the spec.

``TAGS`` maps those packages to their number of endpoints; each package's
``OPERATIONS`` describes its endpoints (method, path, summary, parameters, body
fields) so that tools such as the ``clc`` command line can list them without
importing the endpoint modules.
"""

TAGS: dict[str, int] = {
    "accounts": 2,
    "alert_policies": 10,
    "anti_affinity_policies": 8,
    "authentication": 1,
    "autoscale_policies": 5,
    "billing": 2,
    "datacenters": 4,
    "firewall_policies": 10,
    "groups": 16,
    "horizontal_autoscale_policies": 5,
    "networks": 8,
    "power_operations": 9,
    "public_ips": 4,
    "queue": 2,
    "server_actions": 6,
    "servers": 13,
    "shared_load_balancers": 12,
    "site_to_site_vpn": 5,
    "vm_import": 2,
    "webhooks": 5,
}
