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

import os
import sys
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from clc import defaults
from clc.errors import (
    APIV2NotEnabled,
    CLCException,
    InvalidAPIResponseException,
    SessionClosedException,
    error_for_status,
)
from clc.redaction import HttpLogger
from clc.retry import DEFAULT_RETRY_POLICY, RetryPolicy
from clc.transport import (
    SessionAuth,
    build_client,
    check_base_url,
    make_timeout,
    transport_errors,
)

if TYPE_CHECKING:
    from clc_generated.client import AuthenticatedClient

T = TypeVar("T")


class _DetailedResponse(Protocol):
    @property
    def status_code(self) -> int: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> Any: ...


def endpoint_url() -> str:
    """The base URL a session uses when none is given.

    ``clc.defaults.ENDPOINT_URL_V2`` wins when code changed it (2.51 style);
    otherwise ``CLC_V2_API_URL``; otherwise the public endpoint.
    """
    if defaults.ENDPOINT_URL_V2 != defaults.PUBLIC_ENDPOINT_V2:
        return defaults.ENDPOINT_URL_V2
    return os.environ.get("CLC_V2_API_URL") or defaults.PUBLIC_ENDPOINT_V2


class Session:
    """The credentials (or a token), base URL, timeouts and HTTP connection of one account.

    Use as a context manager or call :meth:`close`; a closed session is not reopened.
    With no username, password or token given, ``CLC_V2_API_USERNAME`` /
    ``CLC_V2_API_PASSWD`` or ``CLC_V2_API_TOKEN`` + ``CLC_ACCT_ALIAS`` are read.
    """

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        *,
        token: str | None = None,
        alias: str | None = None,
        location: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        verify: bool | str = True,
        allow_insecure_http: bool = False,
        max_concurrency: int = defaults.MAX_CONCURRENCY,
        transport: httpx.BaseTransport | None = None,
        use_env: bool = True,
        retry: RetryPolicy | None = DEFAULT_RETRY_POLICY,
        log_bodies: bool = False,
    ) -> None:
        if use_env and not (username or password or token):
            username = os.environ.get("CLC_V2_API_USERNAME") or None
            password = os.environ.get("CLC_V2_API_PASSWD") or None
            if not username:
                token = os.environ.get("CLC_V2_API_TOKEN") or None
                alias = alias or os.environ.get("CLC_ACCT_ALIAS") or None
        if max_concurrency < 1:
            raise ValueError("max_concurrency: must be at least 1")
        self.base_url = check_base_url(base_url or endpoint_url(), allow_insecure_http)
        self.username = username
        self.__password = password
        self.__token = token
        self._alias = alias
        self._location = location
        self.timeout = make_timeout(timeout)
        self.verify = verify
        self.max_concurrency = max_concurrency
        self._transport = transport
        # Retries (clc.retry; retry=None turns them off) with one budget per session, and
        # the DEBUG request log (clc.redaction), which masks this session's secrets.
        self.retry = retry
        self.retry_budget = retry.new_budget() if retry is not None else None
        self.http_logger = HttpLogger(log_bodies=log_bodies, secrets=self._secrets)
        # Two locks: login (which makes a request) runs under _lock and needs the client,
        # whose lazy creation is guarded by _client_lock.
        self._lock = threading.Lock()
        self._client_lock = threading.Lock()
        self._client: AuthenticatedClient | None = None
        self._closed = False
        self.login_count = 0
        # Called after each login with (token, alias, location); the default session
        # uses it to mirror 2.51's module globals.
        self._on_login: Callable[[str, str | None, str | None], None] | None = None

    def _secrets(self) -> list[str | None]:
        return [self.__password, self.__token]

    # -- identity ---------------------------------------------------------------------
    def __repr__(self) -> str:
        state = "closed" if self._closed else ("logged in" if self.__token else "not logged in")
        who = f"username={self.username!r}, " if self.username else ""
        return f"<clc.Session {who}alias={self._alias!r} base_url={self.base_url!r} ({state})>"

    __str__ = __repr__

    @property
    def has_credentials(self) -> bool:
        return bool(self.username and self.__password)

    @property
    def token(self) -> str:
        """The bearer token, logging in first if needed."""
        return self.current_token()

    @property
    def alias(self) -> str:
        """The account alias: given, from the login, or from ``CLC_ACCT_ALIAS``."""
        if self._alias is None:
            self.current_token()
        if self._alias is None:
            raise APIV2NotEnabled("No account alias: set CLC_ACCT_ALIAS or pass alias=")
        return self._alias

    @property
    def location(self) -> str:
        """The default data center: from the login, else the account's primary one."""
        if self._location is None:
            self.current_token()
        if self._location is None:
            # Token-only mode (2.51 tried to log in here and failed): ask the account.
            from clc_generated.api.accounts import get_account

            account = self.send(get_account.sync_detailed, account_alias=self.alias)
            self._location = str(account.primary_data_center)
        return self._location

    # -- login ------------------------------------------------------------------------
    def current_token(self) -> str:
        token = self.__token
        if token:
            return token
        with self._lock:
            if not self.__token:
                self._login()
            assert self.__token
            return self.__token

    def refresh_token(self, stale: str) -> str | None:
        if not self.has_credentials:
            return None
        with self._lock:
            # Another thread may already have replaced the stale token: share its login.
            if self.__token and self.__token != stale:
                return self.__token
            self._login()
            return self.__token

    def login(self) -> None:
        """Log in now (normally lazy)."""
        with self._lock:
            self._login()

    def adopt_token(self, token: str, alias: str | None, location: str | None = None) -> None:
        """Use a token obtained elsewhere (2.51's ``clc._LOGIN_TOKEN_V2``)."""
        with self._lock:
            self.__token = token
            self._alias = alias or self._alias
            self._location = location or self._location

    def _login(self) -> None:
        # Caller holds self._lock.
        if not self.has_credentials:
            raise APIV2NotEnabled(
                "No v2 API credentials: call clc.v2.SetCredentials(), pass a Session, or set "
                "CLC_V2_API_USERNAME/CLC_V2_API_PASSWD (or CLC_V2_API_TOKEN and CLC_ACCT_ALIAS)"
            )
        from clc_generated.api.authentication import login
        from clc_generated.models import LoginRequest, LoginResponse

        body = LoginRequest(username=self.username or "", password=self.__password or "")
        result = self.call(login.sync_detailed, LoginResponse, body=body)
        if not result.bearer_token:
            raise InvalidAPIResponseException("Login response has no bearerToken")
        self.__token = str(result.bearer_token)
        self._alias = _text(result.account_alias) or self._alias
        self._location = _text(result.location_alias) or self._location
        self.login_count += 1
        if self._on_login is not None:
            self._on_login(self.__token, self._alias, self._location)

    # -- the connection ---------------------------------------------------------------
    @property
    def client(self) -> AuthenticatedClient:
        """The generated client every facade call goes through."""
        if self._closed:
            raise SessionClosedException("This session is closed")
        client = self._client
        if client is None:
            from clc_generated.client import AuthenticatedClient

            with self._client_lock:
                if self._client is None:
                    http = build_client(
                        self.base_url,
                        SessionAuth(self),
                        timeout=self.timeout,
                        verify=self.verify,
                        max_connections=max(self.max_concurrency * 2, 10),
                        transport=self._transport,
                        retry=self.retry,
                        retry_budget=self.retry_budget,
                        http_logger=self.http_logger,
                    )
                    # The token field is unused: SessionAuth sets the header per request.
                    api = AuthenticatedClient(base_url=self.base_url, token="")
                    self._client = api.set_httpx_client(http)
                client = self._client
        return client

    @property
    def http(self) -> httpx.Client:
        """The session's one ``httpx.Client`` (used by ``API.Call``)."""
        return self.client.get_httpx_client()

    def call(self, fn: Callable[..., _DetailedResponse], expect: type[T], **kw: Any) -> T:
        """Run a generated ``*.sync_detailed`` endpoint function and return its parsed model.

        Every failure becomes a :class:`CLCException`: non-2xx statuses (already raised
        by the auth flow, checked again here), transport errors, and bodies that do
        not parse into ``expect``.
        """
        parsed = self.send(fn, **kw)
        if not isinstance(parsed, expect):
            raise InvalidAPIResponseException(
                f"{_op_name(fn)} returned a body that is not {expect.__name__}: "
                f"{type(parsed).__name__}"
            )
        return parsed

    def send(self, fn: Callable[..., _DetailedResponse], **kw: Any) -> Any:
        """Like :meth:`call` for operations without a documented body (or a union of them)."""
        with transport_errors():
            try:
                response = fn(client=self.client, **kw)
            except CLCException:
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise InvalidAPIResponseException(
                    f"Unexpected response body for {_op_name(fn)}: {type(exc).__name__}: {exc}"
                ) from exc
        status = int(response.status_code)
        if not 200 <= status < 300:
            text = response.content.decode("utf-8", "replace")
            raise error_for_status(status, text, "?", _op_name(fn))
        return response.parsed

    def raw_request(self, method: str, path: str, payload: Any = None) -> tuple[int, Any]:
        """One request on the session's client for ``API.Call``: ``(status, decoded body)``."""
        kwargs: dict[str, Any] = {}
        if isinstance(payload, (str, bytes)):
            kwargs = {"content": payload, "headers": {"Content-Type": "application/json"}}
        elif payload is not None and method == "GET":
            kwargs = {"params": payload}
        elif payload is not None:
            kwargs = {"json": payload}
        with transport_errors():
            response = self.http.request(method, path, **kwargs)
        try:
            return response.status_code, response.json() if response.content else {}
        except ValueError:
            return response.status_code, {}

    # -- lifetime ---------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        with self._client_lock:
            self._closed = True
            client, self._client = self._client, None
        if client is not None:
            client.get_httpx_client().close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def as_dict(self) -> SessionDict:
        """The 2.51 ``get_session()`` dict for this session."""
        return SessionDict(self)


