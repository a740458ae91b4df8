"""Sessions: credentials, endpoint, timeouts and the one connection of an account.

A :class:`Session` owns one generated ``AuthenticatedClient`` (and so one
``httpx.Client``). Login is lazy, happens once however many threads ask at the same
moment, and is redone once when the API answers 401. Several sessions (several
accounts) work side by side. ``clc.v2.SetCredentials`` configures the *default*
session; every object also takes ``session=``: a :class:`Session`, the dict of
``clc.v2.get_session()``, a hand-made dict with ``token``/``alias``, or (2.44 style)
a plain HTTP session, which means "the default credentials".
"""

from __future__ import annotations

from clc.session.account_session import Session, endpoint_url
from clc.session.default import default_session, reset_default_session, resolve
from clc.session.session_dict import SessionDict

__all__ = [
    "Session",
    "SessionDict",
    "default_session",
    "endpoint_url",
    "reset_default_session",
    "resolve",
]
