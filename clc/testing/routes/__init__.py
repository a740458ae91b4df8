"""API routes, one module per resource; importing this package fills the table."""

from __future__ import annotations

from . import (  # noqa: F401  (imported for their route registrations)
    accounts,
    auth,
    billing,
    datacenters,
    firewall,
    groups,
    load_balancers,
    networks,
    operations,
    policies,
    server_addresses,
    server_policies,
    servers,
    vm_import,
    vpn,
    webhooks,
)
