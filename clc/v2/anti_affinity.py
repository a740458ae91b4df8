"""``AntiAffinity``: anti-affinity policies (servers kept on different hosts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.core import arguments as checks
from clc.v2 import default_session as _session
from clc.v2.resource import given, links_to

if TYPE_CHECKING:
    from clc.session import Session
    from clc_generated.models import AntiAffinityPolicy


class AntiAffinity:
    """An anti-affinity policy: ``id``, ``name``, ``location``, ``servers`` (ids), ``data``."""

    def __init__(
        self,
        id: str,
        alias: str | None = None,
        name: str | None = None,
        location: str | None = None,
        servers: list[str] | None = None,
        session: Any = None,
    ) -> None:
        checks.check_id(id, argument="id")
        checks.check_alias(alias)
        checks.check_optional_text(name, argument="name", allow_empty=False)
        checks.check_location(location)
        if servers is not None:
            listed = checks.check_items(servers, argument="servers", what="server ids")
            for i, server_id in enumerate(listed):
                checks.check_id(server_id, argument=f"servers[{i}]")
        self.id: str = id
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self.name: str | None = name
        self.location: str | None = location
        self.servers: list[str] = list(servers or [])
        self.data: dict[str, Any] = {}
        """The API's JSON of the policy (empty until read)."""
        if not name:
            from clc_generated.api.anti_affinity_policies import get_anti_affinity_policy as op

            self._load(self.session.call(op.sync, account_alias=self.alias, policy_id=id))

    def _load(self, model: AntiAffinityPolicy) -> None:
        self.data = model.to_dict()
        self.name = given(model.name) or self.name or ""
        self.location = given(model.location) or self.location or ""
        self.servers = [sid for link in links_to(model.links, "server") if (sid := given(link.id))]

    @classmethod
    def _from_generated(cls, model: AntiAffinityPolicy, alias: str, session: Any) -> AntiAffinity:
        self = cls(given(model.id) or "", alias, given(model.name) or "?", session=session)
        self._load(model)
        return self

    @staticmethod
    def GetAll(
        alias: str | None = None, location: str | None = None, session: Any = None
    ) -> list[AntiAffinity]:
        """Every policy of the account, optionally only those in ``location``."""
        from clc_generated.api.anti_affinity_policies import list_anti_affinity_policies as op

        checks.check_alias(alias)
        checks.check_location(location)
        sess = _session.resolve(session)
        alias = alias or sess.alias
        result = sess.call(op.sync, account_alias=alias)
        items = result.items if isinstance(result.items, list) else []
        policies = [AntiAffinity._from_generated(m, alias, sess) for m in items]
        if location:
            policies = [p for p in policies if (p.location or "").lower() == location.lower()]
        return policies

    @staticmethod
    def GetLocation(
        location: str | None = None, alias: str | None = None, session: Any = None
    ) -> list[AntiAffinity]:
        """The account's policies in ``location`` (default: the session's data center)."""
        checks.check_location(location)
        checks.check_alias(alias)
        sess = _session.resolve(session)
        return AntiAffinity.GetAll(alias, location or sess.location, sess)

    @staticmethod
    def Create(
        name: str, alias: str | None = None, location: str | None = None, session: Any = None
    ) -> AntiAffinity:
        """Create a policy named ``name`` in ``location`` (default: the session's data center);
        servers of one policy are kept on different hosts."""
        from clc_generated.api.anti_affinity_policies import create_anti_affinity_policy as op
        from clc_generated.models import CreateAntiAffinityPolicyRequest

        checks.check_text(name, argument="name")
        checks.check_alias(alias)
        checks.check_location(location)
        sess = _session.resolve(session)
        alias = alias or sess.alias
        body = CreateAntiAffinityPolicyRequest(name=name, location=location or sess.location)
        model = sess.call(op.sync, account_alias=alias, body=body)
        return AntiAffinity._from_generated(model, alias, sess)

    def Update(self, name: str) -> None:
        """Rename (JSON body; 2.51 form-encoded it)."""
        from clc_generated.api.anti_affinity_policies import update_anti_affinity_policy as op
        from clc_generated.models import UpdateAntiAffinityPolicyRequest

        checks.check_text(name, argument="name")
        model = self.session.call(
            op.sync,
            account_alias=self.alias,
            policy_id=self.id,
            body=UpdateAntiAffinityPolicyRequest(name=name),
        )
        self._load(model)

    def Delete(self) -> None:
        """Delete the policy."""
        from clc_generated.api.anti_affinity_policies import delete_anti_affinity_policy as op

        self.session.call(op.sync, account_alias=self.alias, policy_id=self.id)

    def __str__(self) -> str:
        return self.name or self.id  # 2.51 returned None and str() raised

    def __repr__(self) -> str:
        return f"<clc.AntiAffinity {self.id} {self.name!r}>"