class SessionDict(dict[str, Any]):
    """What ``clc.v2.get_session()`` returns: the 2.51 dict keys, backed by a :class:`Session`.

    ``username``, ``alias``, ``location``, ``http_session`` and (live) ``token`` and
    ``password`` read as in 2.51; ``repr()`` and ``str()`` hide the secrets.
    """

    _SECRET = ("password", "token")

    def __init__(self, session: Session) -> None:
        super().__init__(
            username=session.username,
            password=session._Session__password,  # type: ignore[attr-defined]
            http_session=session.http,
            token=None,
            alias=session._alias,
            location=session._location,
        )
        self.session = session

    def __getitem__(self, key: str) -> Any:
        if key == "token":
            return self.session.token
        if key in ("alias", "location"):
            return getattr(self.session, key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self:
            return default
        return self[key]

    def __repr__(self) -> str:
        shown = {k: ("***" if k in self._SECRET else v) for k, v in super().items()}
        return f"SessionDict({shown!r})"

    __str__ = __repr__


# -- the default session and 2.51's module globals ------------------------------------
_default: Session | None = None
_default_key: tuple[Any, ...] | None = None
_synced_token: Any = None
_default_lock = threading.Lock()
# Tokens passed as hand-made dicts ({'token':..., 'alias':...}) get one session each.
_dict_sessions: dict[tuple[Any, ...], Session] = {}


def _credentials() -> tuple[str | None, str | None]:
    v2 = sys.modules.get("clc.v2")
    if v2 is None:
        return None, None
    return getattr(v2, "V2_API_USERNAME", None) or None, getattr(v2, "V2_API_PASSWD", None) or None


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
    """Turn any accepted ``session=`` value into a :class:`Session`."""
    if session is None:
        return default_session()
    if isinstance(session, Session):
        return session
    if isinstance(session, SessionDict):
        return session.session
    if isinstance(session, Mapping) and session.get("token"):
        key = (str(session["token"]), session.get("alias"), endpoint_url())
        with _default_lock:
            found = _dict_sessions.get(key)
            if found is None or found.closed:
                found = Session(
                    token=key[0],
                    alias=key[1],
                    location=session.get("location"),
                    base_url=key[2],
                    use_env=False,
                )
                _dict_sessions[key] = found
        return found
    if isinstance(session, Mapping) and session.get("username"):
        ukey = (str(session["username"]), session.get("password"), endpoint_url())
        with _default_lock:
            found = _dict_sessions.get(ukey)
            if found is None or found.closed:
                found = Session(ukey[0], ukey[1], base_url=ukey[2], use_env=False)
                _dict_sessions[ukey] = found
        return found
    # A plain HTTP session (2.44 style) only ever carried transport: use the defaults.
    return default_session()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _op_name(fn: Callable[..., Any]) -> str:
    module = getattr(fn, "__module__", "") or ""
    return module.rsplit(".", 1)[-1] or getattr(fn, "__name__", "operation")
