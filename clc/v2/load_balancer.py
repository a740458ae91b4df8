"""``LoadBalancers``/``LoadBalancer``/``LoadBalancerPools``/``LoadBalancerPool``: the shared
load balancers of a data center, their pools and the nodes behind each pool.

2.51 had no objects for them; these follow its style: a data center reaches them with
``dc.LoadBalancers()``, collections have ``Get``/``Search``/``Create`` and iterate with their
element type, objects ``Refresh``/``Update``/``Delete`` and keep the generated model they
read (``data`` is its JSON). Every call goes through the session (``Session.call``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from clc.core import arguments
from clc.core import service_checks as checks
from clc.v2.located import Located, LocatedResource
from clc.v2.resource import Resource, given, matches, model_of

if TYPE_CHECKING:
    from clc.session import Session
    from clc_generated.models import LoadBalancer as LoadBalancerModel
    from clc_generated.models import LoadBalancerNode
    from clc_generated.models import LoadBalancerPool as PoolModel

T = TypeVar("T")


class LoadBalancer(LocatedResource["LoadBalancerModel"]):
    """A shared load balancer: ``id``, ``name``, ``description``, ``ip_address``, ``status``."""

    _model: LoadBalancerModel

    def __init__(
        self,
        id: str,
        alias: str | None = None,
        location: str | None = None,
        load_balancer_obj: Any = None,
        session: Any = None,
    ) -> None:
        from clc_generated.models import LoadBalancer as Model

        self._open(id, Model, load_balancer_obj, "load_balancer_obj", (alias, location, session))

    def _call(self, fn: Callable[..., T], **kw: Any) -> T:
        """``session.call`` of an endpoint addressed to this load balancer."""
        return self.session.call(
            fn, account_alias=self.alias, data_center=self.location, load_balancer_id=self.id, **kw
        )

    def Refresh(self) -> None:
        """Re-read the load balancer from the API."""
        from clc_generated.api.shared_load_balancers import get_load_balancer

        self._adopt(self._call(get_load_balancer.sync))

    @property
    def name(self) -> str:
        """The load balancer's name (its id when the API gives none)."""
        return given(self._model.name) or self.id

    @property
    def description(self) -> str:
        """The load balancer's description (``""`` when it has none)."""
        return given(self._model.description) or ""

    @property
    def ip_address(self) -> str | None:
        """The public address the API gave it, where its pools listen."""
        return given(self._model.ip_address)

    @property
    def status(self) -> str | None:
        """``enabled`` or ``disabled``."""
        return given(self._model.status)

    def Update(
        self, name: str | None = None, description: str | None = None, status: str | None = None
    ) -> None:
        """Change the name, description or status (``enabled``/``disabled``); the API takes
        the three together, so the others are sent as they are."""
        from clc_generated.api.shared_load_balancers import update_load_balancer
        from clc_generated.models import LoadBalancerRequest

        arguments.check_optional_text(name, argument="name", allow_empty=False)
        arguments.check_optional_text(description, argument="description")
        if status is not None:
            checks.check_load_balancer_status(status)
        body = LoadBalancerRequest(
            name=name or self.name,
            description=self.description if description is None else description,
            status=checks.check_load_balancer_status(status or self.status or "enabled"),
        )
        self._call(update_load_balancer.sync, body=body)
        self.Refresh()

    def Delete(self) -> None:
        """Delete the load balancer with its pools."""
        from clc_generated.api.shared_load_balancers import delete_load_balancer

        self._call(delete_load_balancer.sync)

    def Pools(self) -> LoadBalancerPools:
        """The pools (one per port the load balancer listens on), read afresh."""
        from clc_generated.api.shared_load_balancers import list_load_balancer_pools

        models = self._call(list_load_balancer_pools.sync)
        return LoadBalancerPools(
            self, [LoadBalancerPool(given(m.id) or "", self, m) for m in models]
        )

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<clc.LoadBalancer {self.id} {self.name!r} {self.ip_address or ''}>"


