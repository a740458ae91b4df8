"""``FirewallPolicies``/``FirewallPolicy`` (between networks of one data center, this account's
or another's) and ``CrossDcFirewallPolicies``/``CrossDcFirewallPolicy`` (between data centers).

2.51 had no objects for them; these follow its style: ``dc.FirewallPolicies()`` and
``dc.CrossDcFirewallPolicies()``, collections with ``Get``/``Create`` that iterate with their
element type, objects with ``Refresh``/``Update``/``Delete`` that keep the generated model
they read (``data`` is its JSON).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from clc.core import arguments
from clc.core import service_checks as checks
from clc.core.validation import check_cidr
from clc.errors import InvalidAPIResponseException, InvalidArgumentException
from clc.v2.located import Located, LocatedResource
from clc.v2.resource import given, links_to, listed

if TYPE_CHECKING:
    from clc_generated.models import CrossDcFirewallPolicy as CrossModel
    from clc_generated.models import FirewallPolicy as PolicyModel

T = TypeVar("T")


class FirewallPolicy(LocatedResource["PolicyModel"]):
    """Traffic allowed from ``source`` networks to ``destination`` networks (of this account
    or ``destination_account``) on ``ports`` within one data center."""

    _model: PolicyModel

    def __init__(
        self,
        id: str,
        alias: str | None = None,
        location: str | None = None,
        policy_obj: Any = None,
        session: Any = None,
    ) -> None:
        from clc_generated.models import FirewallPolicy as Model

        self._open(id, Model, policy_obj, "policy_obj", (alias, location, session))

    def _call(self, fn: Callable[..., T], **kw: Any) -> T:
        return self.session.call(
            fn,
            source_account_alias=self.alias,
            data_center=self.location,
            firewall_policy=self.id,
            **kw,
        )

    def Refresh(self) -> None:
        """Re-read the policy from the API."""
        from clc_generated.api.firewall_policies import get_firewall_policy

        self._adopt(self._call(get_firewall_policy.sync))

    @property
    def source(self) -> list[str]:
        """The CIDRs traffic may come from."""
        return listed(self._model.source)

    @property
    def destination(self) -> list[str]:
        """The CIDRs traffic may go to."""
        return listed(self._model.destination)

    @property
    def ports(self) -> list[str]:
        """The ports it opens: ``any``, ``icmp``, ``tcp/PORT``, ``udp/PORT`` or a range such as
        ``tcp/8000-8080``."""
        return listed(self._model.ports)

    @property
    def destination_account(self) -> str | None:
        """The alias of the account whose networks the destination CIDRs are."""
        return given(self._model.destination_account)

    @property
    def enabled(self) -> bool:
        """Whether the policy is on."""
        return bool(given(self._model.enabled))

    @property
    def status(self) -> str | None:
        """The policy's state as the API reports it (``active`` once it applies)."""
        return given(self._model.status)

    def Update(
        self,
        enabled: bool | None = None,
        source: str | Iterable[str] | None = None,
        destination: str | Iterable[str] | None = None,
        ports: str | Iterable[str] | None = None,
    ) -> None:
        """Change what is given (the rest stays as it is)."""
        from clc_generated.api.firewall_policies import update_firewall_policy
        from clc_generated.models import FirewallPolicyRequest
        from clc_generated.types import UNSET

        if enabled is not None:
            arguments.check_flag(enabled, argument="enabled")
        body = FirewallPolicyRequest(
            enabled=UNSET if enabled is None else enabled,
            source=UNSET if source is None else checks.check_cidrs(source, argument="source"),
            destination=(
                UNSET
                if destination is None
                else checks.check_cidrs(destination, argument="destination")
            ),
            ports=UNSET if ports is None else checks.check_firewall_ports(ports),
        )
        self._call(update_firewall_policy.sync, body=body)
        self.Refresh()

    def Delete(self) -> None:
        """Delete the policy."""
        from clc_generated.api.firewall_policies import delete_firewall_policy

        self._call(delete_firewall_policy.sync)

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"<clc.FirewallPolicy {self.id} {self.source} -> {self.destination} {self.ports}>"


class FirewallPolicies(Located):
    """The intra-data-center firewall policies of the account: ``policies``, ``Get``,
    ``Create``."""

    def __init__(
        self,
        alias: str | None = None,
        location: str | None = None,
        session: Any = None,
        destination_account: str | None = None,
    ) -> None:
        from clc_generated.api.firewall_policies import list_firewall_policies
        from clc_generated.types import UNSET

        arguments.check_alias(destination_account, argument="destination_account")
        self._locate(alias, location, session)
        models = self.session.call(
            list_firewall_policies.sync,
            self.alias,
            self.location,
            destination_account=destination_account or UNSET,
        )
        self.policies: list[FirewallPolicy] = [
            FirewallPolicy(given(m.id) or "", self.alias, self.location, m, self.session)
            for m in models
        ]

    def Get(self, key: str) -> FirewallPolicy | None:
        """The policy with id ``key`` (case-insensitive), or ``None``."""
        arguments.check_key(key)
        return next((p for p in self.policies if p.id.lower() == key.lower()), None)

    def Create(
        self,
        source: str | Iterable[str],
        destination: str | Iterable[str],
        ports: str | Iterable[str] = "any",
        destination_account: str | None = None,
    ) -> FirewallPolicy:
        """Allow ``source`` networks to reach ``destination`` networks (of
        ``destination_account``, default this account) on ``ports``."""
        from clc_generated.api.firewall_policies import create_firewall_policy
        from clc_generated.models import FirewallPolicyRequest

        arguments.check_alias(destination_account, argument="destination_account")
        body = FirewallPolicyRequest(
            destination_account=destination_account or self.alias,
            source=checks.check_cidrs(source, argument="source"),
            destination=checks.check_cidrs(destination, argument="destination"),
            ports=checks.check_firewall_ports(ports),
        )
        envelope = self.session.call(
            create_firewall_policy.sync, self.alias, self.location, body=body
        )
        created = links_to(envelope.links, "self")
        if not created:
            raise InvalidAPIResponseException("create_firewall_policy: no link to the new policy")
        policy_id = created[0].href.rstrip("/").rsplit("/", 1)[-1]
        policy = FirewallPolicy(policy_id, self.alias, self.location, session=self.session)
        self.policies.append(policy)
        return policy

    def __iter__(self) -> Iterator[FirewallPolicy]:
        return iter(self.policies)


