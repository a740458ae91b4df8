"""``Datacenter``: a data center of the account, its root group, networks and templates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.core import arguments as checks
from clc.errors import CLCException
from clc.v2 import default_session as _session
from clc.v2.resource import given, links_to, listed

if TYPE_CHECKING:
    from clc.session import Session
    from clc.v2.firewall import CrossDcFirewallPolicies as _CrossDcFirewallPolicies
    from clc.v2.firewall import FirewallPolicies as _FirewallPolicies

    # Aliased: methods of Datacenter are named after these classes (2.51 API).
    from clc.v2.group import Group
    from clc.v2.group import Groups as _Groups
    from clc.v2.load_balancer import LoadBalancers as _LoadBalancers
    from clc.v2.network import Networks as _Networks
    from clc.v2.template import Templates as _Templates
    from clc_generated.models import BareMetalCapabilities, DeploymentCapabilities
    from clc_generated.models import Datacenter as DatacenterModel


class Datacenter:
    """A data center (default: the session's location). ``str()`` is its location."""

    def __init__(
        self,
        location: str | None = None,
        name: str | None = None,
        alias: str | None = None,
        session: Any = None,
    ) -> None:
        from clc_generated.api.datacenters import get_datacenter

        checks.check_location(location)
        checks.check_optional_text(name, argument="name", allow_empty=False)
        checks.check_alias(alias)
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        if not location and name:
            # 2.51 ignored name=; look it up among the account's data centers.
            location = _location_by_name(name, self.alias, self.session)
        self.location: str = location or self.session.location
        model = self.session.call(
            get_datacenter.sync,
            account_alias=self.alias,
            data_center=self.location,
            group_links=True,
        )
        self._load(model)

    @classmethod
    def _from_generated(cls, model: DatacenterModel, alias: str, session: Any) -> Datacenter:
        self = cls.__new__(cls)
        self.session = _session.resolve(session)
        self.alias = alias
        self.location = (given(model.id) or "").upper()
        self._load(model)
        return self

    def _load(self, model: DatacenterModel) -> None:
        self._model = model
        self.data: dict[str, Any] = model.to_dict()
        """The API's JSON of the data center (camelCase keys), as 2.51 kept it."""
        self.name: str = given(model.name) or self.location
        root = links_to(model.links, "group")
        self.root_group_id: str | None = (given(root[0].id) or None) if root else None
        self.root_group_name: str | None = given(root[0].name) if root else None
        self.deployment_capabilities: dict[str, Any] | None = None
        self.baremetal_capabilities: dict[str, Any] | None = None
        self._capabilities: DeploymentCapabilities | None = None
        self._bare_metal: BareMetalCapabilities | None = None

    @property
    def id(self) -> str:
        """The data center's location code (``VA1``...), as the API's ``id`` names it."""
        return self.location

    @staticmethod
    def Datacenters(alias: str | None = None, session: Any = None) -> list[Datacenter]:
        """Every data center of the account, from one request (2.51 made N+1)."""
        from clc_generated.api.datacenters import list_datacenters

        checks.check_alias(alias)
        sess = _session.resolve(session)
        alias = alias or sess.alias
        models = sess.call(list_datacenters.sync, account_alias=alias, group_links=True)
        return [Datacenter._from_generated(m, alias, sess) for m in models]

    def RootGroup(self) -> Group:
        """The top group of the account in this data center, which holds every other group."""
        from clc.v2.group import Group

        if not self.root_group_id:
            raise CLCException(f"Data center {self.location} has no root group for {self.alias}")
        return Group(self.root_group_id, alias=self.alias, session=self.session)

    def Groups(self) -> _Groups:
        """The root group's subgroups."""
        return self.RootGroup().Subgroups()

    def _DeploymentCapabilities(self, cached: bool = True) -> DeploymentCapabilities:
        checks.check_flag(cached, argument="cached")
        if not cached or self._capabilities is None:
            from clc_generated.api.datacenters import get_deployment_capabilities as op

            self._capabilities = self.session.call(
                op.sync, account_alias=self.alias, data_center=self.location
            )
            self.deployment_capabilities = self._capabilities.to_dict()
        return self._capabilities

    def BareMetalCapabilities(self, cached: bool = True) -> dict[str, Any] | None:
        """Bare metal SKUs and OS, or ``None`` where bare metal is not offered."""
        checks.check_flag(cached, argument="cached")
        if not given(self._DeploymentCapabilities().supports_bare_metal_servers):
            return None
        if not cached or self._bare_metal is None:
            from clc_generated.api.datacenters import get_bare_metal_capabilities as op

            self._bare_metal = self.session.call(
                op.sync, account_alias=self.alias, data_center=self.location
            )
            self.baremetal_capabilities = self._bare_metal.to_dict()
        return self.baremetal_capabilities

    def Networks(self, forced_load: bool = False) -> _Networks:
        """Deployable networks (from the capabilities), or all networks with ``forced_load``."""
        from clc.v2.network import Networks

        checks.check_flag(forced_load, argument="forced_load")
        if forced_load:
            return Networks(alias=self.alias, location=self.location, session=self.session)
        capabilities = self._DeploymentCapabilities()
        return Networks._from_deployable(
            listed(capabilities.deployable_networks), self.alias, self.location, self.session
        )

    def Templates(self) -> _Templates:
        """The templates servers can be built from here (read once with the data center's
        capabilities)."""
        from clc.v2.template import Templates

        capabilities = self._DeploymentCapabilities()
        return Templates._from_generated(listed(capabilities.templates), self.session)

    def LoadBalancers(self) -> _LoadBalancers:
        """The shared load balancers of this data center (read afresh)."""
        from clc.v2.load_balancer import LoadBalancers

        return LoadBalancers(alias=self.alias, location=self.location, session=self.session)

    def FirewallPolicies(self, destination_account: str | None = None) -> _FirewallPolicies:
        """The firewall policies between networks of this data center (read afresh); with
        ``destination_account``, only those towards that account's networks."""
        from clc.v2.firewall import FirewallPolicies

        checks.check_alias(destination_account, argument="destination_account")
        return FirewallPolicies(self.alias, self.location, self.session, destination_account)

    def CrossDcFirewallPolicies(self) -> _CrossDcFirewallPolicies:
        """The firewall policies from this data center to others (read afresh)."""
        from clc.v2.firewall import CrossDcFirewallPolicies

        return CrossDcFirewallPolicies(self.alias, self.location, self.session)

    @property
    def supports_premium_storage(self) -> bool:
        """Whether servers here can use premium storage."""
        return bool(given(self._DeploymentCapabilities().supports_premium_storage))

    @property
    def supports_shared_load_balancer(self) -> bool:
        """Whether this data center offers shared load balancers."""
        return bool(given(self._DeploymentCapabilities().supports_shared_load_balancer))

    def __str__(self) -> str:
        return self.location

    def __repr__(self) -> str:
        return f"<clc.Datacenter {self.location} ({self.name})>"


def _location_by_name(name: str, alias: str, session: Any) -> str:
    wanted = name.lower()
    for dc in Datacenter.Datacenters(alias=alias, session=session):
        if wanted in (dc.name.lower(), dc.location.lower()) or wanted in dc.name.lower():
            return dc.location
    raise CLCException(f"No data center named {name!r}")
