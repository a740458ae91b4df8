"""``clc.v2``: the documented object model of clc-sdk 2.51, and its module state.

This package is the SDK's top layer. Its modules hold the 2.51 classes (``clc.v2.server``
holds ``Server``, as 2.51's ``clc.APIv2.server`` did) and ``default_session`` binds the
2.51 globals to a :class:`clc.Session`. ``SetCredentials`` configures that default
session; every class also takes ``session=`` (a :class:`clc.Session`, a ``get_session()``
dict, ...). The imports below are the one table of the public names: ``__all__`` is
checked against them by ``tests/facade/test_exported_names.py``.
"""

from __future__ import annotations

from typing import Any

import clc.defaults as _defaults
from clc.core import arguments as _checks
from clc.core.validation import check_password as _check_password
from clc.errors import InvalidArgumentException as _InvalidArgument
from clc.session import Session as Session
from clc.session import SessionDict as _SessionDict
from clc.v2 import default_session as _default_session
from clc.v2 import time_utils as time_utils
from clc.v2.account import Account as Account
from clc.v2.alert import Alert as Alert
from clc.v2.alert import Alerts as Alerts
from clc.v2.anti_affinity import AntiAffinity as AntiAffinity
from clc.v2.api import API as API
from clc.v2.datacenter import Datacenter as Datacenter
from clc.v2.disk import Disk as Disk
from clc.v2.disk import Disks as Disks
from clc.v2.firewall import CrossDcFirewallPolicies as CrossDcFirewallPolicies
from clc.v2.firewall import CrossDcFirewallPolicy as CrossDcFirewallPolicy
from clc.v2.firewall import FirewallPolicies as FirewallPolicies
from clc.v2.firewall import FirewallPolicy as FirewallPolicy
from clc.v2.group import Group as Group
from clc.v2.group import Groups as Groups
from clc.v2.horizontal_autoscale import HorizontalAutoscalePolicy as HorizontalAutoscalePolicy
from clc.v2.load_balancer import LoadBalancer as LoadBalancer
from clc.v2.load_balancer import LoadBalancerPool as LoadBalancerPool
from clc.v2.load_balancer import LoadBalancerPools as LoadBalancerPools
from clc.v2.load_balancer import LoadBalancers as LoadBalancers
from clc.v2.network import Network as Network
from clc.v2.network import Networks as Networks
from clc.v2.public_ip import Port as Port
from clc.v2.public_ip import PublicIP as PublicIP
from clc.v2.public_ip import PublicIPs as PublicIPs
from clc.v2.public_ip import SourceRestriction as SourceRestriction
from clc.v2.queue import Queue as Queue
from clc.v2.queue import Request as Request
from clc.v2.queue import Requests as Requests
from clc.v2.server import Server as Server
from clc.v2.servers import Servers as Servers
from clc.v2.template import Template as Template
from clc.v2.template import Templates as Templates

__all__ = [
    "API",
    "Account",
    "Alert",
    "Alerts",
    "AntiAffinity",
    "CrossDcFirewallPolicies",
    "CrossDcFirewallPolicy",
    "Datacenter",
    "Disk",
    "Disks",
    "FirewallPolicies",
    "FirewallPolicy",
    "Group",
    "Groups",
    "HorizontalAutoscalePolicy",
    "LoadBalancer",
    "LoadBalancerPool",
    "LoadBalancerPools",
    "LoadBalancers",
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
    _checks.check_text(api_username, argument="api_username")
    _check_password(api_passwd, argument="api_passwd")
    global V2_API_USERNAME, V2_API_PASSWD, _V2_ENABLED
    V2_API_USERNAME, V2_API_PASSWD, _V2_ENABLED = api_username, api_passwd, True
    _default_session.reset_default_session()


def get_session(
    username: str, password: str, default_endpoints: Any = _defaults, cert: Any = None
) -> _SessionDict:
    """Log in now and return the 2.51 session dict (backed by a :class:`clc.Session`).

    ``default_endpoints.ENDPOINT_URL_V2`` is the endpoint; ``cert`` is a CA bundle path.
    A refused login raises :class:`clc.AccountLoginException`.
    """
    _checks.check_text(username, argument="username")
    _check_password(password)
    base = getattr(default_endpoints, "ENDPOINT_URL_V2", None)
    if not isinstance(base, str):
        raise _InvalidArgument.refused(
            "default_endpoints",
            f"its ENDPOINT_URL_V2 is {_checks.not_a('a string', base)}",
            "clc.defaults, or an object whose ENDPOINT_URL_V2 is the API's URL",
        )
    if not (cert is None or isinstance(cert, bool) or (isinstance(cert, str) and cert)):
        raise _InvalidArgument.refused(
            "cert", _checks.not_a("a path", cert), "None, or the path of a CA bundle"
        )
    if base == _defaults.PUBLIC_ENDPOINT_V2:
        base = None  # lets CLC_V2_API_URL apply, as for every session
    sess = Session(username, password, base_url=base, verify=cert if cert else True, use_env=False)
    sess.login()
    return sess.as_dict()