class CrossDcFirewallPolicy(LocatedResource["CrossModel"]):
    """Traffic allowed from ``source_cidr`` here to ``destination_cidr`` in another data
    center (``destination_location``), of this account or ``destination_account``."""

    _model: CrossModel

    def __init__(
        self,
        id: str,
        alias: str | None = None,
        location: str | None = None,
        policy_obj: Any = None,
        session: Any = None,
    ) -> None:
        from clc_generated.models import CrossDcFirewallPolicy as Model

        self._open(id, Model, policy_obj, "policy_obj", (alias, location, session))

    def _call(self, fn: Callable[..., T], **kw: Any) -> T:
        return self.session.call(
            fn, source_account_alias=self.alias, data_center=self.location, policy_id=self.id, **kw
        )

    def Refresh(self) -> None:
        """Re-read the policy from the API (to see ``status`` move from ``pending`` to
        ``active``)."""
        from clc_generated.api.firewall_policies import get_cross_dc_firewall_policy

        self._adopt(self._call(get_cross_dc_firewall_policy.sync))

    @property
    def source_cidr(self) -> str | None:
        """The CIDR, in this data center, traffic may come from."""
        return given(self._model.source_cidr)

    @property
    def destination_cidr(self) -> str | None:
        """The CIDR, in ``destination_location``, traffic may go to."""
        return given(self._model.destination_cidr)

    @property
    def destination_location(self) -> str | None:
        """The data center of the destination CIDR."""
        return given(self._model.destination_location)

    @property
    def destination_account(self) -> str | None:
        """The alias of the account whose network the destination CIDR is."""
        return given(self._model.destination_account)

    @property
    def enabled(self) -> bool:
        """Whether the policy is on."""
        return bool(given(self._model.enabled))

    @property
    def status(self) -> str | None:
        """``pending`` until the API has set the policy up, then ``active``."""
        return given(self._model.status)

    def Update(self, enabled: bool) -> None:
        """Turn the policy on or off (the only change the API allows)."""
        from clc_generated.api.firewall_policies import update_cross_dc_firewall_policy

        arguments.check_flag(enabled, argument="enabled")
        self._call(update_cross_dc_firewall_policy.sync, enabled=enabled)
        self.Refresh()

    def Delete(self) -> None:
        """Delete the policy."""
        from clc_generated.api.firewall_policies import delete_cross_dc_firewall_policy

        self._call(delete_cross_dc_firewall_policy.sync)

    def __str__(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return (
            f"<clc.CrossDcFirewallPolicy {self.id} {self.source_cidr} -> "
            f"{self.destination_location} {self.destination_cidr}>"
        )


class CrossDcFirewallPolicies(Located):
    """The cross-data-center firewall policies of the account in a data center:
    ``policies``, ``Get``, ``Create``."""

    def __init__(
        self, alias: str | None = None, location: str | None = None, session: Any = None
    ) -> None:
        from clc_generated.api.firewall_policies import list_cross_dc_firewall_policies

        self._locate(alias, location, session)
        models = self.session.call(list_cross_dc_firewall_policies.sync, self.alias, self.location)
        self.policies: list[CrossDcFirewallPolicy] = [self._of(m) for m in models]

    def _of(self, model: CrossModel) -> CrossDcFirewallPolicy:
        return CrossDcFirewallPolicy(
            given(model.id) or "", self.alias, self.location, model, self.session
        )

    def Get(self, key: str) -> CrossDcFirewallPolicy | None:
        """The policy with id ``key`` (case-insensitive), or ``None``."""
        arguments.check_key(key)
        return next((p for p in self.policies if p.id.lower() == key.lower()), None)

    def Create(
        self,
        source_cidr: str,
        destination_location: str,
        destination_cidr: str,
        destination_account: str | None = None,
        enabled: bool = True,
    ) -> CrossDcFirewallPolicy:
        """Allow ``source_cidr`` (here) to reach ``destination_cidr`` in
        ``destination_location``; the new policy is ``pending`` until the API sets it up."""
        from clc_generated.api.firewall_policies import create_cross_dc_firewall_policy
        from clc_generated.models import CrossDcFirewallPolicyRequest

        arguments.check_alias(destination_account, argument="destination_account")
        arguments.check_flag(enabled, argument="enabled")
        if destination_location is None:
            raise InvalidArgumentException.refused(
                "destination_location", "it is None", "a data center code such as 'UC1'"
            )
        arguments.check_location(destination_location, argument="destination_location")
        body = CrossDcFirewallPolicyRequest(
            destination_account_id=destination_account or self.alias,
            destination_location_id=destination_location,
            destination_cidr=check_cidr(destination_cidr, argument="destination_cidr"),
            source_cidr=check_cidr(source_cidr, argument="source_cidr"),
            enabled=enabled,
        )
        model = self.session.call(
            create_cross_dc_firewall_policy.sync, self.alias, self.location, body=body
        )
        created = self._of(model)
        self.policies.append(created)
        return created

    def __iter__(self) -> Iterator[CrossDcFirewallPolicy]:
        return iter(self.policies)
