"""Python SDK for the CenturyLink Cloud API v2: the documented ``clc.v2`` object model.

A drop-in replacement for clc-sdk 2.51 (``clc.v2.SetCredentials``, ``clc.v2.Server``...)
with sessions (:class:`clc.Session`), one error tree rooted at :class:`CLCException`
(see :mod:`clc.errors`) and concurrent waiting. ``import clc`` is cheap: the object
model, httpx and the generated client load on first use.

The module-level names below are the ones 2.51 code reads or writes; the default
session honours them (``clc.defaults.ENDPOINT_URL_V2``, ``clc._LOGIN_TOKEN_V2`` with
``clc.ALIAS``, ``clc._SSL_VERIFY``) and mirrors the login into them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import clc.defaults as defaults
from clc import errors as _errors
from clc.errors import *  # noqa: F403  (the error tree, re-exported as 2.51 did)

if TYPE_CHECKING:
    from clc import APIv2 as APIv2
    from clc import v2 as v2
    from clc.core.retry import RetryPolicy as RetryPolicy
    from clc.session import AsyncRequests as AsyncRequests
    from clc.session import AsyncSession as AsyncSession
    from clc.session import Session as Session

    __version__: str

__all__ = [
    "ALIAS",
    "APIv2",
    "AsyncRequests",
    "AsyncSession",
    "LOCATION",
    "RetryPolicy",
    "Session",
    "SetRequestsSession",
    "__version__",
    "defaults",
    "v2",
    # The error tree (error_for_status is the SDK's own helper, not 2.51's API).
    *(name for name in _errors.__all__ if name != "error_for_status"),
]

# 2.51 module state. Code may read or assign these; only the ones the default session
# honours have an effect (see the module docstring).
_LOGIN_TOKEN_V2: Any = False
ALIAS: Any = False
LOCATION: Any = False
_SSL_VERIFY = True
_REQUESTS_SESSION: Any = None
_V2_ENABLED = False
_V1_ENABLED = False
_LOGINS = 0
_BLUEPRINT_FTP_URL: Any = False
_GROUP_MAPPING: Any = False
_LOGIN_COOKIE_V1: Any = False
V1_API_KEY: Any = False
V1_API_PASSWD: Any = False
V2_API_USERNAME: Any = False
V2_API_PASSWD: Any = False
args: Any = False
# 2.51 shipped a hard-coded list; kept for code that reads it, not used by the SDK
# (Datacenter.Datacenters() asks the API).
LOCATIONS = ["CA1", "CA2", "CA3", "DE1", "GB1", "GB3", "IL1", "NY1", "UC1", "UT1", "VA1", "WA1"]


def SetRequestsSession(session: Any) -> None:
    """Accepted for 2.51 compatibility; the SDK keeps its own connection pool per session."""
    global _REQUESTS_SESSION
    _REQUESTS_SESSION = session


# Name -> (module, attribute in it; None: the module itself), loaded on first use.
_LAZY: dict[str, tuple[str, str | None]] = {
    "v2": ("clc.v2", None),
    "APIv2": ("clc.APIv2", None),
    "Session": ("clc.session", "Session"),
    "AsyncSession": ("clc.session", "AsyncSession"),
    "AsyncRequests": ("clc.session", "AsyncRequests"),
    "RetryPolicy": ("clc.core.retry", "RetryPolicy"),
    "requests": ("requests", None),
}


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the names above: `clc.Sesion` is a type error.
    def __getattr__(name: str) -> Any:
        # PEP 562: the object model (and httpx) load on first use, keeping `import clc` cheap.
        if name == "__version__":
            from importlib.metadata import version

            value: Any = version("clc-v2-sdk")
        elif name in _LAZY:
            target, attribute = _LAZY[name]
            try:
                module = importlib.import_module(target)
            except ImportError as exc:  # clc.requests: only when the requests package is installed
                raise AttributeError(f"module 'clc' has no attribute {name!r} ({exc})") from exc
            value = module if attribute is None else getattr(module, attribute)
        else:
            raise AttributeError(f"module 'clc' has no attribute {name!r}")
        globals()[name] = value
        return value
