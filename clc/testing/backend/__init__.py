"""The emulated account's behaviour, callable without HTTP.

``Backend`` owns the world (a ``State``) and its rules, one part per resource
(``backend.servers.create(...)``, ``backend.groups.archive(...)``...). Methods
take typed arguments, return world records (plain dicts that the ``views``
package renders) and raise ``ApiError`` for what the API refused. A method
checks everything before it changes anything, so a refused call leaves the
world as it was. The HTTP routes only translate requests into these calls.

    backend = Backend(State.create(...), Limits.from_spec(load_spec()))
    with backend.state.lock:
        gid = backend.groups.create("Web", parent_id=...)["id"]
"""

from __future__ import annotations

from typing import Any

from .. import jobs
from ..limits import Limits
from ..state import State
from .accounts import Accounts
from .batch import Batch
from .billing import Billing
from .datacenters import Datacenters
from .firewall import Firewall
from .groups import Groups
from .load_balancers import LoadBalancers
from .networks import Networks
from .policies import Policies
from .server_addresses import ServerAddresses
from .server_policies import ServerPolicies
from .servers import Servers
from .vpn import Vpns
from .webhooks import Webhooks

__all__ = ["Backend"]


class Backend:
    """One account's world and everything that can be done to it."""

    def __init__(self, state: State, limits: Limits) -> None:
        self.state = state
        self.limits = limits
        # Set for one request by the app when a fault rule says its jobs must fail.
        self.fail_jobs = False
        self.accounts: Accounts = Accounts(self)
        self.billing: Billing = Billing(self)
        self.datacenters: Datacenters = Datacenters(self)
        self.groups: Groups = Groups(self)
        self.servers: Servers = Servers(self)
        self.server_addresses: ServerAddresses = ServerAddresses(self)
        self.server_policies: ServerPolicies = ServerPolicies(self)
        self.batch: Batch = Batch(self)
        self.networks: Networks = Networks(self)
        self.policies: Policies = Policies(self)
        self.firewall: Firewall = Firewall(self)
        self.load_balancers: LoadBalancers = LoadBalancers(self)
        self.vpns: Vpns = Vpns(self)
        self.webhooks: Webhooks = Webhooks(self)

    def check_alias(self, alias: str) -> None:
        """403 unless ``alias`` is this account's."""
        self.state.check_alias(alias)

    def submit(self, dc: str, effects: list[list[Any]], **options: Any) -> str:
        """Queue a job (it fails when a fault rule said so); return its id."""
        return jobs.submit(self.state, dc, effects, fail=self.fail_jobs, **options)

    def job(self, jid: str, *, experimental: bool) -> dict[str, Any]:
        """A queued job of the kind asked for (v2 status ids or v2-experimental operation ids)."""
        from ..errors import not_found

        job = jobs.job(self.state, jid.lower())
        if job is None or job["experimental"] != experimental:
            raise not_found(f"{'Operation' if experimental else 'Status'} {jid}")
        return job

    def settle(self) -> int:
        """Apply finished jobs; return how many settled."""
        return jobs.settle(self.state)
