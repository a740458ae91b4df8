"""``Networks``/``Network``: private networks of a data center (the v2-experimental API)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from clc.core import arguments as checks
from clc.errors import InvalidArgumentException
from clc.v2 import default_session as _session
from clc.v2.resource import Resource, given, matches, model_of

if TYPE_CHECKING:
    from clc.session import Session
    from clc.v2.queue import Requests
    from clc_generated.models import DeployableNetwork
    from clc_generated.models import Network as NetworkModel


class Network(Resource["NetworkModel"]):
    """A private network. Operations use the network's own data center (2.51 used the
    account's primary one)."""

    def __init__(
        self,
        id: str,
        alias: str | None = None,
        network_obj: Any = None,
        session: Any = None,
        *,
        location: str | None = None,
    ) -> None:
        checks.check_id(id, argument="id")
        checks.check_alias(alias)
        checks.check_model(network_obj, argument="network_obj")
        checks.check_location(location)
        self.id: str = id
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self.location: str | None = location
        if network_obj is None:
            self.Refresh()
        else:
            self._adopt(network_model(network_obj))

    def _loc(self, location: str | None) -> str:
        """The data center of an operation: ``location`` (checked), the network's, the
        session's."""
        checks.check_location(location)
        return location or self.location or self.session.location

    def Refresh(self, location: str | None = None) -> None:
        """Re-read the network, from ``location`` if given (else its own data center, else the
        session's)."""
        from clc_generated.api.networks import get_network

        self.location = self._loc(location)
        model = self.session.call(
            get_network.sync,
            account_alias=self.alias,
            data_center=self.location,
            network_id=self.id,
        )
        self._adopt(model)

    @staticmethod
    def Create(
        alias: str | None = None, location: str | None = None, session: Any = None
    ) -> Requests:
        """Claim a new network; the returned ``Requests`` completes when it is ready."""
        from clc.v2.queue import Requests
        from clc_generated.api.networks import claim_network

        checks.check_alias(alias)
        checks.check_location(location)
        sess = _session.resolve(session)
        alias = alias or sess.alias
        ref = sess.call(
            claim_network.sync,
            account_alias=alias,
            data_center=location or sess.location,
        )
        return Requests._from_generated(ref, alias, sess)

    def Delete(self, location: str | None = None) -> dict[str, Any]:
        """Release the network."""
        from clc_generated.api.networks import release_network

        location = self._loc(location)
        result = self.session.call(
            release_network.sync,
            account_alias=self.alias,
            data_center=location,
            network_id=self.id,
        )
        return result if isinstance(result, dict) else {}

    def Update(
        self, name: str, description: str | None = None, location: str | None = None
    ) -> None:
        """Rename (and describe) the network; sent as JSON (2.51 form-encoded it)."""
        from clc_generated.api.networks import update_network
        from clc_generated.models import UpdateNetworkRequest
        from clc_generated.types import UNSET

        checks.check_text(name, argument="name")
        checks.check_optional_text(description, argument="description")
        location = self._loc(location)
        body = UpdateNetworkRequest(
            name=name, description=UNSET if description is None else description
        )
        self.session.call(
            update_network.sync,
            account_alias=self.alias,
            data_center=location,
            network_id=self.id,
            body=body,
        )
        self._model.name = name
        if description is not None:
            self._model.description = description
        self._adopt(self._model)

    # -- documented attributes (type is the network's, not the builtin as in 2.51) ------
    @property
    def name(self) -> str | None:
        """The network's name."""
        return given(self._model.name)

    @property
    def type(self) -> str | None:
        """The network's type as the API reports it (``private`` for a network of the account)."""
        return given(self._model.type_)

    @property
    def cidr(self) -> str | None:
        """The network's address range, such as ``10.56.40.0/24``."""
        return given(self._model.cidr)

    @property
    def gateway(self) -> str | None:
        """The network's gateway address."""
        return given(self._model.gateway)

    @property
    def netmask(self) -> str | None:
        """The network's netmask, such as ``255.255.255.0``."""
        return given(self._model.netmask)

    @property
    def vlan(self) -> int | None:
        """The network's VLAN number."""
        return given(self._model.vlan)

    @property
    def description(self) -> str | None:
        """The network's description."""
        return given(self._model.description)

    def __str__(self) -> str:
        return str(self.id)

    def __repr__(self) -> str:
        return f"<clc.Network {self.id} {self.name!r}>"


class Networks:
    """Networks of a data center: ``networks`` and ``Get``."""

    def __init__(
        self,
        alias: str | None = None,
        location: str | None = None,
        networks_lst: Any = None,
        session: Any = None,
    ) -> None:
        checks.check_alias(alias)
        checks.check_location(location)
        items: list[Any] = []
        if networks_lst is not None:
            items = checks.check_models(networks_lst, argument="networks_lst", what="networks")
        elif location is None:
            raise InvalidArgumentException.refused(
                "location", "neither networks_lst nor location is given", "a data center code"
            )
        self.session: Session = _session.resolve(session)
        self.alias: str = alias or self.session.alias
        self.location: str | None = location
        self.networks: list[Network] = []
        if networks_lst is not None:
            for obj in items:
                model = network_model(obj)
                nid = given(model.id) or ""
                deployable = as_deployable(obj)
                owner = (deployable and given(deployable.account_id)) or self.alias
                self.networks.append(Network(nid, owner, model, self.session, location=location))
        else:
            from clc_generated.api.networks import list_networks

            models = self.session.call(
                list_networks.sync, account_alias=self.alias, data_center=location
            )
            self.networks = [
                Network(str(m.id), self.alias, m, self.session, location=location) for m in models
            ]

    @classmethod
    def _from_deployable(
        cls, models: list[DeployableNetwork], alias: str, location: str, session: Any
    ) -> Networks:
        return cls(alias, location, models, session)

    def Get(self, key: str) -> Network | None:
        """The network whose id, name or CIDR is ``key``, or ``None``."""
        checks.check_key(key)
        for net in self.networks:
            if matches(key, (net.id, net.name, net.cidr), exact=True):
                return net
        return None

    def __iter__(self) -> Iterator[Network]:
        return iter(self.networks)


def as_deployable(obj: object) -> DeployableNetwork | None:
    """``obj`` as a deployable network (the capabilities' shape: ``networkId``,
    ``accountID``), or ``None`` for a network of the networks API."""
    from clc_generated.models import DeployableNetwork

    if isinstance(obj, Mapping) and "networkId" in obj:
        return model_of(DeployableNetwork, obj)
    return obj if isinstance(obj, DeployableNetwork) else None


def network_model(obj: object) -> NetworkModel:
    """A network's model from a ``Network`` model or JSON; a deployable network's keys are
    kept in ``data`` as 2.51 had them."""
    from clc_generated.models import Network as Model

    deployable = as_deployable(obj)
    if deployable is None:
        return model_of(Model, obj)
    model = Model(id=deployable.network_id, name=deployable.name, type_=deployable.type_)
    model.additional_properties.update(deployable.to_dict())
    return model
