"""``Session``: the credentials (or a token), base URL, timeouts and the one HTTP
connection of an account, and the calls the facade makes through it."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

import clc.defaults as defaults
from clc.core.redaction import HttpLogger
from clc.core.retry import DEFAULT_RETRY_POLICY, RetryBudget, RetryPolicy
from clc.core.transport import (
    SessionAuth,
    build_client,
    check_base_url,
    make_timeout,
    transport_errors,
)
from clc.errors import (
    APIV2NotEnabled,
    InvalidAPIResponseException,
    InvalidArgumentException,
    SessionClosedException,
    SubmissionFailedException,
    error_for_status,
)
from clc.session.arguments import check_arguments
from clc.session.pipeline import Pipeline, Submission
from clc.session.session_dict import SessionDict

if TYPE_CHECKING:
    from clc_generated.client import AuthenticatedClient

T = TypeVar("T")


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

    Every argument is checked here (``InvalidArgumentException`` names the one refused);
    the constructor makes no request.

    ``Server.Create`` and ``Server.Clone`` keep 2.51's timing: they return once the API
    accepted the build and raise its error themselves. ``pipeline=True`` (or
    ``CLC_PIPELINE=1`` when ``pipeline`` is not given) opts in to sending their POST in the
    background (at most ``max_concurrency`` at once) and returning a ``Requests`` at once.
    Any other request of the session then first waits for the submissions in flight (a
    read after a ``Create`` sees the new server). A submission's error is raised by the
    first use of its ``Requests``; until someone has seen it, the next request of the
    session or :meth:`close` raises ``SubmissionFailedException`` instead, and at
    interpreter exit it is reported and the process exits with status 1. :meth:`close`
    waits for the submissions in flight. See :mod:`clc.session.pipeline`.
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
        pipeline: bool | None = None,
    ) -> None:
        max_concurrency = check_arguments(
            username=username,
            password=password,
            token=token,
            alias=alias,
            location=location,
            base_url=base_url,
            verify=verify,
            allow_insecure_http=allow_insecure_http,
            max_concurrency=max_concurrency,
            transport=transport,
            use_env=use_env,
            retry=retry,
            log_bodies=log_bodies,
            pipeline=pipeline,
        )
        if use_env and not (username or password or token):
            username = os.environ.get("CLC_V2_API_USERNAME") or None
            password = os.environ.get("CLC_V2_API_PASSWD") or None
            if not username:
                token = os.environ.get("CLC_V2_API_TOKEN") or None
                alias = alias or os.environ.get("CLC_ACCT_ALIAS") or None
        self.base_url: str = check_base_url(base_url or endpoint_url(), allow_insecure_http)
        self.username = username
        self.__password = password
        self.__token = token
        self._alias = alias
        self._location = location
        self.timeout: httpx.Timeout = make_timeout(timeout)
        self.verify = verify
        self.max_concurrency: int = max_concurrency
        self.pipeline: bool = pipeline_from_env() if pipeline is None else pipeline
        self._pipeline = Pipeline(max_concurrency)
        self._transport = transport
        # Retries (clc.core.retry; retry=None turns them off) with one budget per session, and
        # the DEBUG request log (clc.core.redaction), which masks this session's secrets.
        self.retry = retry
        self.retry_budget: RetryBudget | None = retry.new_budget() if retry is not None else None
        self.http_logger: HttpLogger = HttpLogger(log_bodies=log_bodies, secrets=self._secrets)
        # Two locks: login (which makes a request) runs under _lock and needs the client,
        # whose lazy creation is guarded by _client_lock.
        self._lock = threading.Lock()
        self._client_lock = threading.Lock()
        self._client: AuthenticatedClient | None = None
        self._closed = False
        self.login_count: int = 0
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

            account = self.call(get_account.sync, self.alias)
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
        from clc_generated.models import LoginRequest

        body = LoginRequest(username=self.username or "", password=self.__password or "")
        result = self.call(login.sync, body=body)
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
                        SessionAuth(self, before_request=self._pipeline.barrier),
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

    def call(self, operation: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """Run a generated endpoint function on this session's client: its return value.

        ``operation`` is a ``sync`` function of ``clc_generated.api``, called with
        ``client=self.client`` and the other arguments given; its result is its 2xx model.
        Every failure is a :class:`CLCException`: a non-2xx status (already raised by the
        client's auth flow), a transport error, or a 2xx body that is not the documented
        shape (:class:`InvalidAPIResponseException`).
        """
        from clc_generated import errors as generated

        name = _op_name(operation)
        with transport_errors():
            try:
                return operation(*args, client=self.client, **kwargs)
            except generated.InvalidResponse as exc:
                raise InvalidAPIResponseException(f"{name}: {exc}") from exc
            except generated.UnexpectedStatus as exc:
                text = exc.content.decode("utf-8", "replace")
                raise error_for_status(exc.status_code, text, "?", name) from exc

    def submit(self, fn: Callable[[], T], label: str) -> Submission[T]:
        """Send ``fn`` (one write request) in the background; see :mod:`clc.session.pipeline`."""
        if self._closed:
            raise SessionClosedException("This session is closed")
        return self._pipeline.submit(fn, label)

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
        """Wait for the submissions in flight and close the connection; then raise
        ``SubmissionFailedException`` if a pipelined build failed and nobody looked at it."""
        self._pipeline.close()
        with self._client_lock:
            self._closed = True
            client, self._client = self._client, None
        if client is not None:
            client.get_httpx_client().close()
        self._pipeline.raise_unseen("before the session closed")

    def __enter__(self) -> Session:
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        try:
            self.close()
        except SubmissionFailedException as failure:
            if exc is None:
                raise
            # Keep the exception already on its way out; it carries the failure as a note.
            exc.add_note(str(failure))

    def as_dict(self) -> SessionDict:
        """The 2.51 ``get_session()`` dict for this session."""
        return SessionDict(self, self.__password)


def pipeline_from_env() -> bool:
    """``CLC_PIPELINE``: ``1``/``true``/``yes``/``on`` opt in to pipelined builds; unset,
    empty, ``0``/``false``/``no``/``off`` keep 2.51's timing."""
    value = os.environ.get("CLC_PIPELINE", "").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("", "0", "false", "no", "off"):
        return False
    raise InvalidArgumentException.refused(
        "CLC_PIPELINE", f"{value[:20]!r} is not a switch", "1, true, yes, on, 0, false, no or off"
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _op_name(fn: Callable[..., Any]) -> str:
    module = getattr(fn, "__module__", "") or ""
    return module.rsplit(".", 1)[-1] or getattr(fn, "__name__", "operation")
