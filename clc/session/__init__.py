"""Sessions: credentials, endpoint, timeouts and the one connection of an account.

A :class:`Session` owns one generated ``AuthenticatedClient`` (and so one
``httpx.Client``); an :class:`AsyncSession` the same on ``httpx.AsyncClient``, with
queued work awaited through :class:`AsyncRequests`. Login is lazy, happens once
however many threads (or tasks) ask at the same moment, and is redone once when the
API answers 401. Several sessions (several
accounts) work side by side. This layer knows nothing of the 2.51 object model or its
module globals: the default session of ``clc.v2.SetCredentials`` lives in
:mod:`clc.v2.default_session`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clc.session.base import endpoint_url
from clc.session.session import Session
from clc.session.session_dict import SessionDict

if TYPE_CHECKING:
    from clc.session.async_requests import AsyncRequest, AsyncRequests
    from clc.session.async_session import AsyncSession

__all__ = [
    "AsyncRequest",
    "AsyncRequests",
    "AsyncSession",
    "Session",
    "SessionDict",
    "endpoint_url",
]

# The async flavour (and asyncio with it) loads on first use: ``import clc.v2``, the
# synchronous object model, does not pay for it.
_ASYNC = {
    "AsyncRequest": "clc.session.async_requests",
    "AsyncRequests": "clc.session.async_requests",
    "AsyncSession": "clc.session.async_session",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _ASYNC.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module), name)
        globals()[name] = value
        return value
