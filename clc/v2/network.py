"""``Networks``/``Network``: private networks of a data center (the v2-experimental API)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.errors import CLCException
from clc.v2 import default_session as _session
from clc.v2.resource import Resource, matches, opt_str, to_data

if TYPE_CHECKING:
    from clc.v2.queue import Requests


class Network(Resource):
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
        self.id = id
        self.session = _session.resolve(session)
        self.alias = alias or self.session.alias
        self.location = location
        self.data: dict[str, Any] = {}
        if network_obj is None:
            self.Refresh()
        else:
            self.data = to_data(network_obj)

    def _loc(self, location: str | None) -> str:
        return location or self.location or self.session.location

    def Refresh(self, location: str | None = None) -> None:
        from clc_generated.api.networks import get_network

        self.location = self._loc(location)
        model = self.session.call(
            get_network.sync,
            account_alias=self.alias,
            data_center=self.location,
            network_id=self.id,
        )
        self.data = to_data(model)

    @staticmethod
    def Create(
        alias: str | None = None, location: str | None = None, session: Any = None
    ) -> Requests:
        """Claim a new network; the returned ``Requests`` completes when it is ready."""
        from clc.v2.queue import Requests
        from clc_generated.api.networks import claim_network

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

        result = self.session.call(
            release_network.sync,
            account_alias=self.alias,
            data_center=self._loc(location),
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

        body = UpdateNetworkRequest(
            name=name, description=UNSET if description is None else description
        )
        self.session.call(
            update_network.sync,
            account_alias=self.alias,
            data_center=self._loc(location),
            network_id=self.id,
            body=body,
        )
        self.data["name"] = name
        if description is not None:
            self.data["description"] = description

    # -- documented attributes (type is the network's, not the builtin as in 2.51) ------
    @property
    def name(self) -> str | None:
        return opt_str(self.data.get("name"))

    @property
    def type(self) -> str | None:
        return opt_str(self.data.get("type"))

    @property
    def cidr(self) -> str | None:
        return opt_str(self.data.get("cidr"))

    @property
    def gateway(self) -> str | None:
        return opt_str(self.data.get("gateway"))

    @property
    def netmask(self) -> str | None:
        return opt_str(self.data.get("netmask"))

    @property
    def vlan(self) -> int | None:
        value = self.data.get("vlan")
        return int(value) if value is not None else None

    @property
    def description(self) -> str | None:
        return opt_str(self.data.get("description"))

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
        self.session = _session.resolve(session)
        self.alias = alias or self.session.alias
        self.location = location
        self.networks: list[Network] = []
        if networks_lst is not None:
            for obj in networks_lst:
                data = to_data(obj)
                nid = str(data.get("networkId") or data.get("id"))
                data.setdefault("id", nid)
                owner = str(data.get("accountID") or self.alias)
                self.networks.append(Network(nid, owner, data, self.session, location=location))
        elif location:
            from clc_generated.api.networks import list_networks

            models = self.session.call(
                list_networks.sync, account_alias=self.alias, data_center=location
            )
            self.networks = [
                Network(str(m.id), self.alias, m, self.session, location=location) for m in models
            ]
        else:
            raise CLCException("Networks needs networks_lst or location")

    @classmethod
    def _from_deployable(cls, models: Any, alias: str, location: str, session: Any) -> Networks:
        return cls(alias, location, models if isinstance(models, list) else [], session)

    def Get(self, key: str) -> Network | None:
        """The network whose id, name or CIDR is ``key``, or ``None``."""
        for net in self.networks:
            if matches(key, (net.id, net.name, net.cidr), exact=True):
                return net
        return None

    def __iter__(self) -> Any:
        return iter(self.networks)
