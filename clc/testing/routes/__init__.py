"""API routes, one module per resource; importing this package registers every handler.

A route only translates HTTP: it reads the request (the binder's rules in
``fields``), calls the backend, and renders the result with ``views``.
"""

from __future__ import annotations

from . import (  # noqa: F401  (imported for their registrations)
    accounts,
    auth,
    batch_operations,
    billing,
    datacenters,
    firewall,
    groups,
    job_status,
    load_balancers,
    networks,
    policies,
    server_addresses,
    server_policies,
    servers,
    vm_import,
    vpn,
    webhooks,
)
