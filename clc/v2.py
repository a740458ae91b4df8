"""``clc.v2``: the documented object model of clc-sdk 2.51.

Names load on first use (PEP 562) so ``import clc`` stays cheap; type checkers see
the real imports. ``SetCredentials`` configures the default session; every class
also takes ``session=`` (a :class:`clc.Session`, a ``get_session()`` dict, ...).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from clc import defaults as _defaults
from clc import session as _session

if TYPE_CHECKING:
    from clc import time_utils as time_utils
    from clc.account import Account as Account
    from clc.alert import Alert as Alert
    from clc.alert import Alerts as Alerts
    from clc.anti_affinity import AntiAffinity as AntiAffinity
    from clc.api import API as API
    from clc.datacenter import Datacenter as Datacenter
    from clc.disk import Disk as Disk
    from clc.disk import Disks as Disks
    from clc.group import Group as Group
    from clc.group import Groups as Groups
    from clc.horizontal_autoscale import HorizontalAutoscalePolicy as HorizontalAutoscalePolicy
    from clc.network import Network as Network
    from clc.network import Networks as Networks
    from clc.public_ip import Port as Port
    from clc.public_ip import PublicIP as PublicIP
    from clc.public_ip import PublicIPs as PublicIPs
    from clc.public_ip import SourceRestriction as SourceRestriction
    from clc.queue import Queue as Queue
    from clc.queue import Request as Request
    from clc.queue import Requests as Requests
    from clc.server import Server as Server
    from clc.servers import Servers as Servers
    from clc.session import Session as Session
    from clc.template import Template as Template
    from clc.template import Templates as Templates

__all__ = [
    "API",
    "Account",
    "Alert",
    "Alerts",
    "AntiAffinity",
    "Datacenter",
    "Disk",
    "Disks",
    "Group",
    "Groups",
    "HorizontalAutoscalePolicy",
    "Network",
    "Networks",
    "Port",
    "PublicIP",
    "PublicIPs",
    "Queue",
    "Request",
    "Requests",
    "Server",
    "Servers",
    "Session",
    "SetCredentials",
    "SourceRestriction",
    "Template",
    "Templates",
    "get_session",
    "time_utils",
]

# 2.51 module state: SetCredentials writes these and the default session reads them.
V2_API_USERNAME: Any = None
V2_API_PASSWD: Any = None
_V2_ENABLED = False
_LOGINS = 0
_BLUEPRINT_FTP_URL: Any = False


def SetCredentials(api_username: str, api_passwd: str) -> None:
    """Set the default session's credentials; login happens lazily on the first call."""
    global V2_API_USERNAME, V2_API_PASSWD, _V2_ENABLED
    V2_API_USERNAME, V2_API_PASSWD, _V2_ENABLED = api_username, api_passwd, True
    _session.reset_default_session()


def get_session(
    username: str, password: str, default_endpoints: Any = _defaults, cert: Any = None
) -> _session.SessionDict:
    """Log in now and return the 2.51 session dict (backed by a :class:`clc.Session`).

    ``default_endpoints.ENDPOINT_URL_V2`` is the endpoint; ``cert`` is a CA bundle path.
    A refused login raises :class:`clc.AccountLoginException`.
    """
    base = getattr(default_endpoints, "ENDPOINT_URL_V2", None)
    if base == _defaults.PUBLIC_ENDPOINT_V2:
        base = None  # lets CLC_V2_API_URL apply, as for every session
    sess = _session.Session(
        username, password, base_url=base, verify=cert if cert else True, use_env=False
    )
    sess.login()
    return sess.as_dict()


_WHERE = {
    "API": "clc.api",
    "Account": "clc.account",
    "Alert": "clc.alert",
    "Alerts": "clc.alert",
    "AntiAffinity": "clc.anti_affinity",
    "Datacenter": "clc.datacenter",
    "Disk": "clc.disk",
    "Disks": "clc.disk",
    "Group": "clc.group",
    "Groups": "clc.group",
    "HorizontalAutoscalePolicy": "clc.horizontal_autoscale",
    "Network": "clc.network",
    "Networks": "clc.network",
    "Port": "clc.public_ip",
    "PublicIP": "clc.public_ip",
    "PublicIPs": "clc.public_ip",
    "SourceRestriction": "clc.public_ip",
    "Queue": "clc.queue",
    "Request": "clc.queue",
    "Requests": "clc.queue",
    "Server": "clc.server",
    "Servers": "clc.servers",
    "Session": "clc.session",
    "Template": "clc.template",
    "Templates": "clc.template",
}


def __getattr__(name: str) -> Any:
    if name == "time_utils":
        value: Any = importlib.import_module("clc.time_utils")
    elif name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
    else:
        raise AttributeError(f"module 'clc.v2' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE, "time_utils"])
