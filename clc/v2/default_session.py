"""The default session of ``clc.v2.SetCredentials`` and 2.51's module globals, and
``resolve``, which turns any accepted ``session=`` value into a :class:`Session`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from clc.errors import InvalidArgumentException
from clc.session import Session, SessionDict, endpoint_url

_default: Session | None = None
_default_key: tuple[Any, ...] | None = None
_synced_token: Any = None
_default_lock = threading.Lock()
# Tokens passed as hand-made dicts ({'token':..., 'alias':...}) get one session each.
_dict_sessions: dict[tuple[Any, ...], Session] = {}


def _credentials() -> tuple[str | None, str | None]:
    # SetCredentials writes the 2.51 state of the package this module belongs to.
    from clc import v2

    return v2.V2_API_USERNAME or None, v2.V2_API_PASSWD or None


def default_session() -> Session:
    """The session of ``SetCredentials``/the module globals/the environment, kept in sync."""
    global _default, _default_key, _synced_token
    import clc

    username, password = _credentials()
    key = (endpoint_url(), username, password, bool(getattr(clc, "_SSL_VERIFY", True)))
    injected = getattr(clc, "_LOGIN_TOKEN_V2", None)
    with _default_lock:
        session = _default
        if session is None or session.closed or key != _default_key:
            if session is not None:
                session.close()
            session = Session(username, password, base_url=key[0], verify=key[3])
            session._on_login = _mirror_globals
            _default, _default_key, _synced_token = session, key, None
        if injected and injected != _synced_token:
            # 2.51 code (Ansible) injects a token and alias through the module globals.
            session.adopt_token(
                str(injected),
                getattr(clc, "ALIAS", None) or None,
                getattr(clc, "LOCATION", None) or None,
            )
            _synced_token = injected
        return session


def reset_default_session() -> None:
    """Forget the default session (after ``SetCredentials``)."""
    global _default, _default_key
    with _default_lock:
        if _default is not None:
            _default.close()
        _default, _default_key = None, None


def _mirror_globals(token: str, alias: str | None, location: str | None) -> None:
    global _synced_token
    import clc

    _synced_token = token
    clc._LOGIN_TOKEN_V2 = token
    clc.ALIAS = alias or False
    clc.LOCATION = location or False


def resolve(session: Any) -> Session:
    """Turn any accepted ``session=`` value into a :class:`Session`; refuse anything else
    (``InvalidArgumentException``) before any request."""
    if session is None:
        return default_session()
    if isinstance(session, Session):
        return session
    if isinstance(session, SessionDict):
        return session.session
    if isinstance(session, Mapping) and session.get("token"):
        key = (str(session["token"]), session.get("alias"), endpoint_url())
        return _dict_session(
            key,
            lambda: Session(
                token=key[0],
                alias=key[1],
                location=session.get("location"),
                base_url=key[2],
                use_env=False,
            ),
        )
    if isinstance(session, Mapping) and session.get("username"):
        ukey = (str(session["username"]), session.get("password"), endpoint_url())
        return _dict_session(
            ukey,
            lambda: Session(ukey[0], ukey[1], base_url=ukey[2], use_env=False),
        )
    if isinstance(session, Mapping) or not callable(getattr(session, "request", None)):
        raise InvalidArgumentException.refused(
            "session",
            f"a {type(session).__name__} is not a session"
            + (" (a dict needs 'token' or 'username')" if isinstance(session, Mapping) else ""),
            "None (the default session), a clc.Session, a get_session() dict, or a dict "
            "with 'token' and 'alias' or 'username' and 'password'",
        )
    # A plain HTTP session (2.44 style) only ever carried transport: use the defaults.
    return default_session()


def _dict_session(key: tuple[Any, ...], make: Callable[[], Session]) -> Session:
    """The one session of a hand-made dict's credentials (a new one once it is closed)."""
    with _default_lock:
        found = _dict_sessions.get(key)
        if found is None or found.closed:
            found = _dict_sessions[key] = make()
    return found
