"""``Session``: the credentials (or a token), base URL, timeouts and the one HTTP
connection of an account, and the calls the facade makes through it."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

import httpx

from clc.core import arguments as checks
from clc.core.auth import SessionAuth
from clc.core.redaction import Secret, masked
from clc.core.transport import build_client, translated_errors
from clc.errors import (
    CLCException,
    InvalidArgumentException,
    SessionClosedException,
    SubmissionFailedException,
)
from clc.session.base import (
    SessionBase,
    SessionOptions,
    endpoint_url,
    op_name,
)
from clc.session.pipeline import Pipeline, Submission
from clc.session.session_dict import SessionDict

if TYPE_CHECKING:
    from clc_generated.client import AuthenticatedClient

__all__ = ["Session", "endpoint_url"]

T = TypeVar("T")


class Session(SessionBase):
    """The credentials (or a token), base URL, timeouts and HTTP connection of one account.

    Use as a context manager or call :meth:`close`; a closed session is not reopened.
    With no username, password or token given, ``CLC_V2_API_USERNAME`` /
    ``CLC_V2_API_PASSWD`` or ``CLC_V2_API_TOKEN`` + ``CLC_ACCT_ALIAS`` are read.

    ``timeout`` bounds one whole call: every attempt, backoff and the login it triggers
    end within it (plus ``clc.defaults.DEADLINE_MARGIN``), whatever the server does.
    A number is that bound and caps each phase (connect, read, write, pool); an
    ``httpx.Timeout`` sets the phases and the call is bounded by its longest one; the
    default is ``clc.defaults.CALL_TIMEOUT`` with the phase defaults of
    :mod:`clc.defaults`.

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
        transport: httpx.BaseTransport | None = None,
        pipeline: bool | None = None,
        **options: Unpack[SessionOptions],
    ) -> None:
        # Masked from the first line on: traceback locals must not show them.
        password = masked(password)
        options["token"] = masked(options.get("token"))
        if transport is not None:
            checks.check_instance(
                transport,
                httpx.BaseTransport,
                argument="transport",
                allowed="an httpx.BaseTransport",
            )
        if pipeline is not None:
            checks.check_flag(pipeline, argument="pipeline")
        # Two locks: login (which makes a request) runs under _lock and needs the client,
        # whose lazy creation is guarded by _client_lock.
        self._lock = threading.Lock()
        self._client_lock = threading.Lock()
        self._client: AuthenticatedClient | None = None
        super().__init__(username, password, **options)
        self.pipeline: bool = pipeline_from_env() if pipeline is None else pipeline
        self._pipeline = Pipeline(self.max_concurrency)
        self._transport = transport
        # Called after each login with (token, alias, location); the default session
        # uses it to mirror 2.51's module globals.
        self._on_login: Callable[[str, str | None, str | None], None] | None = None

    @property
    def token(self) -> str:
        """The bearer token (plain: this is where a caller asks for it), logging in if needed."""
        return self.current_token().reveal()

    @property
    def alias(self) -> str:
        """The account alias: given, from the login, or from ``CLC_ACCT_ALIAS``."""
        if self._alias is None:
            self.current_token()
        if self._alias is None:
            raise self._no_alias()
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
    def current_token(self) -> Secret:
        """The bearer token, logging in first if there is none yet (once, however many threads
        ask); the auth flow calls it before each request."""
        token = self._token
        if token:
            return token
        with self._lock:
            if not self._token:
                self._login()
            assert self._token
            return self._token

    def refresh_token(self, stale: Secret) -> Secret | None:
        """Log in again after a 401 answered with ``stale``: the new token, or ``None`` without
        credentials (a session made from a token); threads that ask together share one login."""
        if not self.has_credentials:
            return None
        with self._lock:
            # Another thread may already have replaced the stale token: share its login.
            return self._shared_refresh(stale) or self._login()

    def login(self) -> None:
        """Log in now (normally lazy)."""
        with self._lock:
            self._login()

    def adopt_token(self, token: str, alias: str | None, location: str | None = None) -> None:
        """Use a token obtained elsewhere (2.51's ``clc._LOGIN_TOKEN_V2``)."""
        with self._lock:
            self._token = Secret(token)
            self._alias = alias or self._alias
            self._location = location or self._location

    def _login(self) -> Secret:
        # Caller holds self._lock.
        from clc_generated.api.authentication import login

        token = self._accept_login(self.call(login.sync, body=self._login_body()))
        if self._on_login is not None:
            self._on_login(token.reveal(), self._alias, self._location)
        return token

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
                    auth = SessionAuth(
                        self,
                        call_timeout=self.call_timeout,
                        before_request=self._pipeline.barrier,
                    )
                    http = build_client(
                        self.base_url, auth, transport=self._transport, **self._connection()
                    )
                    # The token field is unused: SessionAuth sets the header per request.
                    api = AuthenticatedClient(base_url=self.base_url, token="")
                    api.set_async_httpx_client(refuse_other_flavour("Session", "clc.AsyncSession"))
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
        Every failure is a :class:`CLCException`: a non-2xx status (raised by the client's
        auth flow), a transport error (naming method, URL, attempts and time), or a 2xx
        body that is not the documented shape (:class:`InvalidAPIResponseException`).
        """
        with translated_errors(op_name(operation)):
            return operation(*args, client=self.client, **kwargs)

    def submit(self, fn: Callable[[], T], label: str) -> Submission[T]:
        """Send ``fn`` (one write request) in the background; see :mod:`clc.session.pipeline`."""
        if self._closed:
            raise SessionClosedException("This session is closed")
        return self._pipeline.submit(fn, label)

    def raw_request(self, method: str, path: str, payload: Any = None) -> tuple[int, Any]:
        """One request on the session's client for ``API.Call``: ``(status, decoded body)``."""
        with translated_errors(f"{method} {path}"):
            response = self.http.request(method, path, **_payload(method, payload))
        try:
            return response.status_code, response.json() if response.content else {}
        except ValueError:
            return response.status_code, {}

    # -- lifetime ---------------------------------------------------------------------
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
        return SessionDict(self, self._password.reveal() if self._password else None)


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


class _OtherFlavour(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The transport of the flavour a session does not serve: a clear error, never a
    request without the session's authentication."""

    def __init__(self, kind: str, instead: str) -> None:
        self._message = (
            f"a {kind}'s client serves the "
            + ("sync" if kind == "Session" else "asyncio")
            + f" functions of clc_generated; use {instead} for the other flavour"
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise CLCException(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise CLCException(self._message)


def refuse_other_flavour(kind: str, instead: str) -> Any:
    """An httpx client (of the other flavour) that refuses every request, saying why."""
    transport = _OtherFlavour(kind, instead)
    if kind == "Session":
        return httpx.AsyncClient(transport=transport)
    return httpx.Client(transport=transport)


def _payload(method: str, payload: Any) -> dict[str, Any]:
    """httpx keyword arguments for an ``API.Call`` payload (2.51 accepted all of these)."""
    if isinstance(payload, (str, bytes)):
        return {"content": payload, "headers": {"Content-Type": "application/json"}}
    if payload is not None and method == "GET":
        return {"params": payload}
    if payload is not None:
        return {"json": payload}
    return {}