class LoadBalancers(Located):
    """The shared load balancers of a data center: ``load_balancers``, ``Get``, ``Search``,
    ``Create``."""

    def __init__(
        self, alias: str | None = None, location: str | None = None, session: Any = None
    ) -> None:
        from clc_generated.api.shared_load_balancers import list_load_balancers

        self._locate(alias, location, session)
        models = self.session.call(list_load_balancers.sync, self.alias, self.location)
        self.load_balancers: list[LoadBalancer] = [self._of(m) for m in models]

    def _of(self, model: LoadBalancerModel) -> LoadBalancer:
        return LoadBalancer(given(model.id) or "", self.alias, self.location, model, self.session)

    def Get(self, key: str) -> LoadBalancer | None:
        """The load balancer whose id or name is ``key`` (case-insensitive), or ``None``."""
        arguments.check_key(key)
        return next(
            (lb for lb in self.load_balancers if matches(key, (lb.id, lb.name), exact=True)), None
        )

    def Search(self, key: str) -> list[LoadBalancer]:
        """Load balancers whose id, name or description contains ``key``."""
        arguments.check_key(key)
        return [
            lb
            for lb in self.load_balancers
            if matches(key, (lb.id, lb.name, lb.description), exact=False)
        ]

    def Create(self, name: str, description: str = "", status: str = "enabled") -> LoadBalancer:
        """A new load balancer (its ``ip_address`` is assigned by the API)."""
        from clc_generated.api.shared_load_balancers import create_load_balancer
        from clc_generated.models import LoadBalancerRequest

        arguments.check_text(name, argument="name")
        arguments.check_text(description, argument="description", allow_empty=True)
        body = LoadBalancerRequest(
            name=name,
            description=description or name,
            status=checks.check_load_balancer_status(status),
        )
        model = self.session.call(create_load_balancer.sync, self.alias, self.location, body=body)
        created = self._of(model)
        self.load_balancers.append(created)
        return created

    def __iter__(self) -> Iterator[LoadBalancer]:
        return iter(self.load_balancers)


