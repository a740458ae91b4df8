"""``Alerts``/``Alert``: the alert policies attached to a server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from clc.core import arguments as checks
from clc.v2.resource import Resource, given, matches, model_of

if TYPE_CHECKING:
    from clc.v2.server import Server
    from clc_generated.models import ServerAlertPolicy


def _check_server(server: object, argument: str, optional: bool = True) -> None:
    from clc.v2.server import Server

    if server is not None or not optional:
        checks.check_instance(server, Server, argument=argument, allowed="a clc.v2.Server")


class Alert(Resource["ServerAlertPolicy"]):
    """An alert policy mapped to a server: ``id``, ``name``."""

    _model: ServerAlertPolicy

    def __init__(self, id: str, alert_obj: Any = None, server: Server | None = None) -> None:
        from clc_generated.models import ServerAlertPolicy as Model

        checks.check_id(id, argument="id")
        checks.check_model(alert_obj, argument="alert_obj")
        _check_server(server, "server")
        self.id: str = id
        self.server: Server | None = server
        self._adopt(model_of(Model, alert_obj or {}))

    @property
    def name(self) -> str:
        """The policy's name (its id when the API gives none)."""
        return given(self._model.name) or self.id

    def Unmap(self, servers: list[Server] | None = None) -> None:
        """Remove the policy from ``servers`` (default: its server). 2.51: a no-op."""
        from clc_generated.api.alert_policies import remove_server_alert_policy as op

        listed: list[Server] = []
        if servers is not None:
            listed = checks.check_items(servers, argument="servers", what="clc.v2.Server objects")
            for i, server in enumerate(listed):
                _check_server(server, f"servers[{i}]", optional=False)
        for server in listed or ([self.server] if self.server else []):
            server.session.call(
                op.sync, account_alias=server.alias, server_id=server.id, policy_id=self.id
            )
            server.dirty = True

    def __str__(self) -> str:
        return self.name


class Alerts:
    """Alert policies of a server: ``alerts``, ``Get``, ``Search``."""

    def __init__(self, alerts_lst: Any, server: Server | None = None) -> None:
        from clc_generated.models import ServerAlertPolicy as Model

        items = checks.check_models(alerts_lst, argument="alerts_lst", what="alert policies")
        _check_server(server, "server")
        self.server: Server | None = server
        models = [model_of(Model, a) for a in items]
        self.alerts: list[Alert] = [Alert(given(m.id) or "", m, server) for m in models]

    def Get(self, key: str) -> Alert | None:
        """The policy whose id or name is ``key`` (case-insensitive), or ``None``."""
        checks.check_key(key)
        return next((a for a in self.alerts if matches(key, (a.id, a.name), exact=True)), None)

    def Search(self, key: str) -> list[Alert]:
        """The policies whose id or name contains ``key`` (case-insensitive)."""
        checks.check_key(key)
        return [a for a in self.alerts if matches(key, (a.id, a.name), exact=False)]

    def __iter__(self) -> Iterator[Alert]:
        return iter(self.alerts)