class LoadBalancerPool(Resource["PoolModel"]):
    """A pool of a load balancer: ``port``, ``method``, ``persistence`` and its nodes."""

    _model: PoolModel

    def __init__(self, id: str, load_balancer: LoadBalancer, pool_obj: Any = None) -> None:
        arguments.check_id(id, argument="id")
        arguments.check_instance(
            load_balancer, LoadBalancer, argument="load_balancer", allowed="a clc.v2.LoadBalancer"
        )
        arguments.check_model(pool_obj, argument="pool_obj")
        self.id: str = id
        self.load_balancer: LoadBalancer = load_balancer
        self.session: Session = load_balancer.session
        if pool_obj is None:
            self.Refresh()
        else:
            from clc_generated.models import LoadBalancerPool as Model

            self._adopt(model_of(Model, pool_obj))

    def _call(self, fn: Callable[..., T], **kw: Any) -> T:
        return self.load_balancer._call(fn, pool_id=self.id, **kw)

    def Refresh(self) -> None:
        """Re-read the pool from the API."""
        from clc_generated.api.shared_load_balancers import get_load_balancer_pool

        self._adopt(self._call(get_load_balancer_pool.sync))

    @property
    def port(self) -> int | None:
        """The port the pool listens on (80 or 443)."""
        return given(self._model.port)

    @property
    def method(self) -> str | None:
        """How it spreads connections over its nodes: ``roundRobin`` or ``leastConnection``."""
        return given(self._model.method)

    @property
    def persistence(self) -> str | None:
        """``standard``, or ``sticky`` to keep a client on the same node."""
        return given(self._model.persistence)

    def Update(self, method: str | None = None, persistence: str | None = None) -> None:
        """Change how the pool balances (``roundRobin``/``leastConnection``) and whether
        a client sticks to a node (``standard``/``sticky``)."""
        from clc_generated.api.shared_load_balancers import update_load_balancer_pool
        from clc_generated.models import LoadBalancerPoolRequest

        if method is not None:
            checks.check_pool_method(method)
        if persistence is not None:
            checks.check_pool_persistence(persistence)
        body = LoadBalancerPoolRequest(
            method=checks.check_pool_method(method or self.method or "roundRobin"),
            persistence=checks.check_pool_persistence(
                persistence or self.persistence or "standard"
            ),
        )
        self._call(update_load_balancer_pool.sync, body=body)
        self.Refresh()

    def Delete(self) -> None:
        """Delete the pool."""
        from clc_generated.api.shared_load_balancers import delete_load_balancer_pool

        self._call(delete_load_balancer_pool.sync)

    def Nodes(self) -> list[LoadBalancerNode]:
        """The servers behind the pool (``ip_address``, ``private_port``, ``status``)."""
        from clc_generated.api.shared_load_balancers import get_load_balancer_nodes

        return self._call(get_load_balancer_nodes.sync)

    def SetNodes(self, nodes: Iterable[tuple[str, int]]) -> None:
        """Replace the pool's nodes with ``(ip_address, private_port)`` pairs."""
        from clc_generated.api.shared_load_balancers import update_load_balancer_nodes
        from clc_generated.models import LoadBalancerNode

        body = [
            LoadBalancerNode(ip_address=ip, private_port=port)
            for ip, port in checks.check_nodes(nodes)
        ]
        self._call(update_load_balancer_nodes.sync, body=body)

    def AddNode(self, ip_address: str, private_port: int) -> None:
        """Put one more server behind the pool."""
        node = checks.check_node(ip_address, private_port, argument="")
        current = [(n.ip_address, n.private_port) for n in self.Nodes()]
        self.SetNodes([*current, node])

    def RemoveNode(self, ip_address: str, private_port: int) -> None:
        """Take a server out of the pool."""
        node = checks.check_node(ip_address, private_port, argument="")
        self.SetNodes(
            (n.ip_address, n.private_port)
            for n in self.Nodes()
            if (n.ip_address, n.private_port) != node
        )

    def __str__(self) -> str:
        return str(self.port)

    def __repr__(self) -> str:
        return f"<clc.LoadBalancerPool {self.id} port {self.port} {self.method}>"


class LoadBalancerPools:
    """The pools of a load balancer: ``pools``, ``Get`` (by id or port), ``Create``."""

    def __init__(self, load_balancer: LoadBalancer, pools_lst: list[LoadBalancerPool]) -> None:
        arguments.check_instance(
            load_balancer, LoadBalancer, argument="load_balancer", allowed="a clc.v2.LoadBalancer"
        )
        pools = arguments.check_items(pools_lst, argument="pools_lst", what="LoadBalancerPool")
        for i, pool in enumerate(pools):
            arguments.check_instance(
                pool, LoadBalancerPool, argument=f"pools_lst[{i}]", allowed="a LoadBalancerPool"
            )
        self.load_balancer: LoadBalancer = load_balancer
        self.pools: list[LoadBalancerPool] = pools

    def Get(self, key: str | int) -> LoadBalancerPool | None:
        """The pool with id ``key`` or listening on port ``key``, or ``None``."""
        if not isinstance(key, int) or isinstance(key, bool):
            arguments.check_key(key, argument="key")
        return next((p for p in self.pools if str(key) in (p.id, str(p.port))), None)

    def Create(
        self, port: int, method: str = "roundRobin", persistence: str = "standard"
    ) -> LoadBalancerPool:
        """A pool on ``port`` (80 or 443; one pool per port)."""
        from clc_generated.api.shared_load_balancers import create_load_balancer_pool
        from clc_generated.models import LoadBalancerPoolRequest

        body = LoadBalancerPoolRequest(
            port=checks.check_pool_port(port),
            method=checks.check_pool_method(method),
            persistence=checks.check_pool_persistence(persistence),
        )
        model = self.load_balancer._call(create_load_balancer_pool.sync, body=body)
        created = LoadBalancerPool(given(model.id) or "", self.load_balancer, model)
        self.pools.append(created)
        return created

    def __iter__(self) -> Iterator[LoadBalancerPool]:
        return iter(self.pools)
